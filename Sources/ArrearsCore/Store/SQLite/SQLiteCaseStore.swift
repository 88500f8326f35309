/// The embedded store: one SQLite file shared by a team on one host (docs/storage.md).
///
/// One instance is one connection: use it from one thread at a time. Other threads and processes open
/// their own instance on the same file; WAL mode lets them read while one writes, and every write
/// takes the write lock up front (BEGIN IMMEDIATE), waiting up to five seconds for another writer.
public final class SQLiteCaseStore: SQLCaseStore {
    public let path: String
    let sqlite: SQLiteConnection

    /// Opens the database at `path`, creating it (and its folders) readable by the owner only when
    /// missing, and migrating an older schema. Refuses, unchanged, a database from a newer program
    /// (`StoreError.newerSchema`) and a file that is not one of ours (`StoreError.notADatabase`).
    public convenience init(path: String) throws {
        try self.init(path: path, migrations: StoreSchema.migrations)
    }

    /// A private database that lives as long as the store: for tests and dry runs.
    public static func openInMemory() throws -> SQLiteCaseStore {
        try SQLiteCaseStore(path: SQLiteConnection.inMemoryPath)
    }

    /// Tests pass their own migration history to exercise upgrades and refusals.
    init(path: String, migrations: [SchemaMigration]) throws {
        self.path = path
        sqlite = try SQLiteConnection(path: path)
        let version = try SchemaMigrator(connection: sqlite, migrations: migrations).migrate()
        // Set only once the database is known to be ours: switching to WAL rewrites the file header.
        _ = try sqlite.scalarText("PRAGMA journal_mode = WAL")
        try sqlite.execute("PRAGMA synchronous = NORMAL")
        // Whole-store reads (the nightly run reads every page of a 700 MB file) come straight from
        // the OS's cache instead of a copy per page, and a run's 100,000 changed summary rows stay
        // in memory until commit instead of spilling to the log page by page (docs/storage.md).
        try sqlite.execute("PRAGMA mmap_size = \(Self.mappedBytes)")
        try sqlite.execute("PRAGMA cache_size = -\(Self.cacheKibibytes)")
        super.init(connection: sqlite, schemaVersion: version)
    }

    /// A second connection on the same file (docs/storage.md "Two readers for the nightly run"). In WAL
    /// mode it sees the last committed state and never waits for a writer. That is what this connection
    /// sees as long as this connection has written nothing yet in its transaction (checked), and it stays
    /// so while this connection holds the write lock, as the nightly run does from its first read. Not
    /// for an in-memory database (another connection would open another, empty one), nor outside WAL
    /// mode, where a reader would hold up this connection's commit.
    override func snapshotReader() throws -> (any SQLConnection)? {
        guard path != SQLiteConnection.inMemoryPath, !sqlite.hasWrittenInTransaction,
              try sqlite.scalarText("PRAGMA journal_mode") == "wal" else { return nil }
        let second = try SQLiteConnection(path: path)
        try second.execute("PRAGMA mmap_size = \(Self.mappedBytes)")
        return second
    }

    static let mappedBytes = 2 << 30
    static let cacheKibibytes = 64 << 10

    /// For building a new database file that nobody else has open and that is moved into place only
    /// when complete (the demo): no rollback journal and no syncing, so each row is written once.
    /// A crash part-way leaves a broken file that is never used; never call this on a live database.
    public func enableUnsafeBulkLoad() throws {
        try sqlite.execute("PRAGMA journal_mode = OFF")
        try sqlite.execute("PRAGMA synchronous = OFF")
    }
}
