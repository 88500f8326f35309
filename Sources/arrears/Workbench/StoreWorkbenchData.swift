import ArrearsCore
import ArrearsUI

/// The workbench's data, backed by the case store.
final class StoreWorkbenchData: WorkbenchData, ChangedSummaries, FirstPageSummaries, StoredSummaryCounts {
    let store: SQLCaseStore
    let currentUser: User
    let asOf: CivilDate

    let policy: Policy
    /// The run's clock (`ARREARS_TODAY` pins it to 09:00 London), for messages' SMS hours.
    let clock: () -> Timestamp

    init(store: SQLCaseStore, user: User, asOf: CivilDate, policy: Policy, clock: @escaping () -> Timestamp) {
        self.store = store
        self.clock = clock
        self.currentUser = user
        self.asOf = asOf
        self.policy = policy
    }

    func summaries() throws -> [CaseSummary] { try store.summaries() }
    func summaries(inPatches patches: [String], orOfficer officer: String?) throws -> [CaseSummary] {
        try store.summaries(inPatches: patches, orOfficer: officer)
    }
    func summaryGroups() throws -> SummaryGroups { try store.summaryGroups() }
    func loadCase(ref: String) throws -> CaseFile? { try store.loadCase(ref: ref) }
    func summaryStamps() throws -> [SummaryStamp] { try store.summaryStamps() }
    func summary(ref: String) throws -> CaseSummary? { try store.summary(ref: ref) }
    /// Classifies the case afresh (microseconds), so the "why" always matches the case on screen,
    /// even if someone changed it since the nightly run.
    func explanation(ref: String) throws -> String {
        guard let file = try store.loadCase(ref: ref) else { return "No case \(ref)." }
        return Explanation.text(for: file, ArrearsEngine.classify(file, asOf: asOf, policy: policy))
    }
    func snapshots() throws -> [ClassifySnapshot] { try store.snapshots(limit: 2) }
    func users() throws -> [User] { try store.users() }
    func letterCounts() throws -> [LetterStatus: Int] { try store.letterCounts() }
    func audit(ref: String) throws -> [AuditRecord] { try store.audit(ref: ref, user: nil, since: nil, limit: nil) }
}
