import Testing
import ArrearsCore
@testable import ArrearsUI

/// `u`, and what each role is offered and refused.
@Suite struct UndoAndRoleTests {
    static let ada = "0101001/01"

    @Test func undoVoidsTheLastDiaryEntryAfterAskingWhatItUndoes() throws {
        let world = try StoreWorld()
        world.press("u")
        #expect(world.app.message?.text == "Nothing to undo: you have not changed anything in this session.")
        world.openByKeys(Self.ada)
        world.press("d")
        world.app.type("inc")
        world.press("<Tab>")
        world.app.type("Rang about the bill.")
        world.press("<Enter>")
        world.press("u")
        guard let prompt = world.app.overlay as? ConfirmPrompt else { Issue.record("u did not ask"); return }
        #expect(prompt.question == "Undo \u{201C}Added INC Incoming telephone call to \(Self.ada)\u{201D}?")
        world.press("n")
        #expect(try world.load(Self.ada).diary.last?.code == "INC")
        world.press("uy")
        let diary = try world.load(Self.ada).diary
        #expect(diary.suffix(2).map(\.code) == ["INC", "VOI"], "the entry stays; a voiding entry is added")
        #expect(diary.last?.voids == diary[diary.count - 2].id)
        #expect(world.app.message?.text == "Undone: diary entry INC on \(Self.ada) voided")
        #expect(world.app.caseScreen?.summary?.lastActionCode == "VIU", "the case is classified as if the entry were absent")
        world.press("u")
        #expect(world.app.message?.text == "Nothing to undo: you have not changed anything in this session.")
    }

    @Test func undoOfALegalStepIsRefusedWithItsReason() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("n")
        world.app.type("today")
        world.press("<Enter>uy")
        #expect(world.app.message?.kind == .error)
        #expect(world.app.message?.text.hasSuffix("cannot be undone: it records a legal step that happened; add a diary entry to correct it.") == true)
        #expect(try world.load(Self.ada).notices.count == 1)
    }

    @Test func undoLiftsAPause() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("p")
        world.app.type("+10d")
        world.press("<Tab>")
        world.app.type("missing")
        world.press("<Tab>")
        world.app.type("Waiting for the tenancy file.")
        world.press("<Enter>uy")
        #expect(try world.load(Self.ada).pause == nil)
        #expect(world.app.message?.text == "Undone: \(Self.ada) is no longer paused")
    }

    @Test func anAuditorIsOfferedNoActionAndRefusedOnePressedAnyway() throws {
        let world = try StoreWorld(user: FixtureData.auditor)
        world.openByKeys(Self.ada)
        #expect(world.app.caseScreen?.ref == Self.ada)
        let statusBar = world.app.render(width: 120, height: 24).rowText(23)
        #expect(!statusBar.contains("diary") && !statusBar.contains("pause"))
        let here = Availability(session: world.app.session, screen: world.app.stack.last)
        let help = HelpDocument.build(context: .caseDetails, registry: .standard, keymap: Keymap(registry: .standard), width: 200,
                                      unavailable: here.reason).lines.map(\.text).joined(separator: "\n")
        let available = help.components(separatedBy: "Not available here")
        #expect(available.count == 2, "the help has a greyed section")
        #expect(!available[0].contains("Add a diary entry") && !available[0].contains("Undo my last action"))
        #expect(available[1].contains("Add a diary entry: auditors read everything and change nothing"))
        world.press("?")
        world.press("<Esc>:")
        guard let palette = world.app.overlay as? CommandPalette else { Issue.record("no palette"); return }
        let listed = palette.results(registry: .standard, unavailable: Availability(session: world.app.session, screen: world.app.stack.last).reason)
        let offered = listed.filter { $0.unavailable == nil }.map(\.item.id)
        #expect(listed.first { $0.item.id == .addDiaryEntry }?.unavailable == "auditors read everything and change nothing",
                "the palette lists what the auditor may not run, greyed, with the reason")
        #expect(!offered.contains(.addDiaryEntry) && !offered.contains(.pauseCase) && !offered.contains(.undo))
        #expect(offered.contains(.pane(.audit)))
        world.press("<Esc>d")
        #expect(world.app.form == nil)
        #expect(world.app.message?.text == "Refused: audit (Auditor) may not add a diary entry: auditors read everything and change nothing.")
        #expect(try world.load(Self.ada).diary.count == 4)
    }

    @Test func anAgentCannotActOnALeaseholdCaseAndTheCoreSaysSoToo() throws {
        let world = try StoreWorld()
        world.app.openCase(ref: "LH0001")
        let statusBar = world.app.render(width: 120, height: 24).rowText(23)
        #expect(!statusBar.contains("d diary"), "the side rule hides the keys on this case")
        world.press("p")
        #expect(world.app.form == nil)
        #expect(world.app.message?.text == "Refused: aagent (Collection agent) may not pause a case: collection agents act on rent accounts only, and this is a leasehold account.")
        let direct = world.executor.perform(.onCase(ref: "LH0001", expectedVersion: 1, .addDiaryEntry(code: "OTC", comment: "x")))
        #expect(direct.outcome == .refused(field: nil))
        #expect(direct.message.hasPrefix("Refused: aagent (Collection agent) may not add a diary entry"))
        #expect(try world.load("LH0001").diary.count == 1)
    }

    @Test func aTeamLeadAndAnAuditorSeeTheAuditPaneAndAnAgentDoesNot() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("W")
        world.openByKeys(Self.ada)
        world.press("d")
        world.app.type("otc")
        world.press("<Tab>")
        world.app.type("Spoke to the tenant.")
        world.press("<Enter>7")
        #expect(world.app.caseScreen?.pane == .audit)
        let screen = world.screen(100, 30)
        #expect(screen.contains("7 Audit (1)"))
        #expect(screen.contains("Add a diary entry · tlead"))
        #expect(screen.contains("Diary entry OTC added"))
        #expect(!screen.contains("Spoke to the tenant."), "the audit trail holds no comments")

        let auditor = try StoreWorld(user: FixtureData.auditor)
        auditor.openByKeys(Self.ada)
        auditor.press("7")
        #expect(auditor.app.caseScreen?.pane == .audit)

        let agent = try StoreWorld()
        agent.openByKeys(Self.ada)
        #expect(!agent.screen(120, 24).contains("Audit"))
        agent.press("7")
        #expect(agent.app.caseScreen?.pane == .overview)
        #expect(agent.app.message?.text == "Refused: aagent (Collection agent) may not view the audit trail: only team leads, auditors and administrators may view the audit trail.")
    }
}
