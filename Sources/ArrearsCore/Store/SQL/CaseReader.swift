/// A case as stored, with the account's row id that its child rows hang from.
struct StoredCase {
    let accountId: Int64
    var file: CaseFile
}

/// Loads whole cases. A page of accounts is a range of references; each child table is read for the
/// whole range in one ordered query (reference order, then list order) and its rows are dealt out to
/// the page's accounts as they come, with no lookup, so streaming 100,000 cases costs a few hundred
/// queries and one pass over each table. A page stays bounded, so a server store never holds a whole
/// table in memory.
struct CaseReader {
    let connection: any SQLConnection
    /// Reads cases to classify: without what the engine never reads (ledger descriptions, letter text,
    /// phones…; `ChildTable.notForClassifying`). Such a copy must never be saved.
    var toClassify = false
    static let pageSize = 2_000

    func load(ref: String) throws -> StoredCase? {
        let sql = CaseTables.selectAccountsSQL + " WHERE ref = ?"
        guard let account = try connection.statement(sql).first(ref, read: Self.readAccountRow) else { return nil }
        return try assemble([account]).first
    }

    /// How many cases named by reference are read per query (well inside both engines' limits on
    /// bound parameters).
    static let namedPageSize = 500

    /// Any set of cases by reference, a page at a time: the accounts by `ref IN (…)` and each child
    /// table by `account_id IN (…)`, so that a bulk letter run's 20,000 cases scattered over 100,000
    /// cost a few hundred queries instead of 20,000 loads. In account id order; references that name
    /// no case are left out.
    func load(refs: [String]) throws -> [StoredCase] {
        var cases: [StoredCase] = []
        for start in stride(from: 0, to: refs.count, by: Self.namedPageSize) {
            let page = refs[start..<min(refs.count, start + Self.namedPageSize)]
            let statement = try connection.statement(CaseTables.selectAccountsSQL + " WHERE ref IN ("
                + Array(repeating: "?", count: page.count).joined(separator: ", ") + ") ORDER BY id")
            for (i, ref) in page.enumerated() { try statement.bindText(ref, at: Int32(i + 1)) }
            var accounts: [(Int64, Account)] = []
            try statement.queryBound { accounts.append(try Self.readAccountRow($0)) }
            cases += try assemble(accounts, byNamedIds: true)
        }
        return cases
    }

    /// Up to `limit` cases in reference order, starting after `ref` (from the start when nil).
    func page(after ref: String?, limit: Int) throws -> [StoredCase] {
        var accounts: [(Int64, Account)] = []
        let read: (any SQLStatement) throws -> Void = { accounts.append(try Self.readAccountRow($0)) }
        if let ref {
            try connection.statement(CaseTables.selectAccountsSQL + " WHERE ref > ? ORDER BY ref LIMIT ?")
                .query(ref, limit, row: read)
        } else {
            try connection.statement(CaseTables.selectAccountsSQL + " ORDER BY ref LIMIT ?").query(limit, row: read)
        }
        return try assemble(accounts)
    }

    /// The cases whose references lie between `first` and `last` (inclusive), in reference order.
    func page(from first: String, through last: String) throws -> [StoredCase] {
        var accounts: [(Int64, Account)] = []
        try connection.statement(CaseTables.selectAccountsSQL + " WHERE ref >= ? AND ref <= ? ORDER BY ref")
            .query(first, last) { accounts.append(try Self.readAccountRow($0)) }
        return try assemble(accounts)
    }

    private static func readAccountRow(_ s: any SQLStatement) throws -> (Int64, Account) {
        (s.int64(0), try CaseTables.readAccount(s))
    }

    /// The accounts must be in reference order, as the page readers read them, or, `byNamedIds`, in id
    /// order (their child rows are then read by those ids, not by a range).
    private func assemble(_ accounts: [(Int64, Account)], byNamedIds: Bool = false) throws -> [StoredCase] {
        guard let first = accounts.first?.1.ref, let last = accounts.last?.1.ref else { return [] }
        let range = (first, last)
        let ids = accounts.map(\.0)
        func fetch<Row>(_ table: ChildTable<Row>, _ range: (String, String), _ ids: [Int64]) throws -> [[Row]] {
            try self.fetch(table, range, ids, byNamedIds: byNamedIds)
        }
        let contacts = try fetch(CaseTables.contacts, range, ids)
        let transactions = try fetch(CaseTables.transactions, range, ids)
        let agreements = try fetch(CaseTables.agreements, range, ids)
        let states = try fetch(CaseTables.agreementStates, range, ids)
        let notices = try fetch(CaseTables.notices, range, ids)
        let courtCases = try fetch(CaseTables.courtCases, range, ids)
        let evictions = try fetch(CaseTables.evictions, range, ids)
        let pauses = try fetch(CaseTables.pauses, range, ids)
        let holds = try fetch(CaseTables.holds, range, ids)
        let diary = try fetch(CaseTables.diary, range, ids)
        let letters = try fetch(CaseTables.letters, range, ids)
        let promises = try fetch(CaseTables.promises, range, ids)
        return accounts.indices.map { i in
            var account = accounts[i].1
            account.contacts = contacts[i]
            let file = CaseFile(
                account: account, transactions: transactions[i],
                agreements: Self.attach(states[i], to: agreements[i]),
                notices: notices[i], courtCases: courtCases[i], evictions: evictions[i],
                pause: pauses[i].first, holds: holds[i], diary: diary[i], letters: letters[i], promises: promises[i])
            return StoredCase(accountId: accounts[i].0, file: file)
        }
    }

    private static func attach(_ states: [AgreementStateRow], to agreements: [Agreement]) -> [Agreement] {
        if states.isEmpty { return agreements }
        var history: [Int: [AgreementStateChange]] = [:]
        for row in states { history[row.agreementId, default: []].append(row.change) }
        return agreements.map { agreement in
            var agreement = agreement
            agreement.history = history[agreement.id] ?? []
            return agreement
        }
    }

    /// One table's rows for the accounts of `ids` (whose references span `range`), one list per
    /// account in the order of `ids`. The rows arrive in the same account order, so each is appended
    /// to the current account's list, moving on while the row belongs to a later account. When the ids
    /// rise with the references and lie close together (accounts made or imported in reference order),
    /// the rows are read by id range, with no seek per account; rows of the few accounts outside the
    /// page that fall inside that range are passed over.
    private func fetch<Row>(_ table: ChildTable<Row>, _ range: (String, String), _ ids: [Int64], byNamedIds: Bool) throws -> [[Row]] {
        var lists = [[Row]](repeating: [], count: ids.count)
        var current = 0
        let decode = toClassify ? table.decodeToClassify ?? table.decode : table.decode
        let byId = byNamedIds || zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
            && (ids.last ?? 0) - (ids.first ?? 0) < 2 * Int64(ids.count)
        let read: (any SQLStatement) throws -> Void = { s in
            let id = s.int64(0)
            while current < ids.count && ids[current] != id {
                if byId && ids[current] > id { return }   // an account between the page's ids, not in it
                current += 1
            }
            guard current < ids.count else {
                if byId { return }
                throw s.unreadable(0, "\(table.name) row for account \(id) out of reference order")
            }
            lists[current].append(try decode(s))
        }
        if byNamedIds {
            let statement = try connection.statement(table.selectByIdsSQL(count: ids.count))
            for (i, id) in ids.enumerated() { try statement.bindInt64(id, at: Int32(i + 1)) }
            try statement.queryBound(row: read)
        } else if byId, let first = ids.first, let last = ids.last {
            try connection.statement(table.selectByIdRangeSQL(toClassify: toClassify)).query(first, last, row: read)
        } else {
            try connection.statement(table.selectByRefRangeSQL(toClassify: toClassify)).query(range.0, range.1, row: read)
        }
        return lists
    }
}
