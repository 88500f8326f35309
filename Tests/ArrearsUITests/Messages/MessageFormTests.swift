import Testing
import ArrearsCore
@testable import ArrearsUI

/// The case page's text message form (`m`): recipients judged by Notify's rules, live counts at every
/// boundary, the SMS hours, and the core's queueing with its diary entry.
@Suite struct MessageFormTests {
    static let ref = "0101001/01"
    static let inHours = Fixtures.at(2026, 3, 11, 10)

    static func line(_ text: String, at: Timestamp = inHours) -> (String, StyleRole) {
        MessageForm.lengthLine(text, channel: .sms, hours: .standard, now: at)
    }

    @Test(arguments: [
        (String(repeating: "a", count: 160), "160 characters, 1 fragment (GSM-7)"),
        (String(repeating: "a", count: 161), "161 characters, 2 fragments (GSM-7)"),
        (String(repeating: "a", count: 306), "306 characters, 2 fragments (GSM-7)"),
        (String(repeating: "a", count: 307), "307 characters, 3 fragments (GSM-7)"),
        (String(repeating: "ł", count: 70), "70 characters, 1 fragment (UCS-2)"),
        (String(repeating: "ł", count: 71), "71 characters, 2 fragments (UCS-2)"),
        (String(repeating: "a", count: 159) + "€", "161 characters, 2 fragments (GSM-7)"),
        (String(repeating: "a", count: 918), "918 characters, 6 fragments (GSM-7)"),
    ])
    func liveCountsAtTheFragmentBoundaries(text: String, expected: String) {
        let (shown, role) = Self.line(text)
        #expect(shown == expected)
        #expect(role == .overlay)
    }

    @Test func overNineHundredAndEighteenIsRefusedAsItIsTyped() {
        let (shown, role) = Self.line(String(repeating: "a", count: 919))
        #expect(shown == "919 characters, 7 fragments (GSM-7): refused, GOV.UK Notify takes at most 918 characters")
        #expect(role == .error)
    }

    @Test(arguments: [(7, 59, true), (8, 0, false), (19, 59, false), (20, 0, true)])
    func outsideTheSMSHoursItSaysItWillWait(hour: Int, minute: Int, waits: Bool) {
        let (shown, _) = Self.line("Hello", at: Fixtures.at(2026, 3, 11, hour, minute))
        #expect(shown.hasSuffix("; outside the SMS hours (08:00-20:00 London time) it will wait until 08:00") == waits)
    }

    @Test func typingInTheFormUpdatesTheCountsAndRefusesEnterOverTheLimit() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ref)
        world.press("m")
        var form = try #require(world.app.overlay as? FormOverlay)
        #expect(form.form.text(MessageForm.message) == StoreData.smsTemplate.text, "the template's wording is filled in")
        guard case .info(let reads, _) = form.form[MessageForm.reads].kind else { Issue.record("no Reads line"); return }
        #expect(reads == "Dear Ms Ada Okafor, your rent account is £1,530 in arrears. Please pay with reference 8010100101.")
        world.press("<Tab><Tab>")
        for _ in 0..<StoreData.smsTemplate.text.count { world.press("<BS>") }
        _ = world.app.type(String(repeating: "a", count: 161))
        form = try #require(world.app.overlay as? FormOverlay)
        guard case .info(let length, _) = form.form[MessageForm.length].kind else { Issue.record("no Length line"); return }
        #expect(length == "161 characters, 2 fragments (GSM-7)")
        _ = world.app.type(String(repeating: "a", count: 758))
        world.press("<Enter>")
        #expect(world.app.overlay is FormOverlay, "still open")
        #expect((world.app.overlay as? FormOverlay)?.form.problem?.text == "Message: The message is 919 characters; GOV.UK Notify refuses more than 918")
        #expect(try world.store.outboxMessages(in: [.queued], limit: nil).isEmpty)
    }

    @Test func enterAsksThenQueuesTheMessageWithItsDiaryEntryInOneAction() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ref)
        world.press("m<Enter>")
        guard case .confirmingSubmit(let question, _)? = (world.app.overlay as? FormOverlay)?.form.phase else {
            Issue.record("Enter did not ask"); return
        }
        #expect(question == "Queue this text message to 07700 900001 (Ada Okafor) for GOV.UK Notify?")
        world.press("y")
        #expect(world.app.overlay == nil)
        #expect(world.app.message?.text == "Queued 1 text message for \(Self.ref)")
        let queued = try world.store.outboxMessages(in: [.queued], limit: nil)
        #expect(queued.map(\.id) == ["sms-20260311-0101001-01-1"])
        #expect(queued.first?.recipient == "447700900001")
        let diary = try #require(try world.load(Self.ref).diary.last)
        #expect(diary.code == "GMS")
        #expect(diary.comment.hasPrefix("SMS 'sms-20260311-0101001-01-1' queued for GOV.UK Notify to 447700900001 (1 fragment): Dear Ms Ada Okafor"))

        world.press("m<Enter>y")
        #expect(world.app.message?.text == "An officer's text message to this tenant was already queued today (sms-20260311-0101001-01-1).")
        #expect(try world.store.outboxMessages(in: [.queued], limit: nil).count == 1, "never twice")
    }

    @Test func landlinesAreShownRefusedAndACaseWithoutAMobileOrEmailGreysTheAction() throws {
        var cases = Fixtures.cases
        cases[0].account.contacts[0].phones = ["020 7946 0000"]
        cases[0].account.contacts[0].emails = []
        cases[1].account.contacts[0].phones = ["020 7946 0001", "07700 900102"]
        let world = try StoreWorld(cases: cases)
        world.openByKeys(Self.ref)
        world.press("m")
        #expect(world.app.overlay == nil)
        #expect(world.app.message?.text == "\(Self.ref) has no valid UK mobile number or email address for a responsible tenant.")
        world.press("?")
        let help = world.screen(120, 200)
        #expect(help.contains("Send a text message or email through GOV.UK Notify: n"), "greyed under Not available here, with the reason")

        world.press("<Esc><Esc>")
        world.openByKeys("0101002/01")
        world.press("m")
        let form = try #require(world.app.overlay as? FormOverlay)
        guard case .info(let refused, _) = form.form[MessageForm.refused].kind else { Issue.record("no Refused line"); return }
        #expect(refused.hasPrefix("020 7946 0001 ("))
        #expect(refused.contains(") cannot take a text message: Not a UK mobile number"))
    }

    @Test func anSMSTemplateToAnEmailAddressAndABadTemplateIdAreRefusedAgainstTheirFields() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ref)
        world.press("m<Right><Enter>")
        #expect((world.app.overlay as? FormOverlay)?.form.problem
                == FieldProblem(MessageForm.template, "That is a text message template; the message is an email."))
        world.press("<Right><Tab>")   // the focus is on the field refused: Another template id, then its field
        _ = world.app.type("not-a-uuid")
        world.press("<Enter>")
        #expect((world.app.overlay as? FormOverlay)?.form.problem
                == FieldProblem(MessageForm.templateId, "template id 'not-a-uuid' is not a GOV.UK Notify template id (a UUID)"))
        #expect(try world.store.outboxMessages(in: [.queued], limit: nil).isEmpty)
    }

    @Test func anAuditorMayNotSendAndIsToldWhy() throws {
        let world = try StoreWorld(user: FixtureData.auditor)
        world.openByKeys(Self.ref)
        world.press("m")
        #expect(world.app.overlay == nil)
        #expect(world.app.message?.kind == .warning)
        #expect(world.app.message?.text.contains("queue a text message or email") == true)
        #expect(try world.store.outboxMessages(in: [.queued], limit: nil).isEmpty)
    }

    @Test func goldens() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ref)
        world.press("m")
        GoldenFile.check(world.app.render(width: 80, height: 24), "message-form-80x24")
        GoldenFile.check(world.app.render(width: 120, height: 40), "message-form-120x40")
    }
}
