import ArrearsCore
@testable import ArrearsUI

/// The store-backed test data answers the message form and the campaign screen as the executable's
/// data does: one SMS template in the settings, the SMS hours, a clock pinned at 10:00 on the as-of date,
/// and the core's campaign preparation.
extension StoreData: MessageData {
    static let smsTemplate = try! MessageTemplate(channel: .sms, id: "8c1e5a9e-2f4b-4c1d-9a7e-1b2c3d4e5f60",
                                                  text: "Dear ((name)), your rent account is ((arrears)) in arrears. Please pay with reference ((payment_ref)).")

    func messageSettings() throws -> (templates: [MessageTemplate], smsHours: SMSHours) { ([Self.smsTemplate], .standard) }
    var now: Timestamp { Fixtures.at(2026, 3, 11, 10) }

    func prepareCampaign(_ campaign: MessageCampaign, _ summaries: ArraySlice<CaseSummary>,
                         into preview: inout MessageCampaign.Preview) throws {
        try Access.check(user: currentUser, operation: .sendCampaign, account: nil)
        try campaign.prepare(summaries, into: &preview, store: store, asOf: asOf, at: now)
    }

    func recordCampaignPreview(_ campaign: MessageCampaign, _ preview: MessageCampaign.Preview) throws {
        try campaign.recordPreview(preview, store: store, user: currentUser, at: now)
    }
}

extension App {
    var campaignScreen: CampaignScreen? { stack.last as? CampaignScreen }

    /// Runs the top screen's work in parts to the end, as the loop does while no key waits.
    mutating func finishPendingWork() {
        while hasPendingWork { doPendingWork() }
    }
}
