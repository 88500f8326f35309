/// Writes cases. A new case is inserted whole; a stored case is compared list by list and only the
/// lists that differ are rewritten. The diary is the exception: entries are only ever appended.
struct CaseWriter {
    let connection: any SQLConnection

    /// Inserts cases that are not stored yet: the accounts one by one (each insert returns the new
    /// id), then each list of every case through the bulk path at once — one COPY per table on
    /// PostgreSQL for a whole import batch, rather than a round trip per case, list and row.
    func insert(_ files: [CaseFile]) throws {
        if files.isEmpty { return }
        let statement = try connection.statement(CaseTables.insertAccountSQL)
        var cases: [(id: Int64, file: CaseFile)] = []
        for file in files {
            try CaseTables.bindAccount(file.account, to: statement)
            var accountId: Int64 = 0
            try statement.queryBound { accountId = $0.int64(0) }
            cases.append((accountId, file))
        }
        try insertAll(CaseTables.contacts, cases) { $0.account.contacts }
        try insertAll(CaseTables.transactions, cases) { $0.transactions }
        try insertAll(CaseTables.agreements, cases) { $0.agreements }
        try insertAll(CaseTables.agreementStates, cases, Self.agreementStates)
        try insertAll(CaseTables.notices, cases) { $0.notices }
        try insertAll(CaseTables.courtCases, cases) { $0.courtCases }
        try insertAll(CaseTables.evictions, cases) { $0.evictions }
        try insertAll(CaseTables.pauses, cases) { $0.pause.map { [$0] } ?? [] }
        try insertAll(CaseTables.holds, cases) { $0.holds }
        try insertAll(CaseTables.letters, cases) { $0.letters }
        try insertAll(CaseTables.promises, cases) { $0.promises }
        try insertAll(CaseTables.diary, cases) { $0.diary }
    }

    private static func agreementStates(_ file: CaseFile) -> [AgreementStateRow] {
        file.agreements.flatMap { a in a.history.map { AgreementStateRow(agreementId: a.id, change: $0) } }
    }

    /// One list of every case in `cases`, numbered from 0 within each case.
    private func insertAll<Row>(_ table: ChildTable<Row>, _ cases: [(id: Int64, file: CaseFile)],
                                _ list: (CaseFile) -> [Row]) throws {
        let lists = cases.map { (id: $0.id, rows: list($0.file)) }
        let count = lists.reduce(0) { $0 + $1.rows.count }
        if count == 0 { return }
        try connection.write(count, rowsInto: table.name, columns: ["account_id", "seq"] + table.columns, upsertKey: nil) { bulk in
            for (id, rows) in lists {
                for (seq, row) in rows.enumerated() {
                    try bulk.bind(startingAt: 1, id, seq)
                    try table.encode(row, bulk, 3)
                    try bulk.endRow()
                }
            }
        }
    }

    /// Writes `file` over the stored case: the account row, every list that differs, and the diary
    /// entries whose ids are not stored yet. Returns the case as it now stands in the database
    /// (stored diary entries are kept even when `file` changed or left them out).
    func rewrite(_ file: CaseFile, over stored: StoredCase) throws -> CaseFile {
        let merged = Self.merged(file, over: stored.file)
        let statement = try connection.statement(CaseTables.updateAccountSQL)
        try CaseTables.bindAccount(merged.account, to: statement)
        try statement.bindInt64(stored.accountId, at: Int32(CaseTables.accountColumns.count + 1))
        try statement.executeBound()
        try writeLists(of: merged, over: stored.file, accountId: stored.accountId)
        let appended = merged.diary.dropFirst(stored.file.diary.count)
        try store(CaseTables.diary, Array(appended), accountId: stored.accountId, firstSeq: stored.file.diary.count)
        return merged
    }

    /// `file` with the stored diary, followed by the entries of `file` whose ids are new.
    static func merged(_ file: CaseFile, over stored: CaseFile) -> CaseFile {
        var merged = file
        let storedIds = Set(stored.diary.map(\.id))
        merged.diary = stored.diary + file.diary.filter { !storedIds.contains($0.id) }
        return merged
    }

    private func writeLists(of file: CaseFile, over old: CaseFile, accountId: Int64) throws {
        try write(CaseTables.contacts, file.account.contacts, old.account.contacts, accountId)
        try writeTransactions(file.transactions, old.transactions, accountId)
        if old.agreements != file.agreements {
            // Deleting agreements cascades to their states.
            try write(CaseTables.agreements, file.agreements, old.agreements, accountId)
            try store(CaseTables.agreementStates, Self.agreementStates(file), accountId: accountId)
        }
        try write(CaseTables.notices, file.notices, old.notices, accountId)
        try write(CaseTables.courtCases, file.courtCases, old.courtCases, accountId)
        try write(CaseTables.evictions, file.evictions, old.evictions, accountId)
        try write(CaseTables.pauses, file.pause.map { [$0] } ?? [], old.pause.map { [$0] } ?? [], accountId)
        try write(CaseTables.holds, file.holds, old.holds, accountId)
        try write(CaseTables.letters, file.letters, old.letters, accountId)
        try write(CaseTables.promises, file.promises, old.promises, accountId)
    }

    /// A ledger usually only grows: when the stored lines are a prefix of the new ones, only the new
    /// lines are inserted.
    private func writeTransactions(_ rows: [LedgerTransaction], _ old: [LedgerTransaction], _ accountId: Int64) throws {
        if old.count <= rows.count, rows.starts(with: old) {
            try store(CaseTables.transactions, Array(rows[old.count...]), accountId: accountId, firstSeq: old.count)
        } else {
            try write(CaseTables.transactions, rows, old, accountId)
        }
    }

    /// Replaces a list when it differs from the stored one.
    private func write<Row: Equatable>(_ table: ChildTable<Row>, _ rows: [Row], _ old: [Row], _ accountId: Int64) throws {
        if old == rows { return }
        if !old.isEmpty { try connection.statement(table.deleteSQL).execute(accountId) }
        try store(table, rows, accountId: accountId)
    }

    private func store<Row>(_ table: ChildTable<Row>, _ rows: [Row], accountId: Int64, firstSeq: Int = 0) throws {
        try append(table, rows.enumerated().map { ChildRow(accountId: accountId, seq: firstSeq + $0.offset, row: $0.element) })
    }

    /// One row of a child table with its account and position: a bulk step appends rows of many
    /// accounts in the same multi-row inserts.
    struct ChildRow<Row> {
        var accountId: Int64
        var seq: Int
        var row: Row
    }

    /// Full batches go as multi-row inserts, the rest a row at a time (one prepared statement each,
    /// rather than one for every possible remainder).
    func append<Row>(_ table: ChildTable<Row>, _ rows: [ChildRow<Row>]) throws {
        if rows.isEmpty { return }
        let width = Int32(table.columns.count + 2)
        let fullBatches = rows.count / ChildTable<Row>.batchRows * ChildTable<Row>.batchRows
        if fullBatches > 0 {
            let batch = try connection.statement(table.batchInsertSQL)
            for start in stride(from: 0, to: fullBatches, by: ChildTable<Row>.batchRows) {
                for offset in 0..<ChildTable<Row>.batchRows {
                    let first = Int32(offset) * width + 1
                    let row = rows[start + offset]
                    try batch.bind(startingAt: first, row.accountId, row.seq)
                    try table.encode(row.row, batch, first + 2)
                }
                try batch.executeBound()
            }
        }
        let single = try connection.statement(table.insertSQL)
        for offset in fullBatches..<rows.count {
            try single.bind(startingAt: 1, rows[offset].accountId, rows[offset].seq)
            try table.encode(rows[offset].row, single, 3)
            try single.executeBound()
        }
    }
}
