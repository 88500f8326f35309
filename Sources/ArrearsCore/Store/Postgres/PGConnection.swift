import CPQ
import Foundation

/// One PostgreSQL connection through libpq, with a cache of prepared statements. Not shared between
/// threads: each thread (or process) opens its own, and the server serialises their writes.
final class PGConnection: SQLConnection {
    /// Every write transaction takes this transaction-scoped advisory lock first (`ARRW`), so writers
    /// queue one at a time exactly as SQLite's BEGIN IMMEDIATE makes them: a version check and the
    /// write it guards can never interleave with another writer's, and readers are never blocked.
    static let writeLockKey: Int64 = 0x4152_5257
    /// How long a writer waits for another writer before giving up, as SQLite's busy timeout.
    static let lockTimeout = "5s"

    let location: String
    private let handle: OpaquePointer
    private var statements: [String: PGStatement] = [:]
    private(set) var totalChanges = 0
    private var holdsWriteLock = false

    /// Connects to `url` (a `postgresql://` URL or a libpq connection string). A connection that
    /// cannot be made says why, naming the URL without its password.
    init(url: String) throws {
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
        try execute("SET lock_timeout = '\(Self.lockTimeout)'")
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

    private func countChanges(_ result: OpaquePointer) {
        let status = String(cString: PQcmdStatus(result))
        guard status.hasPrefix("INSERT") || status.hasPrefix("UPDATE") || status.hasPrefix("DELETE") else { return }
        totalChanges += Int(String(cString: PQcmdTuples(result))) ?? 0
    }

    // MARK: Transactions

    var isInTransaction: Bool { PQtransactionStatus(handle) != PQTRANS_IDLE }

    /// Readers see one consistent snapshot (REPEATABLE READ), so a page of cases and its child rows
    /// always agree. Writers run at READ COMMITTED behind the write lock: once they hold it, each
    /// statement sees every earlier writer's commit.
    func transaction<T>(immediate: Bool, _ body: () throws -> T) throws -> T {
        if isInTransaction {
            if immediate && !holdsWriteLock { try takeWriteLock() }
            return try body()
        }
        try execute(immediate ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ")
        holdsWriteLock = false
        let result: T
        do {
            if immediate { try takeWriteLock() }
            result = try body()
            try execute("COMMIT")
        } catch {
            rollback()
            throw error
        }
        holdsWriteLock = false
        return result
    }

    private func takeWriteLock() throws {
        try execute("SELECT pg_advisory_xact_lock(\(Self.writeLockKey))")
        holdsWriteLock = true
    }

    private func rollback() {
        holdsWriteLock = false
        if isInTransaction, let result = PQexec(handle, "ROLLBACK") { PQclear(result) }
    }

    // MARK: Errors

    private func check(_ result: OpaquePointer?, context: String) throws {
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

    private func connectionError(context: String) -> StoreError {
        let message = String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
        return .connectionLost(location: location, detail: message, context: context)
    }
}
