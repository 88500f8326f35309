import ArrearsCore
@testable import ArrearsUI

/// The fixture caseload on an in-memory SQLite store, with the real `CaseActions` behind an
/// `ActionExecutor`: keys go in, requests come out, the store changes, the screens reload.
final class StoreWorld {
    static let users = [FixtureData.agent, FixtureData.leaseholdOfficer, FixtureData.teamLead, FixtureData.westAgent,
                        FixtureData.auditor]

    let store: SQLiteCaseStore
    let data: StoreData
    let executor: ActionExecutor
    var app: App

    init(user: User = FixtureData.agent, cases: [CaseFile] = Fixtures.cases, users: [User] = StoreWorld.users) throws {
        store = try SQLiteCaseStore.openInMemory()
        try store.saveUsers(users)
        try store.saveCases(cases)
        try store.saveSummaries(cases.map(TestEngine.classify), snapshot: nil)
        try store.updateSummaryOfficers(CaseOfficer(users: users).officer(patch:assignedTo:))
        data = StoreData(store: store, user: user)
        executor = StoreWorld.executor(store: store, user: user)
        app = App(environment: AppEnvironment(data: data))
        _ = app.render(width: 80, height: 24)
    }

    /// Another person's service on the same store (a second workbench).
    static func executor(store: SQLiteCaseStore, user: User) -> ActionExecutor {
        let clock = TestClock()
        return ActionExecutor(actions: CaseActions(store: store, user: user, now: clock.tick, asOf: Fixtures.asOf,
                                                   reclassify: TestEngine.classify))
    }

    /// Presses keys and carries out each request the App makes before the next key, as the host does.
    @discardableResult
    func press(_ keys: String) -> [AppEffect] {
        guard let sequence = KeySequence(notation: keys) else { preconditionFailure("bad keys \(keys)") }
        var all: [AppEffect] = []
        for key in sequence.keys {
            let effects = app.handle(key)
            for case .perform(let request) in effects { executor.run(request, in: &app) }
            all += effects
        }
        return all
    }

    func screen(_ width: Int = 80, _ height: Int = 24) -> String { app.render(width: width, height: height).text }

    func load(_ ref: String) throws -> CaseFile {
        guard let file = try store.loadCase(ref: ref) else { throw StoreError.caseNotFound(ref: ref) }
        return file
    }

    /// Opens a case from the worklist by keys: search for its reference, keep the search, open it.
    func openByKeys(_ ref: String) {
        press("/\(ref)<Enter><Enter>")
    }

    var caseFile: CaseFile? { app.caseScreen?.file }
}

/// The workbench's data from the store, as the executable's `StoreWorkbenchData` gives it.
final class StoreData: WorkbenchData, ChangedSummaries, StoredSummaryCounts {
    let store: SQLiteCaseStore
    let currentUser: User
    var asOf: CivilDate { Fixtures.asOf }
    /// How many times every summary was read, so tests see what a reload costs.
    private(set) var summaryCalls = 0

    init(store: SQLiteCaseStore, user: User) { self.store = store; currentUser = user }

    func summaries() throws -> [CaseSummary] { summaryCalls += 1; return try store.summaries() }
    func summaryGroups() throws -> SummaryGroups { try store.summaryGroups() }
    func loadCase(ref: String) throws -> CaseFile? { try store.loadCase(ref: ref) }
    func explanation(ref: String) throws -> String { try store.summary(ref: ref)?.explanationJSON ?? "" }
    func summaryStamps() throws -> [SummaryStamp] { try store.summaryStamps() }
    func summary(ref: String) throws -> CaseSummary? { try store.summary(ref: ref) }
    func snapshots() throws -> [ClassifySnapshot] { try store.snapshots(limit: 2) }
    func users() throws -> [User] { try store.users() }
    func letterCounts() throws -> [LetterStatus: Int] { [:] }
    func audit(ref: String) throws -> [AuditRecord] { try store.audit(ref: ref, user: nil, since: nil, limit: nil) }
}

/// Stands in for the arrears engine: the fixture's band rules by balance, the last diary entry not
/// voided as the last action, and the pause, court, eviction and holds copied from the case.
enum TestEngine {
    @Sendable static func classify(_ file: CaseFile) -> CaseSummary {
        let balance = file.balance
        let band: Band = balance.pence >= 100_000 ? .red : balance.pence >= 30_000 ? .amber : .green
        let voided = Set(file.diary.compactMap(\.voids))
        let last = file.diary.last { $0.code != "VOI" && !voided.contains($0.id) }
        let asOf = Fixtures.asOf
        let paused = file.pause.map { $0.isActive(asOf: asOf) } ?? false
        return CaseSummary(
            ref: file.ref, paymentRef: file.account.paymentRef, type: file.account.type, debtKind: file.account.debtKind,
            patch: file.account.patch, officer: nil, tenantName: file.account.primaryContact?.displayName ?? "",
            shortAddress: file.account.property.addressLines.first ?? "", postcode: file.account.property.postcode ?? "",
            balance: balance, collectableArrears: balance, daysInArrears: 30, band: band, score: Int(balance.pence / 1_000),
            actionId: paused ? "paused" : "review", actionLabel: paused ? "Paused" : "Review the case",
            lastActionCode: last?.code, lastActionDate: last?.date, agreementState: file.latestAgreement?.state,
            courtDate: file.latestCourtCase?.hearingDate, evictionDate: file.latestEviction?.date,
            pauseUntil: file.pause?.until, pauseReason: file.pause?.reason, pauseComment: file.pause?.comment,
            holds: file.holds.filter { $0.isActive(asOf: asOf) }.map(\.kind), lastLetterCode: nil, lastLetterDate: nil,
            asOf: asOf, explanationJSON: "{}", version: file.account.version)
    }
}

/// 10:15 on the fixture date, a minute later at each reading.
final class TestClock: @unchecked Sendable {
    private var next = Timestamp(london: Fixtures.asOf, hour: 10, minute: 15).secondsSinceEpoch
    func tick() -> Timestamp {
        defer { next += 60 }
        return Timestamp(secondsSinceEpoch: next)
    }
}
