/// The embedded store: one SQLite file shared by a team on one host (docs/storage.md).
///
/// One instance is one connection: use it from one thread at a time. Other threads and processes open
/// their own instance on the same file; WAL mode lets them read while one writes, and every write
/// takes the write lock up front (BEGIN IMMEDIATE), waiting up to five seconds for another writer.
public final class SQLiteCaseStore: CaseStore {
    public let path: String
    public private(set) var schemaVersion: Int
    let connection: SQLiteConnection

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
        connection = try SQLiteConnection(path: path)
        schemaVersion = try SchemaMigrator(connection: connection, migrations: migrations).migrate()
        // Set only once the database is known to be ours: switching to WAL rewrites the file header.
        _ = try connection.scalarText("PRAGMA journal_mode = WAL")
        try connection.execute("PRAGMA synchronous = NORMAL")
        // Whole-store reads (the nightly run reads every page of a 700 MB file) come straight from
        // the OS's cache instead of a copy per page, and a run's 100,000 changed summary rows stay
        // in memory until commit instead of spilling to the log page by page (docs/storage.md).
        try connection.execute("PRAGMA mmap_size = \(Self.mappedBytes)")
        try connection.execute("PRAGMA cache_size = -\(Self.cacheKibibytes)")
    }

    static let mappedBytes = 2 << 30
    static let cacheKibibytes = 64 << 10

    var reader: CaseReader { CaseReader(connection: connection) }
    var writer: CaseWriter { CaseWriter(connection: connection) }

    // MARK: Cases

    /// New cases are inserted; stored ones are rewritten only where their content differs, and then
    /// their version moves past the stored one so that anyone editing the old copy is told.
    public func saveCases(_ cases: [CaseFile]) throws {
        try connection.transaction(immediate: true) {
            for file in cases {
                guard let stored = try reader.load(ref: file.ref) else {
                    try writer.insert(file)
                    continue
                }
                var next = CaseWriter.merged(file, over: stored.file)
                next.account.version = stored.file.account.version
                if next == stored.file { continue }
                next.account.version = max(file.account.version, stored.file.account.version + 1)
                _ = try writer.rewrite(next, over: stored)
            }
        }
    }

    public func loadCase(ref: String) throws -> CaseFile? {
        try connection.transaction(immediate: false) { try reader.load(ref: ref)?.file }
    }

    /// Reads a page of cases at a time, each page in its own read transaction that ends before `body`
    /// runs, so `body` may write to the store and other writers are never held up for long.
    public func forEachCase(_ body: (CaseFile) throws -> Void) throws {
        try forEachCase(reader, body)
    }

    public func forEachCaseToClassify(_ body: (CaseFile) throws -> Void) throws {
        var lean = reader
        lean.toClassify = true
        try forEachCase(lean, body)
    }

    private func forEachCase(_ reader: CaseReader, _ body: (CaseFile) throws -> Void) throws {
        var after: String?
        while true {
            let page = try connection.transaction(immediate: false) {
                try reader.page(after: after, limit: CaseReader.pageSize)
            }
            for stored in page { try body(stored.file) }
            guard page.count == CaseReader.pageSize, let last = page.last else { return }
            after = last.file.ref
        }
    }

    public func accountRefs() throws -> [String] {
        var refs: [String] = []
        try connection.statement("SELECT ref FROM accounts ORDER BY ref").query { refs.append($0.text(0)) }
        return refs
    }

    public func caseCount() throws -> Int {
        try connection.scalarInt("SELECT count(*) FROM accounts")
    }

    @discardableResult
    public func update(ref: String, expectedVersion: Int?, _ change: (inout CaseFile) throws -> Void) throws -> CaseFile {
        try connection.transaction(immediate: true) {
            guard let stored = try reader.load(ref: ref) else { throw StoreError.caseNotFound(ref: ref) }
            let found = stored.file.account.version
            if let expectedVersion, expectedVersion != found {
                throw StoreError.staleCase(ref: ref, expected: expectedVersion, found: found)
            }
            var file = stored.file
            try change(&file)
            file.account.version = found + 1
            return try writer.rewrite(file, over: stored)
        }
    }

    // MARK: Settings

    public func meta(_ key: String) throws -> String? {
        try connection.statement("SELECT value FROM meta WHERE key = ?").first(key) { $0.text(0) }
    }

    public func setMeta(_ key: String, _ value: String) throws {
        try connection.transaction(immediate: true) {
            try connection.statement("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                .execute(key, value)
        }
    }
}
