/// The summaries counted by group (`summary_groups`, schema version 9), kept in the same transaction
/// as every write of `case_summaries`: `saveSummaries` moves each saved case out of its stored
/// summary's group and into its new one, and the officer recount counts every group again.
extension SQLCaseStore {
    static let summaryGroupColumns = "type, patch, officer, band, action_id, in_arrears, pause_until, pause_reason"

    /// Every summary counted again into an empty table (the migration, and after officers move).
    /// Written without the words the PostgreSQL translation rewrites (column types), so it runs on both.
    static let countSummaryGroupsSQL = """
        INSERT INTO summary_groups (\(summaryGroupColumns), action_label, cases, balance_pence)
        SELECT type, coalesce(patch, ''), coalesce(officer, ''), band, action_id,
               CASE WHEN balance_pence > 0 THEN 1 ELSE 0 END, coalesce(pause_until, 0), coalesce(pause_reason, ''),
               max(action_label), count(*), sum(balance_pence)
        FROM case_summaries
        GROUP BY type, coalesce(patch, ''), coalesce(officer, ''), band, action_id,
                 CASE WHEN balance_pence > 0 THEN 1 ELSE 0 END, coalesce(pause_until, 0), coalesce(pause_reason, '')
        """

    /// Below this many summaries saved at once, the stored ones are read by reference; from it on, by
    /// one scan over the saved references' range (the nightly run saves a run of neighbouring references
    /// at a time, so the scan reads little else).
    static let summaryGroupsReadOneByOne = 64

    /// The stored counts, as `SummaryGroups` (groups left with no case are not kept).
    public func summaryGroups() throws -> SummaryGroups {
        var groups = SummaryGroups()
        let sql = "SELECT \(Self.summaryGroupColumns), action_label, cases, balance_pence FROM summary_groups WHERE cases <> 0"
        try connection.statement(sql).query { s in
            let pauseDay = s.int(6)
            let key = SummaryGroupKey(type: try s.code(0), patch: s.optionalText(1).flatMap(Self.absentIfEmpty),
                                      officer: s.optionalText(2).flatMap(Self.absentIfEmpty),
                                      band: try s.code(3), actionId: s.text(4), inArrears: s.int(5) != 0,
                                      pauseUntil: pauseDay == 0 ? nil : CivilDate(dayNumber: Int32(truncatingIfNeeded: pauseDay)),
                                      pauseReason: s.text(7).isEmpty ? nil : try s.code(7, as: PauseReason.self))
            groups.add(key, cases: s.int(9), balance: s.money(10), actionLabel: s.text(8))
        }
        return groups
    }

    /// Inside `saveSummaries`, before the rows replace the stored ones: adds each row to its group and
    /// takes the summary it replaces out of that one's. Written in key order, so that two transactions
    /// moving cases between the same groups (on PostgreSQL, which runs writers side by side) take the
    /// rows' locks in the same order and cannot deadlock.
    func moveSummaryGroups(for rows: [CaseSummary]) throws {
        // Not `SummaryGroups`, which drops a group whose cases add up to none: a case that stays in
        // its group with a new balance moves no case but does move the group's balance.
        var delta: [SummaryGroupKey: SummaryGroupTotal] = [:]
        func add(_ s: CaseSummary, _ sign: Int) {
            var total = delta[SummaryGroupKey(s)] ?? SummaryGroupTotal(cases: 0, balance: .zero, actionLabel: s.actionLabel)
            total.cases += sign
            total.balance += sign > 0 ? s.balance : -s.balance
            if sign > 0 { total.actionLabel = s.actionLabel }
            delta[SummaryGroupKey(s)] = total
        }
        for old in try storedSummaries(of: rows) { add(old, -1) }
        for new in rows { add(new, 1) }
        let upsert = try connection.statement("""
            INSERT INTO summary_groups (\(Self.summaryGroupColumns), action_label, cases, balance_pence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (\(Self.summaryGroupColumns)) DO UPDATE SET
                cases = summary_groups.cases + excluded.cases,
                balance_pence = summary_groups.balance_pence + excluded.balance_pence,
                action_label = CASE WHEN excluded.cases > 0 THEN excluded.action_label ELSE summary_groups.action_label END
            """)
        for (key, change) in delta.sorted(by: { $0.key.storeOrder.lexicographicallyPrecedes($1.key.storeOrder) }) where change.cases != 0 || change.balance != .zero {
            try upsert.execute(key.type, key.patch ?? "", key.officer ?? "", key.band, key.actionId, key.inArrears,
                               key.pauseUntil.map { Int64($0.dayNumber) } ?? 0, key.pauseReason?.rawValue ?? "",
                               change.actionLabel, change.cases, change.balance)
        }
        try connection.statement("DELETE FROM summary_groups WHERE cases = 0").execute()
    }

    private static func absentIfEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }

    /// Counts every group again from the stored summaries, after a change that moves many cases at once.
    func recountSummaryGroups() throws {
        try connection.execute("DELETE FROM summary_groups")
        try connection.execute(Self.countSummaryGroupsSQL)
    }

    /// The stored summaries that `rows` replace (new cases have none).
    private func storedSummaries(of rows: [CaseSummary]) throws -> [CaseSummary] {
        var stored: [CaseSummary] = []
        if rows.count < Self.summaryGroupsReadOneByOne {
            for r in rows { if let s = try summary(ref: r.ref) { stored.append(s) } }
            return stored
        }
        let refs = Set(rows.map(\.ref))
        guard let low = refs.min(), let high = refs.max() else { return [] }
        try connection.statement(Self.selectSummariesSQL + " WHERE ref >= ? AND ref <= ?").query(low, high) { s in
            if refs.contains(s.text(0)) { stored.append(try Self.readSummary(s)) }
        }
        return stored
    }
}

private extension SummaryGroupKey {
    /// The primary key's order, for taking row locks in one order.
    var storeOrder: [String] {
        [type.rawValue, patch ?? "", officer ?? "", band.rawValue, actionId, inArrears ? "1" : "0",
         String(pauseUntil?.dayNumber ?? 0), pauseReason?.rawValue ?? ""]
    }
}
