/// `arrears db copy`: every table of one store into another, SQLite ↔ PostgreSQL in either
/// direction (docs/operations.md). All or nothing: the destination is written in one transaction
/// that commits only after each table's row count and checksum, read back from the destination
/// inside that transaction, match the source's.
public enum DatabaseCopy {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case schemaMismatch(source: String, destination: String, detail: String)
        case destinationNotEmpty(destination: String, table: String, rows: Int)
        case verificationFailed(expected: TableFigures, found: TableFigures)

        public var description: String {
            switch self {
            case let .schemaMismatch(source, destination, detail):
                return "Cannot copy \(source) to \(destination): their schemas differ (\(detail)). Open both with this version of arrears first; nothing was copied."
            case let .destinationNotEmpty(destination, table, rows):
                return "\(destination) already holds data (\(rows) rows in \(table)); copy only into a new, empty database. Nothing was copied."
            case let .verificationFailed(expected, found):
                return "The copy did not verify (source \(expected); destination \(found)); it was rolled back and the destination is as it was."
            }
        }
    }

    /// Copies `source` into the empty `destination` on behalf of `user`, who must be allowed to load
    /// data (an administrator). Returns each table's verified figures, in copy order.
    public static func copy(from source: SQLCaseStore, to destination: SQLCaseStore, user: User) throws -> [TableFigures] {
        try Access.check(user: user, operation: .importData, account: nil)
        let plan = try tablePlan(source, destination)
        for (table, _) in plan {
            let rows = try destination.connection.scalarInt("SELECT count(*) FROM \(table)")
            if rows > 0 { throw Failure.destinationNotEmpty(destination: destination.location, table: table, rows: rows) }
        }
        // One read snapshot of the source, one write transaction on the destination.
        return try source.connection.transaction(immediate: false) {
            try destination.connection.transaction(immediate: true) {
                var copied: [TableFigures] = []
                for (table, columns) in plan {
                    copied.append(try copyTable(table, columns, from: source.connection, to: destination.connection))
                }
                try destination.connection.resumeIdentities()
                for (expected, (table, columns)) in zip(copied, plan) {
                    let found = try figures(table, columns, in: destination.connection)
                    if found != expected { throw Failure.verificationFailed(expected: expected, found: found) }
                }
                return copied
            }
        }
    }

    /// Figures for every table of a store, for comparing two databases after the fact.
    public static func figures(of store: SQLCaseStore) throws -> [TableFigures] {
        try store.connection.transaction(immediate: false) {
            try store.connection.tableNames().map { table in
                try figures(table, try store.connection.columnNames(table: table), in: store.connection)
            }
        }
    }

    /// The destination's tables in creation order (parents before children), each with its columns;
    /// the source must have exactly the same tables and columns.
    private static func tablePlan(_ source: SQLCaseStore, _ destination: SQLCaseStore) throws -> [(String, [String])] {
        let mismatch = { (detail: String) in
            Failure.schemaMismatch(source: source.location, destination: destination.location, detail: detail)
        }
        if source.schemaVersion != destination.schemaVersion {
            throw mismatch("schema version \(source.schemaVersion) and \(destination.schemaVersion)")
        }
        let tables = try destination.connection.tableNames()
        let sourceTables = try source.connection.tableNames()
        if Set(tables) != Set(sourceTables) {
            throw mismatch("tables \(sourceTables.sorted().joined(separator: ", ")) and \(tables.sorted().joined(separator: ", "))")
        }
        return try tables.map { table in
            let columns = try destination.connection.columnNames(table: table)
            if Set(columns) != Set(try source.connection.columnNames(table: table)) { throw mismatch("the columns of \(table)") }
            return (table, columns)
        }
    }

    /// The rows go in through the destination's bulk path (COPY on PostgreSQL), streamed as text from
    /// the source (COPY out of PostgreSQL): both engines store integers and text, and each parses text
    /// as the column's type. Neither side holds more than a buffer of rows at a time.
    private static func copyTable(_ table: String, _ columns: [String], from source: any SQLConnection,
                                  to destination: any SQLConnection) throws -> TableFigures {
        var figures = TableFigures(table: table)
        try destination.bulkWrite(into: table, columns: columns, upsertKey: nil) { rows in
            try source.streamRows(of: table, columns: columns) { values in
                figures.add(values)
                try rows.add(values)
            }
        }
        return figures
    }

    private static func figures(_ table: String, _ columns: [String], in connection: any SQLConnection) throws -> TableFigures {
        var figures = TableFigures(table: table)
        try connection.streamRows(of: table, columns: columns) { figures.add($0) }
        return figures
    }
}
