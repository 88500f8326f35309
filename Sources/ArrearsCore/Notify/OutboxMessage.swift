/// One letter, text message or email on its way through GOV.UK Notify.
public struct OutboxMessage: Hashable, Sendable {
    public enum Channel: String, Sendable, CaseIterable { case letter, sms, email }

    /// Ours, not Notify's: queued → sending → accepted (Notify has it) or failed (Notify refused it).
    public enum State: String, Sendable, CaseIterable { case queued, sending, accepted, failed }

    public struct StatusChange: Hashable, Sendable {
        public var status: String
        public var at: Timestamp

        public init(status: String, at: Timestamp) { self.status = status; self.at = at }
    }

    /// The letter id for a letter; for a text message or email, an id of the same shape.
    public var id: String
    public var channel: Channel
    public var accountRef: String
    /// What Notify is told, and how a lost answer is found again: the letter id, never personal data.
    public var reference: String
    /// The phone number (normalised) or email address; none for a letter (its address is in the PDF).
    public var recipient: String?
    public var templateId: String?
    public var personalisation: [String]
    public var postage: String?
    public var state: State
    public var notifyId: String?
    public var notifyStatus: String?
    public var statusHistory: [StatusChange]
    /// Notify's message when it refused the message or reported a failure.
    public var error: String?
    public var attempts: Int
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var sentAt: Timestamp?

    public init(id: String, channel: Channel, accountRef: String, reference: String, recipient: String? = nil,
                templateId: String? = nil, personalisation: [String] = [], postage: String? = nil, state: State = .queued,
                notifyId: String? = nil, notifyStatus: String? = nil, statusHistory: [StatusChange] = [], error: String? = nil,
                attempts: Int = 0, createdAt: Timestamp, updatedAt: Timestamp, sentAt: Timestamp? = nil) {
        self.id = id; self.channel = channel; self.accountRef = accountRef; self.reference = reference
        self.recipient = recipient; self.templateId = templateId; self.personalisation = personalisation
        self.postage = postage; self.state = state; self.notifyId = notifyId; self.notifyStatus = notifyStatus
        self.statusHistory = statusHistory; self.error = error; self.attempts = attempts
        self.createdAt = createdAt; self.updatedAt = updatedAt; self.sentAt = sentAt
    }

    /// Notify's statuses after which nothing more happens to a message.
    public static let finalStatuses: Set<String> = [
        "received", "cancelled", "delivered", "sent", "permanent-failure", "temporary-failure", "technical-failure",
        "validation-failed", "virus-scan-failed",
    ]

    /// Letter statuses an officer must look at (the engine's `review_failed_letter`).
    public static let reviewStatuses: Set<String> = ["validation-failed", "permanent-failure", "virus-scan-failed"]

    public var isFinal: Bool { state == .failed || notifyStatus.map(Self.finalStatuses.contains) ?? false }
}

/// Where the outbox is kept: beside the cases, so a message's state and its case's letter change
/// in one transaction (`CaseStore.atomically`).
public protocol NotifyOutboxStore: AnyObject {
    /// Adds messages not yet in the outbox (by id); returns how many were new.
    @discardableResult
    func addToOutbox(_ messages: [OutboxMessage]) throws -> Int
    func outboxMessages(in states: Set<OutboxMessage.State>, limit: Int?) throws -> [OutboxMessage]
    func outboxMessages(accountRef: String) throws -> [OutboxMessage]
    func outboxMessage(id: String) throws -> OutboxMessage?
    func saveOutboxMessage(_ message: OutboxMessage) throws
    /// How many messages of a channel Notify accepted from `since` on (the daily limit).
    func outboxAcceptedCount(channel: OutboxMessage.Channel, since: Timestamp) throws -> Int
    func outboxCounts() throws -> [OutboxMessage.State: Int]
}
