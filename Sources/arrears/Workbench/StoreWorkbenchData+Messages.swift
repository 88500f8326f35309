import ArrearsCore
import ArrearsUI

/// The message form's and the campaign screen's data from the store: Notify's settings, the clock of
/// the run, and the core's campaign preparation.
extension StoreWorkbenchData: MessageData {
    func messageSettings() throws -> (templates: [MessageTemplate], smsHours: SMSHours) {
        let settings = try NotifySettings.load(from: store)
        return (settings.firstSMS.map { [$0] } ?? [], settings.smsHours)
    }

    var now: Timestamp { clock() }

    func prepareCampaign(_ campaign: MessageCampaign, _ summaries: ArraySlice<CaseSummary>,
                         into preview: inout MessageCampaign.Preview) throws {
        try Access.check(user: currentUser, operation: .sendCampaign, account: nil)
        try campaign.prepare(summaries, into: &preview, store: store, asOf: asOf, at: clock())
    }

    func recordCampaignPreview(_ campaign: MessageCampaign, _ preview: MessageCampaign.Preview) throws {
        try campaign.recordPreview(preview, store: store, user: currentUser, at: clock())
    }
}
