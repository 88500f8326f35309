import Testing
import ArrearsCore
@testable import ArrearsUI

/// The team lead's rent campaign screen driven by keys against a real store: the preview is the core's
/// (`MessageCampaign.prepare`, a part at a time), queueing is one audited transaction, and the same
/// campaign never queues twice in a day.
@Suite struct CampaignScreenTests {
    static func previewed(_ keysAfterName: String = "") throws -> StoreWorld {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("M")
        #expect(world.app.overlay is FormOverlay)
        _ = world.app.type("rent_mar")
        world.press(keysAfterName + "<Enter>")
        #expect(world.app.campaignScreen?.isChecking == true, "the preview runs between keys, not before the screen shows")
        world.app.finishPendingWork()
        return world
    }

    @Test func previewShowsTheCoresCountsSkipReasonsAndOneExample() throws {
        let world = try Self.previewed()
        let screen = try #require(world.app.campaignScreen)
        #expect(screen.preview.matched == Fixtures.cases.count)
        let text = world.screen(120, 40)
        #expect(text.contains("Campaign rent_mar: every case."))
        #expect(text.contains("Would queue: \(screen.preview.ready.count) text messages"))
        #expect(text.contains("Example, for "))
        let audit = try world.store.audit(ref: nil, user: "tlead", since: nil, limit: nil)
        #expect(audit.first?.summary.hasPrefix("Campaign rent_mar previewed (every case)") == true)
    }

    @Test func aFilterTheCoreRefusesIsShownAgainstItsField() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("M")
        _ = world.app.type("rent_mar")
        world.press("<Tab><Tab>")
        _ = world.app.type("XYZ")
        world.press("<Enter>")
        let problem = (world.app.overlay as? FormOverlay)?.form.problem
        #expect(problem?.field == CampaignForm.types)
        #expect(problem?.message.hasPrefix("'XYZ' is not an account type") == true)
    }

    @Test func queueingAsksThenQueuesOnceAndTheSameCampaignAddsNothingTheSameDay() throws {
        let world = try Self.previewed()
        let ready = try #require(world.app.campaignScreen).preview.ready.count
        #expect(ready > 0)
        world.press("s")
        #expect(world.app.overlay is ConfirmPrompt)
        world.press("y")
        #expect(world.app.message?.text.hasPrefix("Campaign rent_mar: queued \(ready) text messages") == true)
        #expect(try world.store.outboxMessages(in: [.queued], limit: nil).count == ready)
        let audit = try world.store.audit(ref: nil, user: "tlead", since: nil, limit: nil)
        #expect(audit.contains { $0.summary.hasPrefix("Campaign rent_mar queued (every case)") })

        world.app.finishPendingWork()
        let again = try #require(world.app.campaignScreen).preview
        #expect(again.ready.isEmpty)
        #expect(again.skipCounts.contains { $0.reason == "already queued by this campaign today" && $0.count == ready })
        world.press("s")
        #expect(world.app.overlay == nil)
        #expect(world.app.message?.text.hasPrefix("Nothing to queue for campaign rent_mar") == true)
        #expect(try world.store.outboxMessages(in: [.queued], limit: nil).count == ready, "never twice")
    }

    @Test func anAgentMayNotOpenTheCampaignScreen() throws {
        let world = try StoreWorld(user: FixtureData.agent)
        world.press("M")
        #expect(world.app.overlay == nil)
        #expect(world.app.campaignScreen == nil)
        #expect(world.app.message?.kind == .warning)
    }

    @Test func goldens() throws {
        let world = try Self.previewed()
        GoldenFile.check(world.app.render(width: 80, height: 24), "campaign-screen-80x24")
        GoldenFile.check(world.app.render(width: 120, height: 40), "campaign-screen-120x40")
    }
}
