import Foundation

/// A rent campaign: one text message (or email) from a Notify template to the first responsible
/// tenant of every case a filter picks, as Hackney's income team sent them. A team lead previews it
/// (counts, skip reasons, one example message with its length) before anything is queued; queueing
/// writes each case's diary entry (GMS or GME) and outbox row, all in one transaction, and audits
/// the campaign. The same campaign name on the same date never queues a message twice, so a
/// campaign stopped half-way (or run again) only adds what is missing.
public struct MessageCampaign: Sendable {
    public var name: String
    public var template: MessageTemplate
    public var filter: CampaignFilter

    public init(name: String, template: MessageTemplate, filter: CampaignFilter) throws(MessageTemplate.Problem) {
        guard (1...40).contains(name.count), name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }) else {
            throw MessageTemplate.Problem(description: "campaign name '\(name)' must be 1 to 40 of a-z, 0-9 and _ (it is part of each message's reference)")
        }
        self.name = name; self.template = template; self.filter = filter
    }

    public struct Preview: Sendable {
        /// Cases the filter picked.
        public var matched = 0
        public var ready: [MessageToQueue] = []
        /// Picked cases that get nothing, with why (a reason per case, without the numbers).
        public var skipped: [(ref: String, reason: String)] = []
        /// Fragments the text messages will take in all (what Notify charges for).
        public var fragments: Int { ready.reduce(0) { $0 + ($1.length?.fragments ?? 0) } }
        public var example: MessageToQueue? { ready.first }

        /// Skip reasons with their counts, largest first.
        public var skipCounts: [(reason: String, count: Int)] {
            Dictionary(grouping: skipped, by: \.reason).map { ($0.key, $0.value.count) }.sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
        }
    }

    /// What the campaign would queue today. Reads every picked case; writes only an audit row.
    public func preview(store: CaseStore & NotifyOutboxStore, user: User, asOf: CivilDate, at: Timestamp) throws -> Preview {
        try Access.check(user: user, operation: .sendCampaign, account: nil)
        let preview = try prepare(store: store, asOf: asOf, at: at)
        try store.appendAudit(AuditRecord(at: at, user: user.login, operation: .sendCampaign, accountRef: nil,
                                          summary: "Campaign \(name) previewed (\(filter.text)): \(preview.ready.count) ready, \(preview.skipped.count) skipped",
                                          before: nil, after: nil))
        return preview
    }

    /// Queues the campaign's messages, prepared again from the cases as they are now, in one transaction.
    public func queue(store: CaseStore & NotifyOutboxStore, actions: CaseActions, at: Timestamp) throws -> Preview {
        try Access.check(user: actions.user, operation: .sendCampaign, account: nil)
        return try store.atomically {
            let preview = try prepare(store: store, asOf: actions.asOf, at: at)
            let session = try actions.runner.session(for: .sendCampaign)
            for item in preview.ready {
                _ = try actions.queueMessages(.sendCampaign, ref: item.message.accountRef, expectedVersion: nil, [item],
                                              why: "Campaign \(name).", session: session)
            }
            try store.appendAudit(AuditRecord(at: at, user: actions.user.login, operation: .sendCampaign, accountRef: nil,
                                              summary: "Campaign \(name) queued (\(filter.text)): \(preview.ready.count) \(template.channel.rawValue), \(preview.skipped.count) skipped",
                                              before: nil, after: AuditJSON.encode(preview.ready.map(\.message.id))))
            return preview
        }
    }

    private func prepare(store: CaseStore & NotifyOutboxStore, asOf: CivilDate, at: Timestamp) throws -> Preview {
        var preview = Preview()
        for summary in try store.summaries().sorted(by: { $0.ref < $1.ref }) where filter.matches(summary) {
            preview.matched += 1
            guard let file = try store.loadCase(ref: summary.ref) else { continue }
            if let reason = Self.skipReason(file, asOf: asOf) { preview.skipped.append((file.ref, reason)); continue }
            switch MessageToQueue.recipient(template.channel, in: file) {
            case .failure(let none):
                preview.skipped.append((file.ref, none.message))
            case .success(let (contact, recipient)):
                do {
                    let item = try MessageToQueue.prepare(template, key: name, file: file, contact: contact, recipient: recipient,
                                                          arrears: summary.collectableArrears, automated: false, asOf: asOf, at: at)
                    if try store.outboxMessage(id: item.message.id) != nil {
                        preview.skipped.append((file.ref, "already queued by this campaign today"))
                    } else {
                        preview.ready.append(item)
                    }
                } catch let refused as ActionRefused {
                    preview.skipped.append((file.ref, refused.message))
                }
            }
        }
        return preview
    }

    /// Holds (breathing space suspends every contact about the debt) and officers' pauses come first.
    static func skipReason(_ file: CaseFile, asOf: CivilDate) -> String? {
        if let hold = file.holds.first(where: { $0.isActive(asOf: asOf) }) { return "\(hold.kind.label.lowercased()) hold" }
        if let pause = file.pause, pause.isActive(asOf: asOf) { return "paused" }
        return nil
    }
}
