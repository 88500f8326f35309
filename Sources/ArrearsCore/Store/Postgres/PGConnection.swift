import CPQ
import Foundation

/// One PostgreSQL connection through libpq, with a cache of prepared statements. Not shared between
/// threads: each thread (or process) opens its own, and the server serialises their writes.
final class PGConnection: SQLConnection {
    /// Every write transaction takes this transaction-scoped advisory lock first (`ARRW`, and the
    /// schema's name, since advisory locks are per database and a database may hold several stores),
    /// so writers queue one at a time exactly as SQLite's BEGIN IMMEDIATE makes them: a version check
    /// and the write it guards can never interleave with another writer's, and readers never wait.
    static let writeLockKey: Int32 = 0x4152_5257
    /// How long a writer waits for another writer before giving up, as SQLite's busy timeout.
    static let lockTimeout = "5s"

    /// Notifications reach every connection to the same database that listens on the channel, and a
    /// database may hold several stores (one schema each), so the channel is named after the schema:
    /// a commit wakes only the workbenches of its own store. A hash keeps the name a plain identifier
    /// within PostgreSQL's 63 bytes whatever the schema is called.
    static func changesChannel(schema: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in schema.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return "arrears_changes_" + String(hash, radix: 16)
    }
    /// PostgreSQL caps a notification's payload at 8,000 bytes; a commit touching more cases than fit
    /// says `*` (reload everything).
    static let payloadLimit = 7_000

    let location: String
    private let url: String
    let handle: OpaquePointer
    /// The channel this store's commits notify (`changesChannel(schema:)`), set when connecting.
    private(set) var channel = ""
    private var statements: [String: PGStatement] = [:]
    var totalChanges = 0
    private var holdsWriteLock = false
    private var changedRefs: Set<String> = []
    private var notificationsSeen = 0
    /// The references the notifications read so far carried (`*`: everything), oldest first. A commit
    /// that changed no case (settings, users, summaries) carries none but still moves `dataVersion`.
    var notifiedRefs: [String] = []

    /// Connects to `url` (a `postgresql://` URL or a libpq connection string). A connection that
    /// cannot be made says why, naming the URL without its password.
    init(url: String) throws {
        self.url = url
        location = DatabaseLocation.redacted(url)
        guard let opened = PQconnectdb(url) else {
            throw StoreError.postgres(state: "08000", message: "out of memory", context: "connecting to \(location)")
        }
        guard PQstatus(opened) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(opened)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(opened)
            throw StoreError.notADatabase(path: location, detail: message)
        }
        handle = opened
        // Server notices ("table already exists, skipping") are not the user's business.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        try execute("SET client_encoding = 'UTF8'")
        try configure()
    }

    private func configure() throws {
        try execute("SET lock_timeout = '\(Self.lockTimeout)'")
        channel = Self.changesChannel(schema: try scalarText("SELECT current_schema()") ?? "")
        try execute("LISTEN \(channel)")
    }

    // MARK: Live refresh

    func noteChanged(ref: String) { changedRefs.insert(ref) }

    func waitForWriters(milliseconds: Int) throws {
        try execute("SET lock_timeout = \(max(0, milliseconds))")
    }

    /// Reads whatever notifications have arrived on the socket, without asking the server anything.
    func dataVersion() throws -> Int {
        guard PQconsumeInput(handle) == 1 else { throw connectionError(context: "listening for other caseworkers' changes") }
        while let notification = PQnotifies(handle) {
            notificationsSeen += 1
            notifiedRefs += String(cString: notification.pointee.extra).split(separator: ",").map(String.init)
            PQfreemem(notification)
        }
        return notificationsSeen
    }

    /// Resets the connection; the server forgot the prepared statements and the LISTEN, so both go too.
    func reconnect() throws {
        PQreset(handle)
        guard PQstatus(handle) == CONNECTION_OK else { throw connectionError(context: "reconnecting") }
        statements.removeAll()
        holdsWriteLock = false
        changedRefs.removeAll()
        try configure()
    }

    /// Inside the writer's transaction, just before COMMIT: the notification is delivered only if the
    /// transaction commits, and carries the references of the cases it changed.
    private func notifyChanges() throws {
        var payload = changedRefs.sorted().joined(separator: ",")
        if payload.utf8.count > Self.payloadLimit { payload = "*" }
        changedRefs.removeAll()
        try prepared("SELECT pg_notify(?, ?)").execute(channel, payload)
    }

    deinit { PQfinish(handle) }

    // MARK: Statements

    func statement(_ sql: String) throws -> any SQLStatement { try prepared(sql) }

    func prepared(_ sql: String) throws -> PGStatement {
        if let cached = statements[sql] { return cached }
        let (text, parameterCount) = PGDialect.numberedPlaceholders(sql)
        let name = "arrears_\(statements.count + 1)"
        let result = PQprepare(handle, name, text, 0, nil)
        defer { PQclear(result) }
        try check(result, context: "preparing \"\(sql.prefix(80))\"")
        let statement = PGStatement(name: name, sql: sql, parameterCount: parameterCount, connection: self)
        statements[sql] = statement
        return statement
    }

    func execute(_ sql: String) throws {
        let result = PQexec(handle, sql)
        defer { PQclear(result) }
        try check(result, context: "running \"\(sql.prefix(80))\"")
        countChanges(result!)
    }

    /// Runs a prepared statement with text parameters (nil is NULL). The caller owns the result.
    func run(_ statement: PGStatement, _ parameters: [String?]) throws -> OpaquePointer {
        var copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.map { strdup($0) } }
        defer { for copy in copies { free(copy) } }
        let result = copies.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: max(buffer.count, 1)) {
                PQexecPrepared(handle, statement.name, Int32(parameters.count), $0, nil, nil, 0)
            }
        }
        do {
            try check(result, context: "running \(statement.summary)")
        } catch {
            PQclear(result)
            throw error
        }
        countChanges(result!)
        return result!
    }

    func countChanges(_ result: OpaquePointer) {
        let status = String(cString: PQcmdStatus(result))
        guard status.hasPrefix("INSERT") || status.hasPrefix("UPDATE") || status.hasPrefix("DELETE") else { return }
        totalChanges += Int(String(cString: PQcmdTuples(result))) ?? 0
    }

    // MARK: The catalogue

    /// Tables of the current schema in creation order (their catalogue ids grow as they are made).
    func tableNames() throws -> [String] {
        var names: [String] = []
        try statement("""
            SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
            AND c.relkind = 'r' AND c.relname <> 'arrears_schema' ORDER BY c.oid
            """).query { names.append($0.text(0)) }
        return names
    }

    func columnNames(table: String) throws -> [String] {
        var names: [String] = []
        try statement("""
            SELECT column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position
            """).query(table) { names.append($0.text(0)) }
        return names
    }

    /// Identity columns do not notice rows inserted with explicit ids: move each sequence past them.
    func resumeIdentities() throws {
        var columns: [(String, String)] = []
        try statement("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema() AND is_identity = 'YES'
            """).query { columns.append(($0.text(0), $0.text(1))) }
        for (table, column) in columns {
            // Names from the catalogue, not from input.
            try execute("SELECT setval(pg_get_serial_sequence('\(table)', '\(column)'), "
                        + "(SELECT COALESCE(max(\(column)), 0) + 1 FROM \(table)), false)")
        }
    }

    /// PostgreSQL enforces every constraint as rows are written; what can still be wrong is a
    /// constraint added NOT VALID and never validated, or the schema marker.
    func integrityProblems() throws -> [String] {
        var problems: [String] = []
        try statement("""
            SELECT conrelid::regclass::text, conname FROM pg_constraint
            WHERE connamespace = current_schema()::regnamespace AND NOT convalidated
            """).query { problems.append("constraint \($0.text(1)) on \($0.text(0)) was never validated") }
        return problems
    }

    func triggerNames() throws -> Set<String> {
        var names: Set<String> = []
        try statement("""
            SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
            """).query { names.insert($0.text(0)) }
        return names
    }

    // MARK: Transactions

    var isInTransaction: Bool { PQtransactionStatus(handle) != PQTRANS_IDLE }

    /// Readers see one consistent snapshot (REPEATABLE READ), so a page of cases and its child rows
    /// always agree. Writers run at READ COMMITTED behind the write lock: once they hold it, each
    /// statement sees every earlier writer's commit.
    func transaction<T>(immediate: Bool, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            if immediate && !holdsWriteLock { try takeWriteLock() }
            return try savepoint(body)
        }
        try execute(immediate ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ")
        holdsWriteLock = false
        let result: T
        do {
            if immediate { try takeWriteLock() }
            result = try body()
            if holdsWriteLock { try notifyChanges() }
            try execute("COMMIT")
        } catch {
            rollback()
            throw error
        }
        holdsWriteLock = false
        return result
    }

    /// A step inside a transaction joins it as a savepoint, as on SQLite: the whole still commits or
    /// rolls back as one, but a caller that catches the inner error (a bulk step leaving one case out)
    /// keeps none of the inner step's writes, nor its announcements.
    private func savepoint<T>(_ body: () throws -> T) throws -> T {
        let announced = changedRefs
        try execute("SAVEPOINT nested")
        do {
            let result = try body()
            try execute("RELEASE SAVEPOINT nested")
            return result
        } catch {
            changedRefs = announced
            if isInTransaction, let result = PQexec(handle, "ROLLBACK TO SAVEPOINT nested; RELEASE SAVEPOINT nested") { PQclear(result) }
            throw error
        }
    }

    private func takeWriteLock() throws {
        try execute("SELECT pg_advisory_xact_lock(\(Self.writeLockKey), hashtext(current_schema()))")
        holdsWriteLock = true
    }

    private func rollback() {
        holdsWriteLock = false
        changedRefs.removeAll()
        if isInTransaction, let result = PQexec(handle, "ROLLBACK") { PQclear(result) }
    }

    // MARK: Errors

    func check(_ result: OpaquePointer?, context: String) throws {
        guard let result else { throw connectionError(context: context) }
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY: return
        default:
            let state = field(result, "C") ?? "XX000"
            let message = field(result, "M") ?? String(cString: PQerrorMessage(handle))
            if PQstatus(handle) != CONNECTION_OK { throw connectionError(context: context) }
            throw StoreError.postgres(state: state, message: message, context: context)
        }
    }

    private func field(_ result: OpaquePointer, _ code: Character) -> String? {
        PQresultErrorField(result, Int32(code.asciiValue!)).map { String(cString: $0) }
    }

    func connectionError(context: String) -> StoreError {
        let message = String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
        return .connectionLost(location: location, detail: message, context: context)
    }
}
