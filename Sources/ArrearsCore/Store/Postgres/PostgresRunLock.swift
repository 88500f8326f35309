/// One nightly run at a time per PostgreSQL store, as the lock file beside a SQLite database does for
/// runs on one host: a session advisory lock keyed by the store's schema, held on a connection of its
/// own for as long as this object lives. Runs on several hosts see the same lock, and the server drops
/// it when the connection ends however the process ends, so a killed run never leaves it held.
public final class PostgresRunLock {
    /// `ARRU`: apart from the writers' transaction lock (`PGConnection.writeLockKey`).
    static let key: Int32 = 0x4152_5255

    private let connection: PGConnection

    /// Another run holds the lock; `holder` says which, from the name its connection gave the server.
    public struct Busy: Error {
        public let holder: String
    }

    /// Takes the lock or throws `Busy` at once. `holder` names this run to the next one that finds it
    /// held ("pid 123, started …").
    public init(url: String, holder: String) throws {
        connection = try PGConnection(url: url)
        try connection.prepared("SELECT set_config('application_name', ?, false)").execute("arrears run, " + holder)
        let taken = try connection.scalarInt("""
            SELECT CASE WHEN pg_try_advisory_lock(\(Self.key), hashtext(current_schema())) THEN 1 ELSE 0 END
            """)
        guard taken == 1 else {
            let name = try connection.scalarText("""
                SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                WHERE l.locktype = 'advisory' AND l.granted AND l.classid = \(Self.key)
                AND l.objid = hashtext(current_schema())::oid AND l.objsubid = 2 LIMIT 1
                """)
            throw Busy(holder: name.map { $0.hasPrefix("arrears run, ") ? String($0.dropFirst(13)) : $0 } ?? "holder unknown")
        }
    }
}
