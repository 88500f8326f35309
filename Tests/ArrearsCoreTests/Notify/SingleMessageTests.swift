import Foundation
import Testing
@testable import ArrearsCore

/// An officer's own message to one tenant (`CaseActions.queueMessage`), the recipients a case offers,
/// a campaign prepared a part at a time, and who may do each, checked in the core.
@Suite struct SingleMessageTests {
    typealias Setup = NotifyMessagesTests
    static let auditor = User(login: "aud.itor", displayName: "Aud Itor", role: .auditor)
    static var template: MessageTemplate { try! MessageTemplate(channel: .sms, id: Setup.templateId, text: "Dear ((name)), please call us.") }

    @Test(arguments: StoreKind.tested) func anOfficersMessageIsQueuedWithItsGMSEntryOnceADay(kind: StoreKind) throws {
        let store = try Setup.store(kind)
        let actions = Setup.actions(store, Setup.agent)
        let outcome = try actions.queueMessage(ref: "M2", expectedVersion: nil, template: Self.template, contactId: 1, recipient: "+44 7700 900456")
        #expect(outcome.message == "Queued 1 text message for M2")
        #expect(try store.outboxMessages(in: [.queued], limit: nil).map(\.id) == ["sms-20261130-M2-1"])
        #expect(try store.loadCase(ref: "M2")?.diary.last?.code == "GMS")
        #expect(throws: ActionRefused.self) {
            try actions.queueMessage(ref: "M2", expectedVersion: nil, template: Self.template, contactId: 1, recipient: "+44 7700 900456")
        }
        #expect(try store.outboxMessages(in: [.queued], limit: nil).count == 1)
    }

    @Test(arguments: StoreKind.tested) func aLandlineIsRefusedWithNotifysReasonAndNothingIsWritten(kind: StoreKind) throws {
        let store = try Setup.store(kind)
        #expect(throws: ActionRefused.self) {
            try Setup.actions(store, Setup.agent).queueMessage(ref: "L1", expectedVersion: nil, template: Self.template, contactId: 1,
                                                               recipient: "020 7946 0001")
        }
        #expect(try store.outboxMessages(in: [.queued], limit: nil).isEmpty)
        let recipients = MessageRecipient.all(in: try #require(try store.loadCase(ref: "L1")))
        #expect(recipients.map(\.refusal) == ["cannot take a text message: Not a UK mobile number", nil])
    }

    @Test(arguments: StoreKind.tested) func anAuditorMayNotQueueAMessageNorAnAgentACampaign(kind: StoreKind) throws {
        let store = try Setup.store(kind)
        try store.saveUsers([Self.auditor])
        #expect(throws: AccessDenied.self) {
            try Setup.actions(store, Self.auditor).queueMessage(ref: "M1", expectedVersion: nil, template: Self.template, contactId: 1,
                                                                recipient: "07700 900123")
        }
        #expect(throws: AccessDenied.self) { try Setup.actions(store, Setup.agent).queueCampaign(try Setup.campaign()) }
        #expect(try store.outboxMessages(in: [.queued], limit: nil).isEmpty)
    }

    @Test(arguments: StoreKind.tested) func aPreviewInPartsIsThePreviewAtOnce(kind: StoreKind) throws {
        let store = try Setup.store(kind)
        let campaign = try Setup.campaign()
        let at = Timestamp(london: Setup.asOf, hour: 9)
        let whole = try campaign.preview(store: store, user: Setup.lead, asOf: Setup.asOf, at: at)
        var parts = MessageCampaign.Preview()
        let summaries = try store.summaries().sorted { $0.ref < $1.ref }
        for start in stride(from: 0, to: summaries.count, by: 1) {
            try campaign.prepare(summaries[start..<start + 1], into: &parts, store: store, asOf: Setup.asOf, at: at)
        }
        #expect(parts.report(campaign, queued: false) == whole.report(campaign, queued: false))
    }
}
