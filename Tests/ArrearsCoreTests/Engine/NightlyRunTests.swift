import Testing
@testable import ArrearsCore

/// The nightly run in the core: who may run it, the dates a storing run may use, what it stores, and
/// that reading cases without the text the engine never reads changes no decision.
@Suite struct NightlyRunTests {
    static let asOf = CivilDate(year: 2026, month: 11, day: 29)!
    static let lead = User(login: "lead", displayName: "Team lead", role: .teamLead)

    static func demoStore(_ kind: StoreKind = .sqlite, accounts: Int = 400) throws -> SQLCaseStore {
        let store = try kind.fresh()
        try DemoGenerator(seed: 7, asOf: asOf, accounts: accounts).generate(into: store)
        try store.saveUsers([lead])
        return store
    }

    static func request(_ user: User = lead, asOf: CivilDate = asOf, writes: Bool = true) -> ClassifyRequest {
        ClassifyRequest(user: user, asOf: asOf, today: Self.asOf, at: Timestamp(london: Self.asOf, hour: 9), writes: writes)
    }

    @Test(arguments: StoreKind.tested) func readingCasesToClassifyChangesNoDecision(kind: StoreKind) throws {
        let store = try Self.demoStore(kind)
        var full: [String: String] = [:]
        try store.forEachCase { full[$0.ref] = Explanation.storedJSON(ArrearsEngine.classify($0, asOf: Self.asOf)) }
        var compared = 0
        try store.forEachCaseToClassify { file in
            #expect(Explanation.storedJSON(ArrearsEngine.classify(file, asOf: Self.asOf)) == full[file.ref], "\(file.ref)")
            compared += 1
        }
        #expect(compared == full.count && compared == 400)
    }

    @Test(arguments: [Role.agent, .leaseholdOfficer, .auditor])
    func onlyRolesWithRunClassifyMayRunIt(role: Role) throws {
        let store = try Self.demoStore(accounts: 20)
        let user = User(login: "someone", displayName: "Someone", role: role)
        for writes in [true, false] {
            #expect(throws: AccessDenied.self) { try NightlyRun.run(store: store, request: Self.request(user, writes: writes)) }
        }
        #expect(throws: AccessDenied.self) {
            try PolicyComparison.run(store: store, user: user, asOf: Self.asOf, current: .default, proposed: .default)
        }
        #expect(try store.snapshots(limit: 5).isEmpty && store.summaries().isEmpty)
    }

    @Test func aUserDisabledSinceStartingIsRefusedInsideTheTransaction() throws {
        let store = try Self.demoStore(accounts: 20)
        var disabled = Self.lead
        disabled.disabled = true
        try store.saveUsers([disabled])
        #expect(throws: AccessDenied.self) { try NightlyRun.run(store: store, request: Self.request()) }
        #expect(try store.summaries().isEmpty)
    }

    /// Table at the window's edges: today + 7 is the last date a storing run may use, the newest
    /// snapshot − 366 the first (today − 366 before any run).
    @Test(arguments: [(7, true), (8, false), (-366, true), (-367, false), (0, true)])
    func theWindowForARunThatStores(offset: Int, allowed: Bool) {
        let today = Self.asOf
        let refusal = ClassifyWindow.refusal(asOf: today.adding(days: offset), today: today, newestSnapshot: nil)
        #expect((refusal == nil) == allowed, "\(offset): \(refusal ?? "allowed")")
        let snapshot = today.adding(days: -30)
        let fromSnapshot = ClassifyWindow.refusal(asOf: snapshot.adding(days: offset < 0 ? offset : 0), today: today,
                                                  newestSnapshot: snapshot)
        #expect((fromSnapshot == nil) == (offset >= -366), "\(offset) before the snapshot")
    }

    @Test(arguments: ["1600-01-01", "1600-03-01", "2999-12-31", "9999-12-31"])
    func farDatesGiveADryRunResultAndAStoringRefusal(date: String) throws {
        let store = try Self.demoStore(accounts: 60)
        let asOf = try #require(CivilDate.parseISO(date))
        var seen = 0
        let dry = try NightlyRun.run(store: store, request: Self.request(asOf: asOf, writes: false)) { _ in seen += 1 }
        #expect(dry.report.total == 60 && seen == 60)
        #expect(throws: ClassifyRefused.self) { try NightlyRun.run(store: store, request: Self.request(asOf: asOf)) }
        #expect(try store.summaries().isEmpty && store.snapshots(limit: 1).isEmpty)
        #expect(try store.audit(ref: nil, user: nil, since: nil, limit: nil).isEmpty)
    }

    @Test(arguments: StoreKind.tested) func aStoringRunStoresSummariesSnapshotPolicyAndOneAuditRow(kind: StoreKind) throws {
        let store = try Self.demoStore(kind, accounts: 120)
        var policy = Policy.default
        policy.band.redBalanceAbove = Money(pence: 50_000)
        var request = Self.request()
        request.policy = policy
        var verdicts: [CaseVerdict] = []
        let result = try NightlyRun.run(store: store, request: request, batchSize: 50) { verdicts.append($0) }
        let rows = try store.summaries()
        #expect(rows.count == 120 && result.report.total == 120)
        #expect(verdicts.map(\.ref) == rows.map(\.ref), "one verdict per case, in reference order, across batches")
        #expect(zip(verdicts, rows).allSatisfy { $0.band == $1.band.rawValue && $0.score == $1.score && $0.action.rawValue == $1.actionId })
        #expect(try store.snapshots(limit: 5).map(\.asOf) == [Self.asOf])
        #expect(try WorklistExplanations.recordedPolicy(store) == policy)
        let audit = try store.audit(ref: nil, user: nil, since: nil, limit: nil)
        #expect(audit.count == 1 && audit[0].operation == .runClassify && audit[0].user == "lead")

        // The worklist export's explanations are recomputed under the recorded policy and match explain.
        var withExplanations = rows
        try WorklistExplanations.fill(&withExplanations, store: store)
        let first = try #require(try store.loadCase(ref: rows[0].ref))
        #expect(withExplanations[0].explanationJSON == Explanation.storedJSON(ArrearsEngine.classify(first, asOf: Self.asOf, policy: policy)))
    }
}
