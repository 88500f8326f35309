/// Many rows written into one table at once (`db copy`, the nightly run's summaries): each row's
/// values are bound from parameter 1 in the order of the columns named, then `endRow()`. PostgreSQL
/// streams them through COPY, one round trip for thousands of rows; SQLite runs one prepared
/// statement per row, which costs a function call and no round trip.
protocol SQLBulkRows: SQLParameterSink {
    func endRow() throws
}

extension SQLBulkRows {
    func add<each V: SQLBindable>(_ values: repeat each V) throws {
        try bind(startingAt: 1, repeat each values)
        try endRow()
    }

    /// A row read as text from another store (`db copy`); nil is NULL.
    func add(_ values: [String?]) throws {
        for (offset, value) in values.enumerated() { try value.bind(to: self, at: Int32(offset + 1)) }
        try endRow()
    }
}

/// The bulk path of an engine without round trips: one prepared INSERT, run once per row.
final class StatementBulkRows: SQLBulkRows {
    private let statement: any SQLStatement

    init(_ statement: any SQLStatement) { self.statement = statement }

    func bindInt64(_ value: Int64, at index: Int32) throws { try statement.bindInt64(value, at: index) }
    func bindText(_ value: String, at index: Int32) throws { try statement.bindText(value, at: index) }
    func bindNull(at index: Int32) throws { try statement.bindNull(at: index) }
    func endRow() throws { try statement.executeBound() }
}

extension SQLConnection {
    /// Rows through one prepared INSERT, run once per row: SQLite's bulk path, and either engine's for
    /// a handful of rows, where a COPY's set-up would cost more round trips than it saves.
    func writeRowByRow(into table: String, columns: [String], upsertKey: String?,
                       _ produce: (any SQLBulkRows) throws -> Void) throws {
        let insert = try statement(BulkSQL.insert(into: table, columns: columns, upsertKey: upsertKey))
        defer { insert.reset() }
        try produce(StatementBulkRows(insert))
    }

    /// `count` rows, by whichever path suits that many.
    func write(_ count: Int, rowsInto table: String, columns: [String], upsertKey: String?,
               _ produce: (any SQLBulkRows) throws -> Void) throws {
        if count < BulkSQL.fewestForBulk {
            try writeRowByRow(into: table, columns: columns, upsertKey: upsertKey, produce)
        } else {
            try bulkWrite(into: table, columns: columns, upsertKey: upsertKey, produce)
        }
    }
}

/// The SQL both engines' bulk writes share. Table and column names come from the program's own
/// schema or the database's catalogue, never from input.
enum BulkSQL {
    /// Below this many rows, `write(_:rowsInto:…)` goes row by row.
    static let fewestForBulk = 16

    /// `INSERT INTO table (columns) VALUES (?, …)`, replacing a stored row with the same `upsertKey`.
    static func insert(into table: String, columns: [String], upsertKey: String?) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES ("
            + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
            + upsertClause(columns: columns, key: upsertKey)
    }

    /// ` ON CONFLICT (key) DO UPDATE SET column = excluded.column, …` for every column but the key.
    static func upsertClause(columns: [String], key: String?) -> String {
        guard let key else { return "" }
        return " ON CONFLICT (\(key)) DO UPDATE SET "
            + columns.filter { $0 != key }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
    }
}
