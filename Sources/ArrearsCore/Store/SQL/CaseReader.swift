/// A case as stored, with the account's row id that its child rows hang from.
struct StoredCase {
    let accountId: Int64
    var file: CaseFile
}

/// Loads whole cases. Pages of accounts are read with one query per child table for the whole page
/// (`account_id IN (…)`), so streaming 100,000 cases costs a few thousand queries, not a million.
struct CaseReader {
    let connection: any SQLConnection
    /// Reads cases to classify: without what the engine never reads (ledger descriptions, letter text,
    /// phones…; `ChildTable.notForClassifying`). Such a copy must never be saved.
    var toClassify = false
    static let pageSize = 500

    func load(ref: String) throws -> StoredCase? {
        let sql = CaseTables.selectAccountsSQL + " WHERE ref = ?"
        guard let account = try connection.statement(sql).first(ref, read: Self.readAccountRow) else { return nil }
        return try assemble([account]).first
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

    private static func readAccountRow(_ s: any SQLStatement) throws -> (Int64, Account) {
        (s.int64(0), try CaseTables.readAccount(s))
    }

    private func assemble(_ accounts: [(Int64, Account)]) throws -> [StoredCase] {
        if accounts.isEmpty { return [] }
        let ids = accounts.map(\.0)
        let contacts = try fetch(CaseTables.contacts, ids)
        let transactions = try fetch(CaseTables.transactions, ids)
        let agreements = try fetch(CaseTables.agreements, ids)
        let states = try fetch(CaseTables.agreementStates, ids)
        let notices = try fetch(CaseTables.notices, ids)
        let courtCases = try fetch(CaseTables.courtCases, ids)
        let evictions = try fetch(CaseTables.evictions, ids)
        let pauses = try fetch(CaseTables.pauses, ids)
        let holds = try fetch(CaseTables.holds, ids)
        let diary = try fetch(CaseTables.diary, ids)
        let letters = try fetch(CaseTables.letters, ids)
        let promises = try fetch(CaseTables.promises, ids)
        return accounts.map { id, account in
            var account = account
            account.contacts = contacts[id] ?? []
            let file = CaseFile(
                account: account, transactions: transactions[id] ?? [],
                agreements: Self.attach(states[id] ?? [], to: agreements[id] ?? []),
                notices: notices[id] ?? [], courtCases: courtCases[id] ?? [], evictions: evictions[id] ?? [],
                pause: pauses[id]?.first, holds: holds[id] ?? [], diary: diary[id] ?? [], letters: letters[id] ?? [],
                promises: promises[id] ?? [])
            return StoredCase(accountId: id, file: file)
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

    /// One table's rows for every account in `ids`, grouped by account id, each group in list order.
    private func fetch<Row>(_ table: ChildTable<Row>, _ ids: [Int64]) throws -> [Int64: [Row]] {
        let statement = try connection.statement(table.selectSQL(accountCount: ids.count, toClassify: toClassify))
        for (offset, id) in ids.enumerated() { try statement.bindInt64(id, at: Int32(offset + 1)) }
        var grouped: [Int64: [Row]] = [:]
        try statement.queryBound { s in
            grouped[s.int64(0), default: []].append(try table.decode(s))
        }
        return grouped
    }
}
