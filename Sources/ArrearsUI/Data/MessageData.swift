import ArrearsCore

/// What the message form and the campaign screen read beyond `WorkbenchData`: the GOV.UK Notify
/// settings (templates, SMS hours), the moment a message would be queued (the UI never reads the
/// clock), and the store for a campaign's preview. A data source without them still runs the rest
/// of the workbench; the message keys then say why.
public protocol MessageData: WorkbenchData {
    /// The message templates the settings name (`NotifySettings.firstSMS`), and the SMS hours.
    func messageSettings() throws -> (templates: [MessageTemplate], smsHours: SMSHours)
    /// Now, as the host's clock (or a test's) says.
    var now: Timestamp { get }
    /// Adds to `preview` what `campaign` would queue for those of `summaries` it picks
    /// (`MessageCampaign.prepare`), a part at a time.
    func prepareCampaign(_ campaign: MessageCampaign, _ summaries: ArraySlice<CaseSummary>,
                         into preview: inout MessageCampaign.Preview) throws
    /// Audits a finished preview (`MessageCampaign.recordPreview`).
    func recordCampaignPreview(_ campaign: MessageCampaign, _ preview: MessageCampaign.Preview) throws
}

extension Session {
    /// The message data, or nil when this data source has none.
    var messages: MessageData? { data as? MessageData }

    static let noMessages = "Text messages and emails are not available with this data source."
}
