import Foundation
import Testing
@testable import ArrearsCore

/// Text messages and emails: a campaign previewed and queued, then sent through the outbox to the
/// stand-in inside the SMS hours, never twice.
@Suite(.serialized) struct NotifyMessagesTests {
    static let asOf = d("2026-11-30")
    static let lead = User(login: "tara.lead", displayName: "Tara Lead", role: .teamLead)
    static let agent = User(login: "amy.agent", displayName: "Amy Agent", role: .agent)
    static let admin = User(login: "ada.admin", displayName: "Ada Admin", role: .administrator)
    static let templateId = "f33517ff-2a88-4f6e-b855-c550268ce08a"

    /// Four rent cases on E01 owing £7.50: M1 and M2 have mobiles, L1 only a landline, H1 is in breathing space.
    static func store(_ kind: StoreKind) throws -> SQLCaseStore {
        let store = try kind.fresh()
        try store.saveUsers([lead, agent, admin])
        var files: [CaseFile] = []
        for (ref, phones) in [("M1", ["07700 900123"]), ("M2", ["+44 7700 900456", "020 7946 0000"]), ("L1", ["020 7946 0001"]), ("H1", ["07700900789"])] {
            var b = CaseBuilder(ref: ref)
            b.collectable(gbp("7.50"), asOf: asOf)
            b.file.account.contacts[0].phones = phones
            b.file.account.contacts[0].emails = ["\(ref.lowercased())@example.com"]
            if ref == "H1" { b.file.holds = [Hold(id: 1, kind: .breathingSpaceStandard, start: asOf.adding(days: -3), end: nil)] }
            files.append(b.file)
        }
        try store.saveCases(files)
        try store.saveSummaries(files.map { ArrearsEngine.summary(of: $0, ArrearsEngine.classify($0, asOf: asOf, policy: .default), officer: nil) },
                                snapshot: nil)
        return store
    }

    static func campaign(_ channel: OutboxMessage.Channel = .sms, name: String = "rent_dec") throws -> MessageCampaign {
        var filter = CampaignFilter()
        filter.patches = ["E01"]
        filter.minimumArrears = gbp("5.00")
        return try MessageCampaign(name: name, template: MessageTemplate(channel: channel, id: templateId,
                                   text: "Dear ((name)), your rent account ((payment_ref)) is ((arrears)) behind. Please pay or call us."),
                                   filter: filter)
    }

    static func actions(_ store: SQLCaseStore, _ user: User = lead) -> CaseActions {
        CaseActions(store: store, user: user, now: { Timestamp(london: asOf, hour: 9) }, asOf: asOf) { file in
            ArrearsEngine.summary(of: file, ArrearsEngine.classify(file, asOf: asOf, policy: .default), officer: nil)
        }
    }

    static func outbox(_ store: SQLCaseStore, _ standIn: NotifyStandIn, at hour: Int, minute: Int = 0) throws -> NotifyOutbox {
        NotifyOutbox(store: store, actions: actions(store), client: try standIn.client(), fonts: nil, settings: NotifySettings(),
                     pacing: NotifyPacing(seconds: { Date().timeIntervalSince1970 }, sleep: { _ in }),
                     now: { Timestamp(london: asOf, hour: hour, minute: minute) })
    }

    @Test(arguments: StoreKind.tested) func thePreviewCountsSkipsAndShowsOneExampleAndQueuesNothing(kind: StoreKind) throws {
        let store = try Self.store(kind)
        let preview = try Self.campaign().preview(store: store, user: Self.lead, asOf: Self.asOf, at: Timestamp(london: Self.asOf, hour: 9))
        #expect(preview.matched == 4)
        #expect(preview.ready.map(\.message.accountRef) == ["M1", "M2"])
        #expect(preview.ready.map(\.message.recipient) == ["447700900123", "447700900456"])
        #expect(preview.skipCounts.map(\.reason) == ["breathing space hold", "no valid UK mobile number"])
        let example = try #require(preview.example)
        #expect(example.body == "Dear Ms Amara Okafor, your rent account PM1 is £7.50 behind. Please pay or call us.")
        #expect(example.length?.text == "83 characters, 1 fragment (GSM-7)")
        #expect(preview.fragments == 2)
        #expect(try store.outboxCounts().isEmpty)
        #expect(try store.audit(ref: nil, user: "tara.lead", since: nil, limit: nil).contains { $0.summary.hasPrefix("Campaign rent_dec previewed") })
    }

    @Test(arguments: StoreKind.tested) func onlyTeamLeadsSendCampaigns(kind: StoreKind) throws {
        let store = try Self.store(kind)
        for user in [Self.agent, Self.admin] {
            #expect(throws: AccessDenied.self) { try Self.campaign().preview(store: store, user: user, asOf: Self.asOf, at: Timestamp(london: Self.asOf)) }
            #expect(throws: AccessDenied.self) { try Self.campaign().queue(store: store, actions: Self.actions(store, user), at: Timestamp(london: Self.asOf)) }
        }
        #expect(try store.outboxCounts().isEmpty)
    }

    @Test(arguments: StoreKind.tested) func queueingWritesTheDiaryAndOutboxOnceAndNeverTwice(kind: StoreKind) throws {
        let store = try Self.store(kind)
        let queued = try Self.campaign().queue(store: store, actions: Self.actions(store), at: Timestamp(london: Self.asOf, hour: 9))
        #expect(queued.ready.count == 2)
        #expect(try store.outboxMessages(in: [.queued], limit: nil).map(\.id) == ["rent_dec-20261130-M1-1", "rent_dec-20261130-M2-1"])
        let m1 = try #require(try store.loadCase(ref: "M1"))
        let entry = try #require(m1.diary.last)
        #expect(entry.code == "GMS" && entry.user == "tara.lead")
        #expect(entry.comment.contains("to 447700900123 (1 fragment): Dear Ms Amara Okafor") && entry.comment.hasSuffix("Campaign rent_dec."))
        let again = try Self.campaign().queue(store: store, actions: Self.actions(store), at: Timestamp(london: Self.asOf, hour: 10))
        #expect(again.ready.isEmpty && again.skipCounts.first?.reason == "already queued by this campaign today")
        #expect(try store.outboxMessages(in: [.queued], limit: nil).count == 2)
        #expect(try store.loadCase(ref: "M1")?.diary.filter { $0.code == "GMS" }.count == 1)
    }

    @Test(arguments: StoreKind.tested) func textMessagesWaitForTheSMSHoursThenGoOnce(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind)
        _ = try Self.campaign().queue(store: store, actions: Self.actions(store), at: Timestamp(london: Self.asOf, hour: 7))
        let early = try Self.outbox(store, standIn, at: 7, minute: 59).send()
        #expect(early.accepted == 0 && early.outsideSMSHours == 2 && early.notes.contains { $0.contains("08:00-20:00") })
        #expect(try standIn.received().isEmpty)
        let late = try Self.outbox(store, standIn, at: 20).send()
        #expect(late.accepted == 0 && late.outsideSMSHours == 2)
        let inHours = try Self.outbox(store, standIn, at: 8).send()
        #expect(inHours.accepted == 2 && inHours.failed.isEmpty)
        let sent = try standIn.receivedNotifications()
        #expect(sent.map { $0["phone_number"] as? String } == ["447700900123", "447700900456"])
        #expect(sent.allSatisfy { ($0["template"] as? [String: Any])?["id"] as? String == Self.templateId })
        #expect((sent[0]["personalisation"] as? [String: String]) == ["name": "Ms Amara Okafor", "payment_ref": "PM1", "arrears": "£7.50"])
        #expect(try Self.outbox(store, standIn, at: 9).send().accepted == 0)
        #expect(try standIn.received().count == 2)
        // Polled: the stand-in (step 0) reports them delivered; the history keeps each status with its time.
        let polled = try Self.outbox(store, standIn, at: 15).poll()
        #expect(polled.changed == 2 && polled.failed == 0)
        let message = try #require(try store.outboxMessage(id: "rent_dec-20261130-M1-1"))
        #expect(message.statusHistory.map(\.status) == ["accepted", "delivered"])
        #expect(message.statusHistory.map(\.at) == [Timestamp(london: Self.asOf, hour: 8), Timestamp(london: Self.asOf, hour: 15)])
    }

    @Test(arguments: StoreKind.tested) func emailsGoAtAnyHourWithTheirAddress(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind)
        let queued = try Self.campaign(.email, name: "rent_dec_email").queue(store: store, actions: Self.actions(store), at: Timestamp(london: Self.asOf, hour: 9))
        #expect(queued.ready.map(\.message.accountRef) == ["L1", "M1", "M2"], "a landline does not stop an email")
        #expect(try store.loadCase(ref: "L1")?.diary.last?.code == "GME")
        #expect(try Self.outbox(store, standIn, at: 22).send().accepted == 3)
        #expect(try standIn.receivedNotifications().compactMap { $0["email_address"] as? String }.sorted() == ["l1@example.com", "m1@example.com", "m2@example.com"])
    }

    @Test(arguments: StoreKind.tested) func aTextMessageWhoseAnswerWasLostIsFoundByReferenceNotSentAgain(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind)
        _ = try Self.campaign().queue(store: store, actions: Self.actions(store), at: Timestamp(london: Self.asOf, hour: 9))
        try standIn.control(#"{"fail_next": 1, "fail_status": "drop"}"#)
        #expect(try Self.outbox(store, standIn, at: 9).send().accepted == 2)
        #expect(try standIn.received().count == 2)
        // A crash after `sending` was committed: the next run looks it up before sending.
        var row = try #require(try store.outboxMessage(id: "rent_dec-20261130-M1-1"))
        row.state = .sending
        try store.saveOutboxMessage(row)
        let next = try Self.outbox(store, standIn, at: 10).send()
        #expect(next.reconciled == 1 && next.accepted == 1)
        #expect(try standIn.received().count == 2)
    }

    @Test func theStandInRefusesWhatNotifyWould() throws {
        let standIn = try NotifyStandIn()
        let client = try standIn.client()
        func refusal(_ channel: OutboxMessage.Channel, _ to: String, template: String = Self.templateId) -> String? {
            do { _ = try client.sendFromTemplate(channel, to: to, templateId: template, personalisation: [], reference: "r1"); return nil }
            catch { return error.description }
        }
        #expect(refusal(.sms, "020 7946 0000")?.contains("ValidationError: phone_number Not a UK mobile number") == true)
        #expect(refusal(.email, "not an address")?.contains("ValidationError: email_address Not a valid email address") == true)
        #expect(refusal(.sms, "07700900123", template: "green")?.contains("template_id is not a valid UUID") == true)
        #expect(refusal(.sms, "07700900123") == nil)
        #expect(refusal(.email, "amara@example.com") == nil)
    }
}
