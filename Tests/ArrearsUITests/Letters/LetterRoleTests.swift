import Testing
import ArrearsCore
@testable import ArrearsUI

/// Who may do what with letters: the screens offer only what the role may do, and the core refuses
/// the rest even when a request gets past the screens.
@Suite struct LetterRoleTests {
    @Test func anAuditorReadsLettersButCannotQueueCancelOrReview() throws {
        var world = try LetterWorld(user: FixtureData.auditor)
        world.app.openCase(ref: LetterFlowTests.ada)
        world.press("l")
        #expect(world.app.message?.text == "Send a letter: choose a template and preview it is not available to an auditor.")
        #expect(world.app.overlay == nil)
        world.press("B")
        #expect(world.app.message?.text == "Bulk letters: paste references, check, queue is not available to an auditor.")
        world.press("L")
        #expect(world.app.breadcrumbs.last == "Letters")
        world.press("<Tab>x")
        #expect(world.app.message?.text == "Cancel the selected queued letter is not available to an auditor.")
        world.press("<Enter>")
        #expect(world.screen().text.contains("Dear tenant"), "reading is allowed")
        world.press("s")
        #expect(world.app.message?.text == "Queue these letters is not available to an auditor.")
        #expect(world.outcomes.isEmpty)
        let help = HelpDocument.build(context: .caseDetails, registry: .standard, keymap: Keymap(registry: .standard), width: 200,
                                      unavailable: { $0.allows(.auditor) ? nil : "not available to an auditor" })
            .lines.map(\.text).joined(separator: "\n").components(separatedBy: "Not available here")
        #expect(!help[0].contains("Send a letter"))
        #expect(help.last?.contains("Send a letter: choose a template and preview it: not available to an auditor") == true,
                "the auditor's help greys sending a letter and says why")
    }

    @Test func anAgentIsNotOfferedLeaseholdTemplates() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        world.press("B")
        guard let picker = world.app.overlay as? TemplatePicker else { Issue.record("no template picker"); return }
        #expect(!picker.templates.isEmpty)
        #expect(picker.templates.allSatisfy { $0.serviceArea == .rent })
        #expect(!picker.templates.contains { $0.id == "leasehold_letter_1_leasehold" })
        world.press("<Esc><Esc>")
        world.app.openCase(ref: "LH0001")
        world.press("l")
        #expect(world.app.overlay == nil)
        #expect(world.app.message?.text == "No letter templates are offered to a collection agent for a leasehold account.")
    }

    @Test func aTeamLeadIsOfferedTheTemplatesOfTheCasesSide() throws {
        var world = try LetterWorld(user: FixtureData.teamLead)
        world.app.openCase(ref: "LH0001")
        world.press("l")
        guard let picker = world.app.overlay as? TemplatePicker else { Issue.record("no template picker"); return }
        #expect(picker.templates.map(\.id) == LetterTemplateCatalogue.standard.offered(for: .leasehold, debtKind: .serviceCharge,
                                                                                         role: .teamLead).map(\.id))
        #expect(picker.templates.allSatisfy { $0.serviceArea == .leasehold })
    }

    @Test func theCoreRefusesARequestTheRoleMayNotMake() throws {
        // A leasehold letter prepared as a team lead, then sent by an agent's executor: the screens
        // would never offer it, and the core refuses it all the same.
        var lead = try LetterWorld(user: FixtureData.teamLead)
        lead.app.openCase(ref: "LH0001")
        lead.press("l<Enter>s")
        guard let question = lead.app.overlay as? ConfirmPrompt, case .letters(let request) = question.then else {
            Issue.record("no confirmation"); return
        }
        let actions = CaseActions(store: lead.store, user: FixtureData.agent, now: { LetterWorld.now }, asOf: Fixtures.asOf,
                                  reclassify: LetterFixtures.reclassify)
        let outcome = LetterActionExecutor(actions: actions).perform(request)
        #expect(!outcome.succeeded)
        #expect(outcome.message.hasPrefix("Nothing was queued: Refused: aagent (Collection agent) may not queue a letter"))
        #expect(try lead.load("LH0001").letters.isEmpty)
    }

    @Test func anInvalidDraftIsRefusedByTheExecutorToo() throws {
        let world = try LetterWorld(user: FixtureData.agent)
        let file = try world.load(LetterFlowTests.ada)
        let template = try #require(LetterTemplateCatalogue.standard.template(id: "court_date"))
        let prepared = LetterPreparation.prepare(template, caseFile: file, figures: LetterFigures(collectableArrears: file.balance),
                                                 asOf: Fixtures.asOf, sender: .example, role: .agent)
        let drafts = prepared.letters.map { LetterDraft(id: "court-\($0.rendered.contactId)", prepared: $0) }
        let request = LetterRequest.queue(LettersForCase(ref: file.ref, expectedVersion: file.account.version, letters: drafts))
        let outcome = world.executor.perform(request)
        #expect(!outcome.succeeded)
        #expect(outcome.message == "Nothing was queued: The letter to Ms Ada Okafor cannot be queued: "
                + "Court case is missing: record the court date first.")
    }

    @Test func letterActionsAreOfferedToTheRolesThePermissionMatrixAllows() {
        let registry = ActionRegistry.standard
        #expect(registry[.sendLetter]?.roles == [.agent, .leaseholdOfficer, .teamLead])
        #expect(registry[.openBulkLetters]?.roles == [.agent, .leaseholdOfficer, .teamLead])
        #expect(registry[.cancelLetter]?.roles == [.agent, .leaseholdOfficer, .teamLead])
        #expect(registry[.openLetters]?.roles == [.agent, .leaseholdOfficer, .teamLead, .auditor])
        let asking: [ActionID] = [.queueLetters, .bulkQueueAll, .cancelLetter, .reviewLetter]
        #expect(asking.allSatisfy { registry[$0]?.isDestructive == true })
    }
}
