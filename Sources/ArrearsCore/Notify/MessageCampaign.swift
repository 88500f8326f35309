import Foundation

/// A rent campaign: one text message (or email) from a Notify template to the first responsible
/// tenant of every case a filter picks, as Hackney's income team sent them. A team lead previews it
/// (counts, skip reasons, one example message with its length) before anything is queued; queueing
/// writes each case's diary entry (GMS or GME) and outbox row, all in one transaction, and audits
/// the campaign. The same campaign name on the same date never queues a message twice, so a
/// campaign stopped half-way (or run again) only adds what is missing.
public struct MessageCampaign: Hashable, Sendable {
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
        public init() {}
        /// Cases the filter picked.
        public var matched = 0
        public var ready: [MessageToQueue] = []
        /// Picked cases that get nothing, with why (a reason per case, without the numbers).
        public var skipped: [(ref: String, reason: String)] = []
        /// Fragments the text messages will take in all (what Notify charges for).
        public var fragments: Int { ready.reduce(0) { $0 + ($1.length?.fragments ?? 0) } }
        public var example: MessageToQueue? { ready.first }

        /// What a preview (or a queued campaign) comes to, as `notify campaign` prints it and the
        /// workbench's campaign screen shows it: counts, skip reasons, one example with its length.
        public func report(_ campaign: MessageCampaign, queued: Bool) -> [String] {
            let noun = campaign.template.channel == .email ? "emails" : "text messages"
            var lines = ["Campaign \(campaign.name): \(campaign.filter.text).", "Cases picked: \(matched)",
                         (queued ? "Queued: " : "Would queue: ") + "\(ready.count) \(noun)"
                            + (campaign.template.channel == .sms ? " (\(fragments) fragments in all)" : ""),
                         "Skipped: \(skipped.count)"]
            lines += skipCounts.map { "  \($0.count)  \($0.reason)" }
            if let example {
                lines += ["", "Example, for \(example.message.accountRef)" + (example.length.map { " — \($0.text)" } ?? "") + ":"]
                lines += example.body.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
            }
            return lines
        }

        /// Skip reasons with their counts, largest first.
        public var skipCounts: [(reason: String, count: Int)] {
            Dictionary(grouping: skipped, by: \.reason).map { ($0.key, $0.value.count) }.sorted { ($1.count, $0.reason) < ($0.count, $1.reason) }
        }
    }

    /// What the campaign would queue today. Reads every picked case; writes only an audit row.
    public func preview(store: CaseStore & NotifyOutboxStore, user: User, asOf: CivilDate, at: Timestamp) throws -> Preview {
        try Access.check(user: user, operation: .sendCampaign, account: nil)
        let preview = try prepare(store: store, asOf: asOf, at: at)
        try recordPreview(preview, store: store, user: user, at: at)
        return preview
    }

    /// Audits a preview made a part at a time (the workbench prepares a slice of the summaries per
    /// step so that its screen keeps answering keys over 100,000 cases).
    public func recordPreview(_ preview: Preview, store: CaseStore, user: User, at: Timestamp) throws {
        try Access.check(user: user, operation: .sendCampaign, account: nil)
        try store.appendAudit(AuditRecord(at: at, user: user.login, operation: .sendCampaign, accountRef: nil,
                                          summary: "Campaign \(name) previewed (\(filter.text)): \(preview.ready.count) ready, \(preview.skipped.count) skipped",
                                          before: nil, after: nil))
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
        try prepare(try store.summaries().sorted(by: { $0.ref < $1.ref }), into: &preview, store: store, asOf: asOf, at: at)
        return preview
    }

    /// Adds to `preview` what the campaign would queue for the cases among `summaries` that the
    /// filter picks. The caller checks the user (`Access.check(…, .sendCampaign, …)`) first.
    public func prepare(_ summaries: some Sequence<CaseSummary>, into preview: inout Preview,
                        store: CaseStore & NotifyOutboxStore, asOf: CivilDate, at: Timestamp) throws {
        for summary in summaries where filter.matches(summary) {
            preview.matched += 1
            // A rent campaign is about arrears: an account that is clear or in credit is never told it owes.
            guard summary.collectableArrears > .zero else { preview.skipped.append((summary.ref, "not in arrears")); continue }
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
    }

    /// Holds (breathing space suspends every contact about the debt) and officers' pauses come first.
    static func skipReason(_ file: CaseFile, asOf: CivilDate) -> String? {
        if let hold = file.holds.first(where: { $0.isActive(asOf: asOf) }) { return "\(hold.kind.label.lowercased()) hold" }
        if let pause = file.pause, pause.isActive(asOf: asOf) { return "paused" }
        return nil
    }
}

extension CaseActions {
    /// Queues a team lead's campaign (`MessageCampaign.queue`) through this run's actions, for the
    /// workbench; the message says how many went and how many were skipped.
    public func queueCampaign(_ campaign: MessageCampaign) throws -> String {
        guard let outbox = store as? CaseStore & NotifyOutboxStore else {
            throw ActionRefused("This database keeps no GOV.UK Notify outbox, so messages cannot be queued.")
        }
        let done = try campaign.queue(store: outbox, actions: self, at: runner.now())
        let noun = campaign.template.channel == .email ? "email" : "text message"
        return "Campaign \(campaign.name): queued \(Self.count(done.ready.count, noun)), skipped \(done.skipped.count)"
    }
}
