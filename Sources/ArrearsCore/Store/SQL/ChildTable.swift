/// A table holding one list of a case (its ledger, its notices, …): rows keyed by the account's id and
/// their position in the list. The column list, the binding and the reading sit together here so that
/// they cannot drift apart.
struct ChildTable<Row>: Sendable {
    let name: String
    /// Columns after `account_id, seq`, in the order `encode` binds and `decode` reads them.
    let columns: [String]
    /// Binds the row's values from parameter 3 on (1 and 2 are the account id and seq).
    let encode: @Sendable (Row, any SQLStatement) throws -> Void
    /// Reads a row whose column 0 is the account id and whose values start at column 1.
    let decode: @Sendable (any SQLStatement) throws -> Row

    let insertSQL: String
    let deleteSQL: String

    init(name: String, columns: [String], encode: @escaping @Sendable (Row, any SQLStatement) throws -> Void,
         decode: @escaping @Sendable (any SQLStatement) throws -> Row) {
        self.name = name; self.columns = columns; self.encode = encode; self.decode = decode
        let placeholders = Array(repeating: "?", count: columns.count + 2).joined(separator: ", ")
        insertSQL = "INSERT INTO \(name) (account_id, seq, \(columns.joined(separator: ", "))) VALUES (\(placeholders))"
        deleteSQL = "DELETE FROM \(name) WHERE account_id = ?"
    }

    /// Rows of `count` accounts, grouped by account and in list order.
    func selectSQL(accountCount count: Int) -> String {
        let placeholders = Array(repeating: "?", count: count).joined(separator: ", ")
        return "SELECT account_id, \(columns.joined(separator: ", ")) FROM \(name) "
            + "WHERE account_id IN (\(placeholders)) ORDER BY account_id, seq"
    }
}

/// An agreement's state change, with the agreement it belongs to.
struct AgreementStateRow: Sendable {
    let agreementId: Int
    let change: AgreementStateChange
}
