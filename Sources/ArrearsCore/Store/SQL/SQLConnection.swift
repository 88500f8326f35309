/// One connection of either engine, with a cache of prepared statements. Not shared between
/// threads: each thread (or process) opens its own.
protocol SQLConnection: AnyObject {
    /// Where the database is, for messages: a file path, or a URL without its password.
    var location: String { get }

    /// A prepared statement for `sql` (written with `?` placeholders), compiled once per connection.
    func statement(_ sql: String) throws -> any SQLStatement

    /// Runs SQL that takes no values (schema, transaction control). Values always go through
    /// `statement(_:)` and bound parameters.
    func execute(_ sql: String) throws

    /// Runs `body` in one transaction, committed when it returns and rolled back when it throws.
    /// Writers pass `immediate: true`: the transaction takes the engine's write lock up front, so
    /// that no other writer slips in between a version check and the write it guards. Called inside
    /// another transaction, it joins it.
    func transaction<T>(immediate: Bool, _ body: () throws -> T) throws -> T

    /// Writes the rows `produce` adds into `table`'s `columns`, inside the caller's transaction. With
    /// `upsertKey`, a row whose key is stored already replaces the stored row's other columns.
    func bulkWrite(into table: String, columns: [String], upsertKey: String?,
                   _ produce: (any SQLBulkRows) throws -> Void) throws

    /// Calls `row` with every row of `table`'s `columns`, each value as text (nil for NULL), read as a
    /// stream so that memory stays bounded however many rows the table holds (`db copy` of a
    /// council's 15 million transactions). Inside the caller's transaction.
    func streamRows(of table: String, columns: [String], _ row: ([String?]) throws -> Void) throws

    /// Rows inserted, updated or deleted through this connection since it opened.
    var totalChanges: Int { get }

    /// A number that moves whenever another connection has committed since it was last read, so a
    /// screen can reload only when something changed. Cheap: no query on a server round trip.
    func dataVersion() throws -> Int

    /// How long a writer waits for another connection's write transaction before giving up.
    func waitForWriters(milliseconds: Int) throws

    /// Records that the current write transaction changed this case, so the commit can tell others which.
    func noteChanged(ref: String)

    /// After a lost connection: connects again (same URL), or throws if the server is still away.
    func reconnect() throws

    // MARK: The catalogue (db copy, db check)

    /// The program's tables in the order they were created, which is an order foreign keys allow.
    func tableNames() throws -> [String]
    /// A table's columns in their declared order.
    func columnNames(table: String) throws -> [String]
    /// After rows were copied in with their ids: the next id handed out follows the largest copied.
    func resumeIdentities() throws
    /// Problems the engine's own integrity checks find (empty when sound).
    func integrityProblems() throws -> [String]
    /// The names of the triggers defined in the database.
    func triggerNames() throws -> Set<String>
}

extension SQLConnection {
    /// A statement walks its rows one step at a time on SQLite, which reads them from the file as it goes.
    func streamRows(of table: String, columns: [String], _ row: ([String?]) throws -> Void) throws {
        // Names come from the database's own catalogue, never from input.
        try statement("SELECT \(columns.joined(separator: ", ")) FROM \(table)").query { statement in
            try row((0..<Int32(columns.count)).map { statement.optionalText($0) })
        }
    }

    /// The first column of the first row of a value-free query.
    func scalarInt(_ sql: String) throws -> Int {
        try statement(sql).first { $0.int(0) } ?? 0
    }

    func scalarText(_ sql: String) throws -> String? {
        try statement(sql).first { $0.optionalText(0) } ?? nil
    }
}
