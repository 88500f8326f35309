import Testing
@testable import ArrearsCore

/// The counts the store keeps by group (`summary_groups`) always equal a recount of the stored
/// summaries: after each kind of action, a bulk letter run, a nightly-sized save and officer moves.
@Suite struct SummaryGroupTests {
    typealias F = ActionFixtures

    static func expectCountsMatchSummaries(_ store: SQLCaseStore, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stored = try store.summaryGroups()
        let recount = SummaryGroups(try store.summaries())
        #expect(stored == recount, comment, sourceLocation: sourceLocation)
        #expect(stored.caseCount == (try store.summaries().count), comment, sourceLocation: sourceLocation)
    }

    @Test(arguments: StoreKind.tested) func countsFollowEveryActionOnACase(kind: StoreKind) throws {
        let world = try F.world(kind: kind, cases: [F.rentCase(), F.rentCase(ref: "0104322/01", balancePence: 9_000),
                                                    F.rentCase(ref: "0104323/01", patch: nil), F.leaseholdCase()])
        try Self.expectCountsMatchSummaries(world.store, "as saved")
        let agent = world.actions(F.agent)
        _ = try agent.addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "VIM", comment: "Rang, no answer.")
        try Self.expectCountsMatchSummaries(world.store, "a diary entry (same group, new version)")
        _ = try agent.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-14"), reason: .promiseOfPayment, comment: "Will pay.")
        try Self.expectCountsMatchSummaries(world.store, "a pause moves the case to a paused group")
        _ = try agent.pause(ref: "0104322/01", expectedVersion: nil, until: F.date("2026-12-14"), reason: .promiseOfPayment, comment: "Same.")
        try Self.expectCountsMatchSummaries(world.store, "a second case joins the same group")
        _ = try agent.undoLast()
        try Self.expectCountsMatchSummaries(world.store, "undoing the second pause")
        _ = try agent.unpause(ref: F.rentRef, expectedVersion: nil)
        try Self.expectCountsMatchSummaries(world.store, "unpausing moves it back")
        try world.actions(F.teamLead).reassignCases([F.rentRef, "0104323/01"], to: F.otherAgent.login)
        try Self.expectCountsMatchSummaries(world.store, "reassigning changes the officer")
        try world.actions(F.teamLead).reassignPatch("E01", to: F.otherAgent.login)
        try Self.expectCountsMatchSummaries(world.store, "a patch moves to another officer")
    }

    @Test(arguments: StoreKind.tested) func countsFollowABulkLetterRun(kind: StoreKind) throws {
        let world = try LetterActionTests.bulkWorld(kind: kind, cases: 70)
        _ = try world.actions(F.leaseholdOfficer).addDiaryEntry(ref: "LH-1003", expectedVersion: nil, code: "VIM", comment: "Rang.")
        let items = try LetterActionTests.bulkItems(world, cases: 70, previews: true)
        #expect(try world.actions(F.leaseholdOfficer).bulkQueueLetters(items).cases == 70)
        try Self.expectCountsMatchSummaries(world.store, "after a bulk letter run")
    }

    /// The nightly run saves thousands of summaries at a time (read by range, not one by one), some of
    /// them new cases, some changing group and some only their balance.
    @Test(arguments: StoreKind.tested) func countsFollowANightlySizedSave(kind: StoreKind) throws {
        let refs = (1...300).map { String(format: "%07d/01", 2_000_000 + $0) }
        let store = try kind.fresh()
        try store.saveCases(refs.map { F.rentCase(ref: $0, patch: ["E01", "E02", nil][$0.hashValue & 1]) })
        let engine = FakeEngine()
        var summaries = try refs.map { engine.classify(try #require(try store.loadCase(ref: $0))) }
        try store.saveSummaries(Array(summaries.prefix(200)), snapshot: nil)
        try Self.expectCountsMatchSummaries(store, "the first save")
        for i in stride(from: 0, to: summaries.count, by: 3) { summaries[i].band = .green; summaries[i].balance = Money(pence: Int64(i)) }
        for i in stride(from: 1, to: summaries.count, by: 7) { summaries[i].balance += Money(pence: 1) }
        for i in stride(from: 2, to: summaries.count, by: 11) { summaries[i].pauseUntil = F.date("2027-01-04"); summaries[i].pauseReason = .other }
        try store.saveSummaries(Array(summaries[100...]), snapshot: nil)
        try Self.expectCountsMatchSummaries(store, "a second save over a range, with new cases")
        try store.saveSummaries([summaries[5], summaries[250]], snapshot: nil)
        try Self.expectCountsMatchSummaries(store, "a small save read one by one")
        try store.recountSummaryGroups()
        try Self.expectCountsMatchSummaries(store, "the migration's SQL count agrees with counting in Swift")
    }

    @Test func groupsAddAndTakeAwayToTheSameValuesAsARecount() throws {
        let engine = FakeEngine()
        let a = engine.classify(F.rentCase()), b = engine.classify(F.rentCase(ref: "0104322/01", balancePence: 1))
        var moved = b
        moved.balance = Money(pence: 77)
        var groups = SummaryGroups([a, b])
        groups.replace(b, with: moved)
        #expect(groups == SummaryGroups([a, moved]))
        groups.replace(a, with: nil)
        #expect(groups == SummaryGroups([moved]))
        groups.replace(moved, with: nil)
        #expect(groups == SummaryGroups() && groups.totals.isEmpty)
    }
}
