/// Hands queued letters (and text messages and emails) to GOV.UK Notify and follows them up:
/// the core API behind `arrears notify send|poll|status` and the nightly run.
///
/// Never send twice, never lose one: each message's state is committed before its call
/// (`sending`) and after it (`accepted` or `failed`). A run that dies mid-call leaves `sending`
/// rows; the next run looks each up by its reference at Notify before anything is sent again.
/// A call that got no answer, or a 5xx, is also looked up before it is retried.
public final class NotifyOutbox {
    public typealias Store = CaseStore & NotifyOutboxStore

    public struct SendReport: Equatable, Sendable {
        public var added = 0
        public var reconciled = 0
        public var accepted = 0
        public var failed: [String] = []
        /// Left queued (or `sending`, to be looked up) for the next run: limits, repeated 429s or 5xx.
        public var deferred = 0
        /// Text messages left queued because it is outside the SMS hours (counted in `deferred` too).
        public var outsideSMSHours = 0
        public var dryRun = false
        public var wouldSend = 0
        public var notes: [String] = []
    }

    public struct PollReport: Equatable, Sendable {
        public var checked = 0
        public var changed = 0
        public var failed = 0
        public var notes: [String] = []
    }

    let store: Store
    let actions: CaseActions
    let client: NotifyClient?
    let fonts: LetterFonts?
    let settings: NotifySettings
    let pacing: NotifyPacing
    let now: () -> Timestamp
    private let pacer: RequestPacer

    /// - Parameters:
    ///   - client: nil for a dry run or `status`, which call nobody.
    ///   - now: the clock for records (pinned in tests and demos); tokens use the client's real clock.
    public init(store: Store, actions: CaseActions, client: NotifyClient?, fonts: LetterFonts?, settings: NotifySettings,
                pacing: NotifyPacing = .real, now: @escaping () -> Timestamp) {
        self.store = store; self.actions = actions; self.client = client; self.fonts = fonts
        self.settings = settings; self.pacing = pacing; self.now = now
        pacer = RequestPacer(perMinute: settings.requestsPerMinute, pacing: pacing)
    }

    var user: User { actions.user }

    // MARK: Send

    public func send(limit: Int? = nil, dryRun: Bool = false) throws -> SendReport {
        try Access.check(user: user, operation: .sendMessages, account: nil)
        var report = SendReport(dryRun: dryRun)
        let waiting = try queuedLetters()
        if dryRun {
            let pending = try store.outboxMessages(in: [.queued, .sending], limit: nil).count
            let fresh = waiting.filter { (try? store.outboxMessage(id: $0.id)) == nil }.count
            report.wouldSend = min(limit ?? Int.max, pending + fresh)
            try audit("Dry run: \(report.wouldSend) would be sent to GOV.UK Notify")
            return report
        }
        guard let client else { throw ActionRefused("No GOV.UK Notify client: give an API key.") }
        report.added = try store.addToOutbox(waiting)
        try reconcile(client, &report)

        let since = Timestamp(secondsSinceEpoch: now().secondsSinceEpoch / 86_400 * 86_400)    // midnight UTC
        var sentToday = try store.outboxAcceptedCount(channel: .letter, since: since)
        let smsHoursNow = settings.smsHours.contains(now())
        for var message in try store.outboxMessages(in: [.queued], limit: limit) {
            if message.channel == .letter && sentToday >= settings.lettersPerDay {
                report.deferred += 1
                continue
            }
            if message.channel == .sms && !smsHoursNow {
                report.deferred += 1
                report.outsideSMSHours += 1
                continue
            }
            guard let payload = try payload(for: &message, &report) else { continue }
            message.state = .sending
            message.attempts += 1
            message.updatedAt = now()
            try store.saveOutboxMessage(message)              // committed before the call
            switch deliver(message, payload, client) {
            case .accepted(let notification):
                try accept(&message, notification, &report)
                if message.channel == .letter { sentToday += 1 }
            case .refused(let reason):
                try fail(&message, reason: reason, &report)
            case .notSent(let why):
                message.state = .queued; message.error = why; message.updatedAt = now()
                try store.saveOutboxMessage(message)
                report.deferred += 1
            case .unknown(let why):
                message.error = why; message.updatedAt = now()
                try store.saveOutboxMessage(message)          // stays `sending`: looked up next run
                report.deferred += 1
            }
        }
        if report.outsideSMSHours > 0 {
            report.notes.append("\(report.outsideSMSHours) text message(s) wait for the SMS hours, \(settings.smsHours) London time")
        }
        try audit("Sent to GOV.UK Notify: \(report.accepted) accepted, \(report.failed.count) refused, \(report.deferred) left for later, \(report.reconciled) reconciled")
        return report
    }

    /// Queued letters not over the page limit, as outbox rows (a letter's id is its reference).
    private func queuedLetters() throws -> [OutboxMessage] {
        var out: [OutboxMessage] = []
        try store.forEachCase { file in
            for letter in file.letters where letter.status == .queued && !letter.localPrint {
                out.append(OutboxMessage(id: letter.id, channel: .letter, accountRef: file.ref, reference: letter.id,
                                         postage: settings.postage, createdAt: letter.createdAt, updatedAt: now()))
            }
        }
        return out
    }

    /// Rows left `sending` by a run that stopped mid-call: found at Notify means accepted; not
    /// found means the call never arrived, so the row is queued again.
    private func reconcile(_ client: NotifyClient, _ report: inout SendReport) throws {
        for var message in try store.outboxMessages(in: [.sending], limit: nil) {
            pacer.waitForTurn()
            do {
                let found = try client.notifications(reference: message.reference)
                if let notification = found.first {
                    try accept(&message, notification, &report)
                } else {
                    message.state = .queued; message.updatedAt = now()
                    try store.saveOutboxMessage(message)
                }
                report.reconciled += 1
            } catch {
                report.notes.append("\(message.id): still unknown, not resent (\(error))")
            }
        }
    }

    private enum Payload { case letter([UInt8]), template }

    /// The PDF for a letter, made from the case's stored text; nil (and the message failed or
    /// dropped) when the letter can no longer be sent.
    private func payload(for message: inout OutboxMessage, _ report: inout SendReport) throws -> Payload? {
        guard message.channel == .letter else { return .template }
        guard let fonts else { throw ActionRefused("Letters need the DejaVu fonts (package fonts-dejavu-core).") }
        let letter = try store.loadCase(ref: message.accountRef)?.letters.first { $0.id == message.id }
        guard let letter, letter.status == .queued else {
            message.state = .failed; message.error = "Not sent: the letter is \(letter?.status.rawValue ?? "gone") on the case"
            message.updatedAt = now()
            try store.saveOutboxMessage(message)
            report.notes.append("\(message.id): \(message.error!)")
            return nil
        }
        let pdf = LetterPDF.make(text: letter.renderedText, title: letter.id, fonts: fonts)
        let problems = LetterPDF.notifyProblems(pageCount: LetterPDF.pages(of: letter.renderedText).count, byteCount: pdf.count)
        guard problems.isEmpty else {
            try fail(&message, reason: problems.joined(separator: "; "), &report)
            return nil
        }
        return .letter(pdf)
    }

    private enum Delivery {
        case accepted(NotifyClient.Notification)
        case refused(String)
        /// Certainly not taken (429 each time): queued again.
        case notSent(String)
        /// Perhaps taken (no answer, 5xx) and not found by reference: looked up next run.
        case unknown(String)
    }

    private func deliver(_ message: OutboxMessage, _ payload: Payload, _ client: NotifyClient) -> Delivery {
        var ambiguous = false
        var last = ""
        for attempt in 0..<settings.maxAttempts {
            pacer.waitForTurn()
            do {
                switch payload {
                case .letter(let pdf):
                    return .accepted(try client.sendPrecompiledLetter(reference: message.reference, pdf: pdf,
                                                                      postage: message.postage ?? settings.postage))
                case .template:
                    let pairs = stride(from: 0, to: message.personalisation.count - 1, by: 2).map {
                        (message.personalisation[$0], message.personalisation[$0 + 1])
                    }
                    return .accepted(try client.sendFromTemplate(message.channel, to: message.recipient ?? "",
                                                                 templateId: message.templateId ?? "", personalisation: pairs,
                                                                 reference: message.reference))
                }
            } catch {
                last = error.description
                switch error {
                case .refused(_, let reason):
                    return .refused(reason)
                case .rateLimited(let retryAfter, _):
                    pacing.sleep(Double(retryAfter ?? 0) > 0 ? Double(retryAfter!) : backoff(attempt))
                case .serverError, .noResponse:
                    ambiguous = true
                    pacing.sleep(backoff(attempt))
                    pacer.waitForTurn()
                    if let found = try? client.notifications(reference: message.reference).first { return .accepted(found) }
                }
            }
        }
        return ambiguous ? .unknown(last) : .notSent(last)
    }

    /// 1, 2, 4, 8 … seconds, at most a minute.
    private func backoff(_ attempt: Int) -> Double { min(60, Double(1 << min(attempt, 6))) }

    private func accept(_ message: inout OutboxMessage, _ notification: NotifyClient.Notification, _ report: inout SendReport) throws {
        let at = now()
        message.state = .accepted
        message.notifyId = notification.id
        message.error = nil
        message.sentAt = at
        message.updatedAt = at
        let status = notification.status ?? "accepted"
        message.notifyStatus = status
        message.statusHistory.append(.init(status: status, at: at))
        try store.saveOutboxMessage(message)                  // committed after the call
        report.accepted += 1
        if message.channel == .letter {
            do { try actions.recordNotifyOutcome(.sendMessages, ref: message.accountRef, letterId: message.id, .accepted(notifyId: notification.id)) }
            catch { report.notes.append("\(message.id): accepted, but the case was not updated (\(error))") }
        }
    }

    private func fail(_ message: inout OutboxMessage, reason: String, _ report: inout SendReport) throws {
        message.state = .failed
        message.error = reason
        message.updatedAt = now()
        try store.saveOutboxMessage(message)
        report.failed.append("\(message.id): \(reason)")
        if message.channel == .letter {
            do { try actions.recordNotifyOutcome(.sendMessages, ref: message.accountRef, letterId: message.id, .failed(reason: reason)) }
            catch { report.notes.append("\(message.id): failed, but the case was not updated (\(error))") }
        }
    }

    // MARK: Poll

    /// Fetches the status of everything Notify accepted in the last `pollDays` days that has not
    /// reached a final status. Letters that fail Notify's checks or the post go back to the case.
    public func poll() throws -> PollReport {
        try Access.check(user: user, operation: .pollMessages, account: nil)
        guard let client else { throw ActionRefused("No GOV.UK Notify client: give an API key.") }
        var report = PollReport()
        let cutoff = now().secondsSinceEpoch - Int64(settings.pollDays) * 86_400
        for var message in try store.outboxMessages(in: [.accepted], limit: nil)
        where !message.isFinal && (message.sentAt?.secondsSinceEpoch ?? 0) >= cutoff {
            guard let id = message.notifyId else { continue }
            pacer.waitForTurn()
            report.checked += 1
            let notification: NotifyClient.Notification
            do { notification = try client.notification(id: id) } catch {
                report.notes.append("\(message.id): \(error)")
                continue
            }
            guard let status = notification.status, status != message.notifyStatus else { continue }
            message.notifyStatus = status
            message.statusHistory.append(.init(status: status, at: now()))
            message.updatedAt = now()
            try store.saveOutboxMessage(message)
            report.changed += 1
            if message.channel == .letter, let reason = Self.failureReason(status) {
                report.failed += 1
                do { try actions.recordNotifyOutcome(.pollMessages, ref: message.accountRef, letterId: message.id, .failed(reason: reason)) }
                catch { report.notes.append("\(message.id): \(status), but the case was not updated (\(error))") }
            }
        }
        try audit("Polled GOV.UK Notify: \(report.checked) checked, \(report.changed) changed, \(report.failed) failed", operation: .pollMessages)
        return report
    }

    /// What an officer reads for a failed letter; nil for statuses that are not failures.
    static func failureReason(_ status: String) -> String? {
        switch status {
        case "validation-failed": return "GOV.UK Notify: validation failed (content outside the printable area, or the address) — fix the address or print locally"
        case "virus-scan-failed": return "GOV.UK Notify: virus scan failed — make the letter again"
        case "permanent-failure": return "GOV.UK Notify: permanent failure — the post could not deliver it; check the address"
        case "technical-failure": return "GOV.UK Notify: technical failure — not resent automatically; check with Notify before sending again"
        case "cancelled": return "GOV.UK Notify: cancelled"
        default: return nil
        }
    }

    // MARK: Status

    public func counts() throws -> [OutboxMessage.State: Int] {
        try Access.check(user: user, operation: .pollMessages, account: nil)
        return try store.outboxCounts()
    }

    private func audit(_ summary: String, operation: AccessOperation = .sendMessages) throws {
        try store.appendAudit(AuditRecord(at: now(), user: user.login, operation: operation, accountRef: nil, summary: summary,
                                          before: nil, after: nil))
    }
}
