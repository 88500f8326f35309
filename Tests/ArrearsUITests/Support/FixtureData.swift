import ArrearsCore
@testable import ArrearsUI

/// A hand-made caseload with a fixed as-of date: enough cases to fill every tab, both service
/// areas, holds, pauses, notices, court, evictions, agreements and non-ASCII names.
class FixtureData: WorkbenchData {
    static let asOfDate = CivilDate(year: 2026, month: 3, day: 11)!

    static let agent = User(login: "aagent", displayName: "Amy Agent", role: .agent, patches: ["E01", "E02"])
    static let leaseholdOfficer = User(login: "lofficer", displayName: "Lee Officer", role: .leaseholdOfficer, patches: ["SC1"])
    static let teamLead = User(login: "tlead", displayName: "Tara Lead", role: .teamLead)
    static let westAgent = User(login: "wagent", displayName: "Wes Agent", role: .agent, patches: ["W01"])
    static let auditor = User(login: "audit", displayName: "Ana Auditor", role: .auditor)

    var currentUser: User
    var asOf: CivilDate { FixtureData.asOfDate }
    var cases: [CaseFile]
    var summaryList: [CaseSummary]
    var summaryCalls = 0
    var failSummaries = false

    init(user: User = FixtureData.agent, cases: [CaseFile] = Fixtures.cases, summaries: [CaseSummary] = Fixtures.summaries) {
        currentUser = user
        self.cases = cases
        summaryList = summaries
    }

    struct Failure: Error, CustomStringConvertible { var description: String { "database is locked" } }

    func summaries() throws -> [CaseSummary] {
        summaryCalls += 1
        if failSummaries { throw Failure() }
        return summaryList
    }
    func loadCase(ref: String) throws -> CaseFile? { cases.first { $0.ref == ref } }
    func explanation(ref: String) throws -> String {
        guard let s = summaryList.first(where: { $0.ref == ref }) else { return "No classification recorded." }
        return """
        Band \(s.band.label): balance \(s.balance.tableText), \(s.daysInArrears) days in arrears.
        Score \(s.score): balance +\(s.score / 2), days in arrears +\(s.score - s.score / 2).
        Recommended: \(s.actionLabel), because the last letter was sent more than 14 days ago and no notice has been served. Blocked: Send letter one (a letter was sent in the last 3 months).
        """
    }
    func snapshots() throws -> [ClassifySnapshot] {
        [ClassifySnapshot(asOf: FixtureData.asOfDate.adding(days: -7),
                          counts: ["band:red": 2, "patch:E01:red": 1, "patch:E01:amber": 2, "patch:E02:green": 2,
                                   "patch:W01:amber": 1, "patch:SC1:red": 2],
                          arrears: [:])]
    }
    func users() throws -> [User] { [FixtureData.agent, FixtureData.leaseholdOfficer, FixtureData.teamLead, FixtureData.westAgent] }
    func letterCounts() throws -> [LetterStatus: Int] { [.queued: 3, .failed: 1, .sent: 12] }
    func audit(ref: String) throws -> [AuditRecord] { Fixtures.auditTrail.filter { $0.accountRef == ref }.reversed() }
}
