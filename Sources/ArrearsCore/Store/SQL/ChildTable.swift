/// A table holding one list of a case (its ledger, its notices, …): rows keyed by the account's id and
/// their position in the list. The column list, the binding and the reading sit together here so that
/// they cannot drift apart.
struct ChildTable<Row>: Sendable {
    let name: String
    /// Columns after `account_id, seq`, in the order `encode` binds and `decode` reads them.
    let columns: [String]
    /// Binds the row's values from parameter `first` on (the two before it are the account id and seq).
    let encode: @Sendable (Row, any SQLParameterSink, _ first: Int32) throws -> Void
    /// Reads a row whose column 0 is the account id and whose values start at column 1.
    let decode: @Sendable (any SQLStatement) throws -> Row

    /// For reading cases to classify: columns the engine never reads, replaced by a cheap SQL
    /// expression of the same kind (`''`, `'[]'`), so that they are neither copied nor decoded.
    let notForClassifying: [String: String]

    let insertSQL: String
    let deleteSQL: String

    init(name: String, columns: [String], notForClassifying: [String: String] = [:],
         encode: @escaping @Sendable (Row, any SQLParameterSink, Int32) throws -> Void,
         decode: @escaping @Sendable (any SQLStatement) throws -> Row) {
        self.name = name; self.columns = columns; self.encode = encode; self.decode = decode
        self.notForClassifying = notForClassifying
        insertSQL = Self.insertSQL(name, columns, rows: 1)
        deleteSQL = "DELETE FROM \(name) WHERE account_id = ?"
    }

    /// How many rows one multi-row insert carries: a server store saves a round trip per row this
    /// way, and 64 rows stay well inside both engines' limits on bound parameters.
    static var batchRows: Int { 64 }

    /// `INSERT … VALUES (…), (…), …` for `rows` rows.
    var batchInsertSQL: String { Self.insertSQL(name, columns, rows: Self.batchRows) }

    private static func insertSQL(_ name: String, _ columns: [String], rows: Int) -> String {
        let row = "(" + Array(repeating: "?", count: columns.count + 2).joined(separator: ", ") + ")"
        return "INSERT INTO \(name) (account_id, seq, \(columns.joined(separator: ", "))) VALUES "
            + Array(repeating: row, count: rows).joined(separator: ", ")
    }

    /// Rows of `count` accounts, grouped by account and in list order; `toClassify` leaves out what
    /// the engine never reads (`notForClassifying`).
    func selectSQL(accountCount count: Int, toClassify: Bool = false) -> String {
        let placeholders = Array(repeating: "?", count: count).joined(separator: ", ")
        let selected = toClassify ? columns.map { notForClassifying[$0] ?? $0 } : columns
        return "SELECT account_id, \(selected.joined(separator: ", ")) FROM \(name) "
            + "WHERE account_id IN (\(placeholders)) ORDER BY account_id, seq"
    }
}

/// An agreement's state change, with the agreement it belongs to.
struct AgreementStateRow: Sendable {
    let agreementId: Int
    let change: AgreementStateChange
}
