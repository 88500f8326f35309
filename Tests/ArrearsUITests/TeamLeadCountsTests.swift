import ArrearsCore
import Testing
@testable import ArrearsUI

/// Issue 12: the team lead's first frame comes from the counts the store keeps by group; every summary
/// is read after it; and after an action here or a change made elsewhere the view's counts equal a
/// recount of the summaries, without reading them all again.
@Suite @MainActor struct TeamLeadCountsTests {
    static let ada = "0101001/01"
    static let priya = "0101007/01"

    /// The team lead view's groups, a recount of the loaded summaries and the store's own counts.
    static func expectCountsAreARecount(_ world: StoreWorld, _ comment: Comment, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lead = try #require(world.app.stack.first as? TeamLeadScreen, sourceLocation: sourceLocation)
        #expect(lead.counts.groups == SummaryGroups(world.app.session.index.summaries), comment, sourceLocation: sourceLocation)
        #expect(lead.counts.groups == SummaryGroups(try world.store.summaries()), comment, sourceLocation: sourceLocation)
        #expect(lead.counts.groups == (try world.store.summaryGroups()), comment, sourceLocation: sourceLocation)
    }

    /// The same view drawn from every summary by a workbench opened now, without the status line
    /// (where the action's own message shows).
    static func freshScreen(_ world: StoreWorld) -> String {
        var fresh = App(environment: AppEnvironment(data: StoreData(store: world.store, user: FixtureData.teamLead)))
        fresh.loadRest()
        return withoutStatusLine(fresh.render(width: 100, height: 60).text)
    }

    static func withoutStatusLine(_ screen: String) -> String { screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().joined(separator: "\n") }

    @Test func theFirstFrameComesFromTheStoredCountsAndIsTheFrameFromEverySummary() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        #expect(world.app.hasRestToLoad && world.data.summaryCalls == 0, "no summary read before the first frame")
        #expect(world.app.session.index.summaries.isEmpty)
        let first = world.screen(100, 60)
        #expect(first.contains("Cases and arrears by band and patch"))
        world.app.loadRest()
        #expect(world.data.summaryCalls == 1 && !world.app.hasRestToLoad)
        #expect(world.screen(100, 60) == first, "reading every summary after the first frame changes nothing on screen")
        try Self.expectCountsAreARecount(world, "once loaded")
    }

    @Test func anActionMovesItsCaseBetweenGroupsWithoutReadingEverySummary() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.app.loadRest()
        let reads = world.data.summaryCalls
        let steps: [(String, CaseRequest)] = [
            ("a diary entry", .addDiaryEntry(code: "INC", comment: "Rang about the bill.")),
            ("a pause", .pause(until: Fixtures.asOf.adding(days: 3), reason: .promiseOfPayment, comment: "Will pay Friday.")),
            ("ending the pause", .unpause(comment: "Paid.")),
        ]
        for (name, request) in steps {
            for ref in [Self.ada, Self.priya] {
                let version = try world.load(ref).account.version
                world.executor.run(.onCase(ref: ref, expectedVersion: version, request), in: &world.app)
                #expect(world.app.message?.kind != .error, "\(name) on \(ref): \(world.app.message?.text ?? "")")
                try Self.expectCountsAreARecount(world, "after \(name) on \(ref)")
            }
        }
        #expect(world.data.summaryCalls == reads, "no action read every summary again")
        #expect(Self.withoutStatusLine(world.screen(100, 60)) == Self.freshScreen(world), "the tables are those of a workbench opened now")
    }

    @Test func anotherCaseworkersChangeMovesOnlyThatCase() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.app.loadRest()
        let reads = world.data.summaryCalls
        let other = StoreWorld.executor(store: world.store, user: FixtureData.agent)
        let version = try world.load(Self.ada).account.version
        let result = other.perform(.onCase(ref: Self.ada, expectedVersion: version,
                                           .pause(until: Fixtures.asOf.adding(days: 10), reason: .delayedBenefit, comment: "Waiting for UC.")))
        guard case .done = result.outcome else { Issue.record("the other workbench could not save: \(result.message)"); return }
        world.app.reloadChanged()
        #expect(world.data.summaryCalls == reads, "only the changed case was read")
        try Self.expectCountsAreARecount(world, "after another caseworker paused a case")
        #expect(Self.withoutStatusLine(world.screen(100, 60)) == Self.freshScreen(world))
    }
}
