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
    /// For reading cases to classify, where `decode` would still turn a blanked column into a value
    /// for every row: the ledger's 14 million rows for 100,000 cases, whose descriptions the engine
    /// never reads. Nil: `decode` serves both.
    let decodeToClassify: (@Sendable (any SQLStatement) throws -> Row)?

    let insertSQL: String
    let deleteSQL: String

    init(name: String, columns: [String], notForClassifying: [String: String] = [:],
         encode: @escaping @Sendable (Row, any SQLParameterSink, Int32) throws -> Void,
         decode: @escaping @Sendable (any SQLStatement) throws -> Row,
         decodeToClassify: (@Sendable (any SQLStatement) throws -> Row)? = nil) {
        self.name = name; self.columns = columns; self.encode = encode; self.decode = decode
        self.notForClassifying = notForClassifying; self.decodeToClassify = decodeToClassify
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

    /// Rows of the accounts whose references lie between two bound values (inclusive), in reference
    /// order and then list order, so that a reader walks them alongside the accounts of a page with no
    /// lookup. SQLite walks the reference index and each account's rows by primary key, with no sort.
    func selectByRefRangeSQL(toClassify: Bool) -> String {
        "SELECT t.account_id, \(selected(toClassify)) FROM accounts a JOIN \(name) t ON t.account_id = a.id "
            + "WHERE a.ref >= ? AND a.ref <= ? ORDER BY a.ref, t.seq"
    }

    /// Rows of the accounts whose ids lie between two bound values (inclusive), in id and list order:
    /// one seek and then a straight run along the primary key. For a page whose ids rise with its
    /// references (accounts made or imported in reference order), where id order is reference order.
    func selectByIdRangeSQL(toClassify: Bool) -> String {
        "SELECT t.account_id, \(selected(toClassify)) FROM \(name) t "
            + "WHERE t.account_id >= ? AND t.account_id <= ? ORDER BY t.account_id, t.seq"
    }

    /// Rows of `count` accounts named by id, in id and list order: one primary-key seek per account,
    /// for a set of cases scattered over the table (the cases a bulk letter run names).
    func selectByIdsSQL(count: Int) -> String {
        "SELECT t.account_id, \(selected(false)) FROM \(name) t WHERE t.account_id IN ("
            + Array(repeating: "?", count: count).joined(separator: ", ") + ") ORDER BY t.account_id, t.seq"
    }

    /// The value columns; `toClassify` leaves out what the engine never reads (`notForClassifying`).
    private func selected(_ toClassify: Bool) -> String {
        columns.map { column in (toClassify ? notForClassifying[column] : nil) ?? "t.\(column)" }.joined(separator: ", ")
    }
}

/// An agreement's state change, with the agreement it belongs to.
struct AgreementStateRow: Sendable {
    let agreementId: Int
    let change: AgreementStateChange
}
