import Foundation

/// A text message or email for one tenant of a case, checked and ready for the outbox: the number
/// or address passed Notify's rules, the wording is filled in and (for SMS) counted.
public struct MessageToQueue: Hashable, Sendable {
    public var message: OutboxMessage
    /// The message as the tenant reads it, for the diary and the preview.
    public var body: String
    public var diaryCode: String
    /// Characters and fragments, for a text message.
    public var length: SMSLength?

    /// Diary codes as Hackney wrote them: GAT/GAE for automated messages, GMS/GME for an officer's or
    /// a campaign's (income-api.md, action codes).
    public static func diaryCode(_ channel: OutboxMessage.Channel, automated: Bool) -> String {
        switch (channel, automated) {
        case (.email, true): return "GAE"
        case (.email, false): return "GME"
        case (_, true): return "GAT"
        case (_, false): return "GMS"
        }
    }

    /// The first responsible tenant with a number (or address) Notify will take, and it normalised;
    /// otherwise why there is none. The numbers themselves are never in the reason.
    public static func recipient(_ channel: OutboxMessage.Channel, in file: CaseFile) -> Result<(Contact, String), ActionRefused> {
        for contact in file.account.responsibleContacts {
            let candidates = channel == .email ? contact.emails.compactMap(EmailAddress.normalised)
                                               : contact.phones.compactMap(UKMobileNumber.normalised)
            if let first = candidates.first { return .success((contact, first)) }
        }
        return .failure(ActionRefused(field: channel == .email ? "Email" : "Mobile",
                                      channel == .email ? "no valid email address" : "no valid UK mobile number"))
    }

    /// Prepares one message. `key` names what sends it (`first_sms`, a campaign's name): with the
    /// date, the case and the tenant it makes the message's id, which is also its Notify reference
    /// (no personal data), so the same message is never queued twice.
    public static func prepare(_ template: MessageTemplate, key: String, file: CaseFile, contact: Contact, recipient: String,
                               arrears: Money, automated: Bool, asOf: CivilDate, at: Timestamp) throws -> MessageToQueue {
        let channel = template.channel
        let checked: String
        switch channel {
        case .sms:
            switch UKMobileNumber.normalise(recipient) {
            case .success(let number): checked = number
            case .failure(let problem): throw ActionRefused(field: "Mobile", "\(recipient) cannot take a text message: \(problem)")
            }
        default:
            guard let address = EmailAddress.normalised(recipient) else {
                throw ActionRefused(field: "Email", "'\(recipient)' is not an email address GOV.UK Notify accepts")
            }
            checked = address
        }
        let values = MessageTemplate.values(for: file, contact: contact, arrears: arrears)
        let body = template.render(values)
        var length: SMSLength?
        if channel == .sms {
            let measured = SMSLength(body)
            if let problem = measured.problem { throw ActionRefused(field: "Message", problem) }
            length = measured
        }
        let date = asOf.isoText.replacingOccurrences(of: "-", with: "")
        let id = "\(key)-\(date)-\(file.account.ref.replacingOccurrences(of: "/", with: "-"))-\(contact.id)"
        let message = OutboxMessage(id: id, channel: channel, accountRef: file.account.ref, reference: id, recipient: checked,
                                    templateId: template.id, personalisation: template.personalisation(values),
                                    createdAt: at, updatedAt: at)
        return MessageToQueue(message: message, body: body, diaryCode: diaryCode(channel, automated: automated), length: length)
    }

    /// `SMS queued for GOV.UK Notify to 447700900123 (1 fragment): <wording>`.
    var diaryComment: String {
        let what = message.channel == .email ? "Email" : "SMS"
        let size = length.map { " (\($0.fragments) fragment\($0.fragments == 1 ? "" : "s"))" } ?? ""
        return "\(what) '\(message.id)' queued for GOV.UK Notify to \(message.recipient ?? "")\(size): \(body)"
    }
}
