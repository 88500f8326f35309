/// One phone number or email address of a case's responsible tenants, judged by GOV.UK Notify's
/// rules before an officer picks it: a UK mobile or an email address Notify accepts can be sent to
/// (normalised as Notify sends it); anything else (a landline, a typing mistake) is shown refused with
/// Notify's reason, so the officer sees why it is not offered.
public struct MessageRecipient: Hashable, Sendable {
    public var contact: Contact
    public var channel: OutboxMessage.Channel
    /// As recorded on the case.
    public var given: String
    /// Notify's form (`447700900123`, a lower-cased domain), or nil when refused.
    public var normalised: String?
    /// Why Notify would refuse it, or nil.
    public var refusal: String?

    /// Every number and address of the responsible tenants, in the order the case lists them.
    public static func all(in file: CaseFile) -> [MessageRecipient] {
        file.account.responsibleContacts.flatMap { contact in
            contact.phones.map { phone -> MessageRecipient in
                switch UKMobileNumber.normalise(phone) {
                case .success(let number):
                    return MessageRecipient(contact: contact, channel: .sms, given: phone, normalised: number, refusal: nil)
                case .failure(let problem):
                    return MessageRecipient(contact: contact, channel: .sms, given: phone, normalised: nil,
                                            refusal: "cannot take a text message: \(problem)")
                }
            } + contact.emails.map { email in
                let address = EmailAddress.normalised(email)
                return MessageRecipient(contact: contact, channel: .email, given: email, normalised: address,
                                        refusal: address == nil ? "is not an email address GOV.UK Notify accepts" : nil)
            }
        }
    }

    /// Why a case has nothing an officer could send to, or nil when it has.
    public static func noneReason(in file: CaseFile) -> String? {
        all(in: file).contains { $0.refusal == nil } ? nil : "no valid UK mobile number or email address"
    }
}
