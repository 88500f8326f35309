import Testing
import ArrearsCore
@testable import ArrearsUI

/// The team lead's automation screens driven by keys against a real store: every change goes through
/// `AutomationControl.apply` (role checked, audited), and the preview is the nightly run's dry run.
@Suite struct AutomationScreenTests {
    static let secureLetterOne = AutomationSettings.Key(patch: "(none)", accountType: .secure, step: .letterOne)

    @Test func spaceSwitchesTheSelectedCellOnAndOffThroughTheCoreWithAnAuditRow() throws {
        let world = try AutomationWorld.world()
        world.press("A")
        #expect(world.app.breadcrumbs == ["Team lead (rents)", "Automation settings"])
        world.press("j")
        #expect(world.app.automationSettings?.selectedKey == Self.secureLetterOne)
        let effects = world.press("<Space>")
        #expect(effects == [.perform(.changeAutomation(.init(patches: ["(none)"], accountTypes: [.secure], steps: [.letterOne],
                                                             enabled: true)))])
        let cell = try #require(try AutomationControl.load(world.store).setting(for: Self.secureLetterOne))
        #expect(cell.enabled && cell.dailyCap == AutomationControl.defaultDailyCap && cell.startDate == nil)
        #expect(world.app.message?.text == "Automation: (none) · Secure · Letter 1: on, cap 100.")
        let audit = try world.store.audit(ref: nil, user: "tlead", since: nil, limit: nil)
        #expect(audit.count == 1)
        #expect(audit.first?.operation == .manageAutomation)
        #expect(audit.first?.summary == "Automation: (none) · Secure · Letter 1: on, cap 100")
        #expect(world.screen().contains("Letter 1                on              100 now"))
        #expect(world.app.automationSettings?.selectedKey == Self.secureLetterOne, "the selection stays on the cell")

        world.press("<Space>")
        #expect(try AutomationControl.load(world.store).setting(for: Self.secureLetterOne)?.enabled == false)
        #expect(try world.store.audit(ref: nil, user: "tlead", since: nil, limit: nil).count == 2)
    }

    @Test func theFormChangesCapAndStartDateAndTheCoresRefusalShows() throws {
        let world = try AutomationWorld.world()
        world.press("Aje")
        #expect(world.app.overlay is FormOverlay)
        world.press("<Tab><BS><BS><BS>")
        _ = world.app.type("0")
        world.press("<Enter>")
        let refusal = "Daily cap: 0 is not between 1 and 5000; switch the step off to send none."
        #expect(world.app.message?.text == refusal)
        #expect(world.app.message?.kind == .error)
        #expect(world.app.overlay is FormOverlay, "the form stays open to correct")
        #expect(try AutomationControl.load(world.store).setting(for: Self.secureLetterOne) == nil, "nothing was saved")

        world.press("<BS>")
        _ = world.app.type("75")
        world.press("<Tab>")
        _ = world.app.type("2026-03-20")
        world.press("<Enter>")
        let cell = try #require(try AutomationControl.load(world.store).setting(for: Self.secureLetterOne))
        #expect(cell == AutomationSetting(patch: "(none)", accountType: .secure, step: .letterOne, enabled: true, dailyCap: 75,
                                          startDate: Fixtures.date(2026, 3, 20)))
        #expect(world.app.overlay == nil)
        #expect(world.screen().contains("Letter 1                on               75 20 Mar 2026"))
    }

    @Test func aCapThatIsNotANumberIsRefusedByTheForm() throws {
        let world = try AutomationWorld.world()
        world.press("Ae<Tab><BS><BS><BS>")
        _ = world.app.type("lots")
        world.press("<Enter>")
        #expect(world.app.overlay is FormOverlay)
        #expect(world.screen().contains("Enter a whole number of cases, such as 50."))
    }

    @Test(arguments: [FixtureData.agent, FixtureData.auditor])
    func othersSeeTheSettingsGreyedWithTheCoresReason(user: User) throws {
        let world = try AutomationWorld.world(user: user)
        if user.role == .auditor { world.press("T") }
        let crumbs = world.app.breadcrumbs
        world.press("A")
        #expect(world.app.breadcrumbs == crumbs, "no settings screen opens")
        let refusal = try #require(world.app.message?.text)
        #expect(refusal.contains("change automation settings"))
        world.press(":")
        _ = world.app.type("automation settings")
        #expect(world.screen(120, 40).contains("Automation settings: what the nightly run sends by itself"))
        let reason = try #require(PermissionMatrix.refusal(user.role, .manageAutomation, nil))
        #expect(world.screen(120, 40).contains("(" + reason.prefix(8)), "greyed with the core's reason beside it")
    }

    @Test func thePreviewIsTheNightlyRunsDryRunAndWritesNothing() throws {
        let world = try AutomationWorld.world()
        try AutomationWorld.switchEverythingOn(world.store)
        let auditBefore = try world.store.audit(ref: nil, user: nil, since: nil, limit: nil).count
        world.press("N")
        let preview = try #require(world.app.automationPreview)
        let direct = try AutomationRun.run(store: world.store, user: AutomationWorld.lead,
                                           options: StoreData.previewOptions(asOf: Fixtures.asOf, policy: .default, firstSMS: nil),
                                           now: { Fixtures.at(2026, 3, 11, 9) })
        #expect(preview.report.results == direct.results)
        #expect(!preview.report.acted.isEmpty)
        #expect(try world.store.audit(ref: nil, user: nil, since: nil, limit: nil).count == auditBefore)
        for r in preview.report.acted { #expect(try world.load(r.ref).letters.isEmpty, "a preview queues nothing") }
        #expect(try RunRecord.latest(world.store) == nil)
        let first = try #require(preview.selectedRef)
        #expect(first == preview.report.acted.first?.ref)
        world.press("<Enter>")
        #expect(world.app.caseScreen?.ref == first)
    }

    @Test func thePreviewOpensFromTheSettingsToo() throws {
        let world = try AutomationWorld.world()
        world.press("AN")
        #expect(world.app.breadcrumbs == ["Team lead (rents)", "Automation settings", "Tonight's run would send"])
        #expect(world.screen().contains("Nothing: no setting that is on has a case to act on tonight."))
    }

    @Test func theTeamLeadViewShowsLastNightsRunOrThatThereWasNone() throws {
        let world = try AutomationWorld.world()
        #expect(world.screen(120, 40).contains("Automation has not run yet."))
        try AutomationWorld.switchEverythingOn(world.store, cap: 1)
        try AutomationWorld.runLastNight(world.store)
        world.press("R")
        let record = try #require(try RunRecord.latest(world.store))
        let screen = world.screen(120, 40)
        #expect(screen.contains("Automation, last run for 10 Mar 2026: \(record.letters) letter"))
        #expect(screen.contains("\(record.acted) case"))
        #expect(screen.contains("Left to officers: "))
    }
}

/// Golden text of the automation screens and the team lead view's automation lines, at 80×24 and 120×40.
@Suite struct AutomationGoldenTests {
    static let sizes = [(80, 24), (120, 40)]

    /// E01 and SC1 switched on (one with a cap and a start date), so the preview has cases, skips and cells off.
    static func world() throws -> StoreWorld {
        let world = try AutomationWorld.world()
        let lead = AutomationWorld.lead, at = Fixtures.at(2026, 3, 10, 17)
        try AutomationControl.apply(.init(patches: ["E01", "SC1"], accountTypes: AccountType.allCases, steps: AutomationStep.allCases,
                                          enabled: true), store: world.store, user: lead, at: at)
        try AutomationControl.apply(.init(patches: ["(none)"], accountTypes: [.secure], steps: [.letterTwo], enabled: true,
                                          dailyCap: 25, startDate: Fixtures.date(2026, 4, 1)), store: world.store, user: lead, at: at)
        world.press("R")
        world.app.message = nil
        return world
    }

    static func check(_ name: String, _ world: StoreWorld) {
        for (w, h) in sizes { GoldenFile.check(world.app.render(width: w, height: h), "\(name)-\(w)x\(h)") }
    }

    @Test func settings() throws {
        let world = try Self.world()
        world.press("Aj")
        Self.check("automation-settings", world)
    }

    @Test func preview() throws {
        let world = try Self.world()
        world.press("N")
        Self.check("automation-preview", world)
    }

    @Test func teamLeadAfterARun() throws {
        let world = try Self.world()
        try AutomationWorld.runLastNight(world.store)
        world.press("R")
        world.app.message = nil
        Self.check("teamlead-automation", world)
    }

    @Test func teamLeadBeforeAnyRun() throws {
        let world = try Self.world()
        Self.check("teamlead-automation-none", world)
    }
}
