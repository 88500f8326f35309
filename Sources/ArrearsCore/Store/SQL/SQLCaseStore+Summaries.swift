import Foundation

/// Classification results: one row per case for the worklist, and snapshots of counts for trends.
extension SQLCaseStore {
    static let summaryColumns = [
        "ref", "payment_ref", "type", "debt_kind", "patch", "officer", "tenant_name", "short_address", "postcode",
        "balance_pence", "collectable_arrears_pence", "days_in_arrears", "band", "score", "action_id",
        "action_label", "last_action_code", "last_action_date", "agreement_state", "court_date", "eviction_date",
        "pause_until", "pause_reason", "pause_comment", "holds", "last_letter_code", "last_letter_date", "as_of",
        "version",
    ]
    static let selectSummariesSQL = "SELECT \(summaryColumns.joined(separator: ", ")) FROM case_summaries"

    /// The nightly run saves 100,000 summaries at once: they go through the bulk path (COPY on
    /// PostgreSQL), each replacing the stored summary of its case.
    public func saveSummaries(_ rows: [CaseSummary], snapshot: ClassifySnapshot?) throws {
        try connection.transaction(immediate: true) {
            if !rows.isEmpty {
                try moveSummaryGroups(for: rows)
                try connection.write(rows.count, rowsInto: "case_summaries", columns: Self.summaryColumns, upsertKey: "ref") { bulk in
                    for r in rows {
                        try bulk.add(r.ref, r.paymentRef, r.type, r.debtKind, r.patch, r.officer,
                                     r.tenantName, r.shortAddress, r.postcode, r.balance, r.collectableArrears,
                                     r.daysInArrears, r.band, r.score, r.actionId, r.actionLabel, r.lastActionCode,
                                     r.lastActionDate, r.agreementState, r.courtDate, r.evictionDate, r.pauseUntil,
                                     r.pauseReason, r.pauseComment, Self.holdCodes(r.holds), r.lastLetterCode,
                                     r.lastLetterDate, r.asOf, r.version)
                    }
                }
            }
            if let snapshot { try insert(snapshot) }
        }
    }

    /// Every stored summary, in reference order. Explanations are not stored (schema version 4): they
    /// are recomputed when asked for (`WorklistExplanations`, the workbench's why pane, `arrears explain`).
    public func summaries() throws -> [CaseSummary] {
        var rows: [CaseSummary] = []
        rows.reserveCapacity(try connection.scalarInt("SELECT count(*) FROM case_summaries"))
        try connection.statement(Self.selectSummariesSQL + " ORDER BY ref").query { rows.append(try Self.readSummary($0)) }
        return rows
    }

    /// The summaries of the cases in some patches or assigned to one officer, in reference order: what
    /// a collection agent's worklist ("patch mine") shows, read by the patch and officer indexes before
    /// the first frame, so the rest of the caseload can be read after it (issue 12).
    public func summaries(inPatches patches: [String], orOfficer officer: String?) throws -> [CaseSummary] {
        var conditions: [String] = []
        if !patches.isEmpty { conditions.append("patch IN (" + Array(repeating: "?", count: patches.count).joined(separator: ", ") + ")") }
        if officer != nil { conditions.append("officer = ?") }
        guard !conditions.isEmpty else { return [] }
        let statement = try connection.statement(Self.selectSummariesSQL + " WHERE " + conditions.joined(separator: " OR ") + " ORDER BY ref")
        var index: Int32 = 1
        for p in patches { try statement.bindText(p, at: index); index += 1 }
        if let officer { try statement.bindText(officer, at: index) }
        var rows: [CaseSummary] = []
        try statement.queryBound { rows.append(try Self.readSummary($0)) }
        return rows
    }

    public func summary(ref: String) throws -> CaseSummary? {
        try connection.statement(Self.selectSummariesSQL + " WHERE ref = ?").first(ref, read: Self.readSummary)
    }

    static func readSummary(_ s: any SQLStatement) throws -> CaseSummary {
        CaseSummary(
            ref: s.text(0), paymentRef: s.text(1), type: try s.code(2), debtKind: try s.optionalCode(3),
            patch: s.optionalText(4), officer: s.optionalText(5), tenantName: s.text(6), shortAddress: s.text(7),
            postcode: s.text(8), balance: s.money(9), collectableArrears: s.money(10), daysInArrears: s.int(11),
            band: try s.code(12), score: s.int(13), actionId: s.text(14), actionLabel: s.text(15),
            lastActionCode: s.optionalText(16), lastActionDate: s.optionalDate(17),
            agreementState: try s.optionalCode(18), courtDate: s.optionalDate(19), evictionDate: s.optionalDate(20),
            pauseUntil: s.optionalDate(21), pauseReason: try s.optionalCode(22), pauseComment: s.optionalText(23),
            holds: try holdKinds(s, 24), lastLetterCode: s.optionalText(25), lastLetterDate: s.optionalDate(26),
            asOf: s.date(27), explanationJSON: "", version: s.int(28))
    }

    /// Hold kinds are the program's own codes (no commas), kept as `code,code`: the worklist reads
    /// 100,000 of these, nearly all empty, and splitting is cheaper than parsing JSON.
    static func holdCodes(_ kinds: [HoldKind]) -> String {
        kinds.map(\.rawValue).joined(separator: ",")
    }

    private static func holdKinds(_ s: any SQLStatement, _ column: Int32) throws -> [HoldKind] {
        let text = s.text(column)
        if text.isEmpty { return [] }
        return try text.components(separatedBy: ",").map { raw in
            guard let kind = HoldKind(rawValue: raw) else { throw s.unreadable(column, "unknown hold kind '\(raw)'") }
            return kind
        }
    }

    // MARK: Snapshots

    /// One snapshot per as-of date: classifying the same day again replaces it, so runs are idempotent.
    private func insert(_ snapshot: ClassifySnapshot) throws {
        try connection.statement("DELETE FROM classify_snapshots WHERE as_of = ?").execute(snapshot.asOf)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let counts = String(decoding: try encoder.encode(snapshot.counts), as: UTF8.self)
        let arrears = String(decoding: try encoder.encode(snapshot.arrears), as: UTF8.self)
        try connection.statement("INSERT INTO classify_snapshots (as_of, counts, arrears) VALUES (?, ?, ?)")
            .execute(snapshot.asOf, counts, arrears)
    }

    public func snapshots(limit: Int) throws -> [ClassifySnapshot] {
        let decoder = JSONDecoder()
        var snapshots: [ClassifySnapshot] = []
        let sql = "SELECT as_of, counts, arrears FROM classify_snapshots ORDER BY as_of DESC, id DESC LIMIT ?"
        try connection.statement(sql).query(limit) { s in
            do {
                let counts = try decoder.decode([String: Int].self, from: Data(s.text(1).utf8))
                let arrears = try decoder.decode([String: Int64].self, from: Data(s.text(2).utf8))
                snapshots.append(ClassifySnapshot(asOf: s.date(0), counts: counts, arrears: arrears))
            } catch {
                throw s.unreadable(1, "snapshot counts are not valid JSON")
            }
        }
        return snapshots
    }
}
