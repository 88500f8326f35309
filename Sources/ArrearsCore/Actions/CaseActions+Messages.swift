/// Text messages and emails queued on a case: the diary entry (GAT, GMS, GAE or GME with the
/// wording) and the outbox row are written in one transaction, so a message is never in the outbox
/// without its diary entry, nor the other way round. GOV.UK Notify sends it on the next
/// `arrears notify send` or nightly run, inside the SMS hours.
extension CaseActions {
    /// - Parameters:
    ///   - operation: `queueMessage` for one case's message, `sendCampaign` for a campaign's.
    ///   - why: appended to each diary comment (automation names its rule and setting).
    func queueMessages(_ operation: AccessOperation, ref: String, expectedVersion: Int?, _ items: [MessageToQueue],
                       why: String? = nil, session: ActionRunner.Session? = nil,
                       alsoInTransaction: () throws -> Void = {}) throws -> ActionOutcome {
        guard !items.isEmpty else { throw ActionRefused(field: "Message", "There is no message to queue.") }
        guard let outbox = store as? NotifyOutboxStore else {
            throw ActionRefused("This database keeps no GOV.UK Notify outbox, so messages cannot be queued.")
        }
        for item in items where item.message.accountRef != ref {
            throw ActionRefused(field: "Message", "Message \(item.message.id) is for \(item.message.accountRef), not \(ref).")
        }
        return try store.atomically {
            let result = try runner.run(operation, ref: ref, expectedVersion: expectedVersion, in: session) { _, _ in
                for item in items where try outbox.outboxMessage(id: item.message.id) != nil {
                    throw ActionRefused(field: "Message", "Message \(item.message.id) is already in the outbox.")
                }
                let ids = items.map(\.message.id)
                let prefix = operation == .sendCampaign ? "Campaign: " : user.login == AutomationRun.author ? "Automation: " : ""
                return CaseChange(diary: items.map { .init(code: $0.diaryCode, comment: $0.diaryComment + (why.map { " " + $0 } ?? "")) },
                                  auditSummary: prefix + "queued \(items[0].message.channel.rawValue) " + ids.joined(separator: ", "),
                                  before: nil, after: AuditJSON.encode(ids),
                                  message: "Queued \(Self.count(items.count, items[0].message.channel == .email ? "email" : "text message")) for \(ref)")
            }
            try outbox.addToOutbox(items.map(\.message))
            try alsoInTransaction()
            return result.outcome
        }
    }
}

extension CaseActions {
    /// An officer's own text message or email to one tenant of a case (Hackney's "Send SMS"): the
    /// recipient checked by Notify's rules, the wording filled in and (for SMS) counted, then queued
    /// with its GMS/GME diary entry in one transaction (`queue_message`). The id names the channel,
    /// date, case and tenant, so the same tenant gets at most one officer's message of each kind a day
    /// (a second Enter never sends twice).
    public func queueMessage(ref: String, expectedVersion: Int?, template: MessageTemplate, contactId: Int,
                             recipient: String) throws -> ActionOutcome {
        try Access.check(user: user, operation: .queueMessage, account: nil)
        guard let file = try store.loadCase(ref: ref) else { throw StoreError.caseNotFound(ref: ref) }
        guard let contact = file.account.responsibleContacts.first(where: { $0.id == contactId }) else {
            throw ActionRefused(field: "To", "\(ref) has no responsible tenant \(contactId).")
        }
        let arrears = try store.summary(ref: ref)?.collectableArrears ?? file.balance
        let item = try MessageToQueue.prepare(template, key: template.channel == .email ? "email" : "sms", file: file,
                                              contact: contact, recipient: recipient, arrears: arrears,
                                              automated: false, asOf: asOf, at: runner.now())
        if let outbox = store as? NotifyOutboxStore, try outbox.outboxMessage(id: item.message.id) != nil {
            throw ActionRefused(field: "To", "An officer's \(template.channel == .email ? "email" : "text message") to this tenant was already queued today (\(item.message.id)).")
        }
        return try queueMessages(.queueMessage, ref: ref, expectedVersion: expectedVersion, [item])
    }
}
