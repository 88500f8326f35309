/// `arrears classify`: the nightly run over a whole store. For every case it appends the agreement
/// state changes due by the date (breach, completion, formal → informal), classifies the case and
/// stores its summary; at the end it records one snapshot of the counts for that date.
///
/// Running it twice for the same date changes nothing the second time: agreement changes are only
/// appended when the state moves, summaries are replaced, and the date's snapshot is replaced.
public enum NightlyRun {
    public struct Result: Sendable {
        public var report: ClassifyReport
        /// Cases whose agreements changed state in this run.
        public var agreementChanges: Int
    }

    public static func run(store: CaseStore, asOf: CivilDate, policy: Policy = .default,
                           batchSize: Int = 5_000) throws -> Result {
        let officers = CaseOfficer(users: try store.users())
        let classifier = Classifier(policy: policy)
        var rows: [CaseSummary] = []
        var conflicts = 0
        var changedCases = 0
        var batch: [CaseFile] = []
        batch.reserveCapacity(batchSize)

        func flush() throws {
            guard !batch.isEmpty else { return }
            var changed: [CaseFile] = []
            for i in batch.indices where apply(ArrearsEngine.agreementUpdates(for: batch[i], asOf: asOf, policy: policy),
                                               to: &batch[i]) {
                changed.append(batch[i])
            }
            if !changed.isEmpty { try store.saveCases(changed) }
            changedCases += changed.count
            let result = classifier.summaries(batch, asOf: asOf) { officers.officer(of: $0.account) }
            try store.saveSummaries(result.rows, snapshot: nil)
            conflicts += result.conflicts
            // The report needs counts, not explanations: drop them to keep a million-case run small.
            rows += result.rows.map { var r = $0; r.explanationJSON = ""; return r }
            batch.removeAll(keepingCapacity: true)
        }

        try store.forEachCase { file in
            batch.append(file)
            if batch.count >= batchSize { try flush() }
        }
        try flush()
        let report = ClassifyReport(summaries: rows, conflicts: conflicts, asOf: asOf)
        try store.saveSummaries([], snapshot: report.snapshot)
        return Result(report: report, agreementChanges: changedCases)
    }

    /// Appends each update to its agreement; true when anything changed (the version moves on).
    static func apply(_ updates: [(agreementId: Int, update: AgreementUpdate)], to file: inout CaseFile) -> Bool {
        guard !updates.isEmpty else { return false }
        for (id, update) in updates {
            guard let i = file.agreements.firstIndex(where: { $0.id == id }) else { continue }
            file.agreements[i].history.append(update.change)
            if update.becomesInformal {
                file.agreements[i].kind = .informal
                file.agreements[i].courtCaseId = nil
            }
        }
        file.account.version += 1
        return true
    }
}
