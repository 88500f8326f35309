import ArrearsCore

/// Where the screens get their data. The executable backs it with the SQLite store and the engine;
/// tests back it with fixtures. Calls happen on the UI's thread, in response to keys, so each
/// should be quick: `summaries()` once per load or refresh, `loadCase` once per case opened.
public protocol WorkbenchData: AnyObject {
    /// The person running the program.
    var currentUser: User { get }
    /// The date every rule and screen works to (never the clock inside the UI).
    var asOf: CivilDate { get }
    /// Every case's stored classification, as the worklist and the team lead view need it, in
    /// reference order (rows that tie in a sort keep this order).
    func summaries() throws -> [CaseSummary]
    func loadCase(ref: String) throws -> CaseFile?
    /// The engine's plain-text account of a case's band, score and recommended action.
    func explanation(ref: String) throws -> String
    /// Classify snapshots, newest first.
    func snapshots() throws -> [ClassifySnapshot]
    /// Everyone who can hold cases, for officer names.
    func users() throws -> [User]
    /// How many letters are in each status, for the team lead view.
    func letterCounts() throws -> [LetterStatus: Int]
    /// A case's audit history, newest first, for the roles that may read the audit trail
    /// (`CaseStore.audit(ref:user:nil,since:nil,limit:nil)`).
    func audit(ref: String) throws -> [AuditRecord]
}

/// Reading only what changed. A data source that cannot say returns nil, and the workbench reads
/// every summary again instead.
public protocol ChangedSummaries: WorkbenchData {
    /// Every summary's stamp, in the order of `summaries()`.
    func summaryStamps() throws -> [SummaryStamp]
    /// One case's stored summary.
    func summary(ref: String) throws -> CaseSummary?
}


/// Reading a collection agent's own cases first. A data source that can returns the summaries of
/// some patches and of one officer's cases quickly (by index), so the agent's worklist is on screen
/// before the rest of the caseload is read; one that cannot is read whole before the first frame.
public protocol FirstPageSummaries: WorkbenchData {
    /// The summaries whose patch is one of `patches` or whose officer is `officer`, in reference order.
    func summaries(inPatches patches: [String], orOfficer officer: String?) throws -> [CaseSummary]
}

/// Drawing the team lead view before every summary is read. A data source that keeps the summaries
/// counted by group (the store's `summary_groups`, kept in the same transaction as the summaries)
/// returns them, and the workbench reads the summaries after the first frame; one that does not is
/// read whole first.
public protocol StoredSummaryCounts: WorkbenchData {
    func summaryGroups() throws -> SummaryGroups
}
