import CSQLite

/// One SQLite connection with a cache of prepared statements. Not shared between threads: each
/// thread (or process) opens its own, and SQLite's locking serialises their writes.
final class SQLiteConnection: SQLConnection {
    static let inMemoryPath = ":memory:"
    /// How long a writer waits for another connection's transaction before giving up.
    static let busyTimeoutMilliseconds: Int32 = 5000

    let path: String
    var location: String { path }
    private let handle: OpaquePointer
    private var statements: [String: SQLiteStatement] = [:]

    /// Opens (creating when missing, owner-only) the database at `path`, with foreign keys on and a
    /// busy timeout. Journal mode is set later, after the schema version has been checked, so that
    /// a database this program must refuse is not touched.
    init(path: String) throws {
        self.path = path
        if path != Self.inMemoryPath { try DatabaseFile.prepare(path: path) }
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard code == SQLITE_OK, let opened else {
            let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(opened)
            throw StoreError.notADatabase(path: path, detail: message)
        }
        handle = opened
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, Self.busyTimeoutMilliseconds)
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit {
        for statement in statements.values { statement.finalize() }
        sqlite3_close_v2(handle)
    }

    // MARK: Statements

    /// A prepared statement for `sql`, compiled once per connection and reused.
    func statement(_ sql: String) throws -> any SQLStatement { try prepared(sql) }

    func prepared(_ sql: String) throws -> SQLiteStatement {
        if let cached = statements[sql] { return cached }
        var prepared: OpaquePointer?
        let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &prepared, nil)
        guard code == SQLITE_OK, let prepared else {
            throw error(code, context: "preparing \"\(sql.prefix(80))\"")
        }
        let statement = SQLiteStatement(handle: prepared, sql: sql, connection: self)
        statements[sql] = statement
        return statement
    }

    /// Runs SQL that takes no values (schema, pragmas, transaction control). Values always go
    /// through `statement(_:)` and bound parameters.
    func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        guard code == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(message)
            throw classified(code, message: text, context: "running \"\(sql.prefix(80))\"")
        }
    }

    func bulkWrite(into table: String, columns: [String], upsertKey: String?,
                   _ produce: (any SQLBulkRows) throws -> Void) throws {
        try writeRowByRow(into: table, columns: columns, upsertKey: upsertKey, produce)
    }

    /// SQLite's `data_version`: it changes when another connection (another caseworker's process)
    /// commits to the file.
    func dataVersion() throws -> Int { try scalarInt("PRAGMA data_version") }

    /// Others learn of a commit from `data_version`, which needs no list of cases.
    func noteChanged(ref: String) {}

    func waitForWriters(milliseconds: Int) throws {
        sqlite3_busy_timeout(handle, Int32(clamping: milliseconds))
    }

    /// A file does not go away like a server connection.
    func reconnect() throws {}

    func tableNames() throws -> [String] {
        var names: [String] = []
        try statement("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
            .query { names.append($0.text(0)) }
        return names
    }

    func columnNames(table: String) throws -> [String] {
        var names: [String] = []
        try statement("SELECT name FROM pragma_table_info(?) ORDER BY cid").query(table) { names.append($0.text(0)) }
        return names
    }

    /// SQLite's row ids continue from the largest stored one by themselves.
    func resumeIdentities() throws {}

    /// `integrity_check` (every page, index and constraint) and `foreign_key_check`.
    func integrityProblems() throws -> [String] {
        var problems: [String] = []
        try statement("PRAGMA integrity_check").query { s in
            if s.text(0) != "ok" { problems.append(s.text(0)) }
        }
        try statement("PRAGMA foreign_key_check").query { s in
            problems.append("table \(s.text(0)) row \(s.text(1)) points at a missing row of \(s.text(2))")
        }
        return problems
    }

    func triggerNames() throws -> Set<String> {
        var names: Set<String> = []
        try statement("SELECT name FROM sqlite_master WHERE type = 'trigger'").query { names.insert($0.text(0)) }
        return names
    }

    /// Rows inserted, updated or deleted through this connection since it opened.
    var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    // MARK: Transactions

    var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// `totalChanges` when the current transaction began.
    private var changesAtBegin = 0

    /// Whether this connection has inserted, updated or deleted a row in its current transaction.
    var hasWrittenInTransaction: Bool { isInTransaction && totalChanges != changesAtBegin }

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws.
    /// Writers pass `immediate: true`: BEGIN IMMEDIATE takes the write lock up front (waiting up to
    /// the busy timeout), so two writers never deadlock upgrading read locks. Called inside another
    /// transaction, it joins it as a savepoint: the enclosing transaction still commits or rolls back
    /// as a whole, but a caller that catches the inner error (a bulk step skipping one case) is left
    /// with none of the inner step's writes.
    func transaction<T>(immediate: Bool, _ body: () throws -> T) throws -> T {
        if isInTransaction { return try savepoint(body) }
        try execute(immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED")
        changesAtBegin = totalChanges
        let result: T
        do {
            result = try body()
        } catch {
            rollback()
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            rollback()
            throw error
        }
        return result
    }

    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT nested")
        do {
            let result = try body()
            try execute("RELEASE nested")
            return result
        } catch {
            // After a disk-full error SQLite may have rolled the whole transaction back already.
            if isInTransaction { _ = sqlite3_exec(handle, "ROLLBACK TO nested; RELEASE nested", nil, nil, nil) }
            throw error
        }
    }

    /// SQLite may already have rolled back (after a disk-full error, say); then there is nothing to undo.
    private func rollback() {
        if isInTransaction { _ = sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) }
    }

    // MARK: Errors

    func error(_ code: Int32, context: String) -> StoreError {
        classified(code, message: String(cString: sqlite3_errmsg(handle)), context: context)
    }

    private func classified(_ code: Int32, message: String, context: String) -> StoreError {
        if code & 0xFF == SQLITE_NOTADB {
            return .notADatabase(path: path, detail: message)
        }
        return .sqlite(code: code, message: message, context: context)
    }
}
