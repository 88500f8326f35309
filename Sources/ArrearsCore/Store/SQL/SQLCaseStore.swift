/// The store written once for both engines (docs/storage.md): every query here is plain SQL that
/// SQLite and PostgreSQL both run, through bound parameters and statements prepared once per
/// connection. `SQLiteCaseStore` and `PostgresCaseStore` only open the connection, bring the schema
/// up to date and add what is truly engine-specific.
///
/// One instance is one connection: use it from one thread at a time.
public class SQLCaseStore: CaseStore {
    public internal(set) var schemaVersion: Int
    let connection: any SQLConnection

    init(connection: any SQLConnection, schemaVersion: Int) {
        self.connection = connection
        self.schemaVersion = schemaVersion
    }

    /// Where the database is, for messages: a file path, or a URL without its password.
    public var location: String { connection.location }

    /// Moves whenever another connection (another caseworker's workbench, on any host) commits:
    /// SQLite's `data_version`, PostgreSQL's notifications (LISTEN/NOTIFY). Throws
    /// `StoreError.connectionLost` when a server connection has gone.
    public func dataVersion() throws -> Int { try connection.dataVersion() }

    /// How long a command waits its turn behind another writer. A workbench gives up after five
    /// seconds and tells the officer; a command run from a shell or cron has nobody to tell, and a
    /// nightly run or an import of 100,000 cases holds the write lock for many seconds (docs/storage.md).
    public static let commandWriterWaitSeconds = 600

    /// Makes this connection's writers wait up to `seconds` for another writer before giving up.
    public func waitForOtherWriters(upTo seconds: Int) throws {
        try connection.waitForWriters(milliseconds: seconds * 1_000)
    }

    /// Connects again after `StoreError.connectionLost`; throws while the server is still away.
    public func reconnect() throws { try connection.reconnect() }

    var reader: CaseReader { CaseReader(connection: connection) }
    var writer: CaseWriter { CaseWriter(connection: connection) }

    // MARK: Cases

    /// New cases are inserted; stored ones are rewritten only where their content differs, and then
    /// their version moves past the stored one so that anyone editing the old copy is told.
    /// New cases wait to be inserted together (`CaseWriter.insert`), unless the same reference comes
    /// again in the list, which must then find the first one stored.
    public func saveCases(_ cases: [CaseFile]) throws {
        try connection.transaction(immediate: true) {
            var new: [CaseFile] = [], newRefs: Set<String> = []
            for file in cases {
                connection.noteChanged(ref: file.ref)
                if newRefs.contains(file.ref) {
                    try writer.insert(new)
                    (new, newRefs) = ([], [])
                }
                guard let stored = try reader.load(ref: file.ref) else {
                    new.append(file)
                    newRefs.insert(file.ref)
                    continue
                }
                var next = CaseWriter.merged(file, over: stored.file)
                next.account.version = stored.file.account.version
                if next == stored.file { continue }
                next.account.version = max(file.account.version, stored.file.account.version + 1)
                _ = try writer.rewrite(next, over: stored)
            }
            try writer.insert(new)
        }
    }

    public func loadCase(ref: String) throws -> CaseFile? {
        try connection.transaction(immediate: false) { try reader.load(ref: ref)?.file }
    }

    public func loadCases(refs: [String]) throws -> [CaseFile] {
        try connection.transaction(immediate: false) { try reader.load(refs: refs).map(\.file) }
    }

    /// Reads a page of cases at a time, each page in its own read transaction that ends before `body`
    /// runs, so `body` may write to the store and other writers are never held up for long.
    public func forEachCase(_ body: (CaseFile) throws -> Void) throws {
        try forEachCase(reader, body)
    }

    /// With a second connection where the engine offers one that sees what this one sees
    /// (`snapshotReader`), two pages are read at once, on two threads (`PagedReadAhead`).
    public func forEachCaseToClassify(_ body: (CaseFile) throws -> Void) throws {
        var lean = reader
        lean.toClassify = true
        guard let connection = try snapshotReader() else { return try forEachCase(lean, body) }
        var second = CaseReader(connection: connection)
        second.toClassify = true
        let refs = try self.connection.transaction(immediate: false) { try accountRefs() }
        try PagedReadAhead(first: lean, second: second, pageSize: CaseReader.pageSize).forEachCase(refs: refs, body)
    }

    /// A second connection for reading cases on another thread that sees exactly what this connection
    /// sees (apart from this connection's writes in its transaction, which must not be cases still to
    /// be read), or nil where the engine cannot give one. None here: the engines say.
    func snapshotReader() throws -> (any SQLConnection)? { nil }

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
            connection.noteChanged(ref: ref)
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
