import Foundation

/// GOV.UK Notify settings, kept in the database's settings (`meta`) so a demo database can point
/// at the local stand-in. The API key is never among them: only the path of a file holding it.
public struct NotifySettings: Sendable, Equatable {
    public var baseURL: URL = NotifyClient.liveBaseURL
    public var postage = "second"
    public var keyFile: String?
    /// Notify's limits (§2.5): 3,000 requests a minute per key, 20,000 letters a day (midnight UTC).
    public var requestsPerMinute = 3_000
    public var lettersPerDay = 20_000
    /// Tries per message in one run before it is left for the next run.
    public var maxAttempts = 5
    /// How far back `poll` looks, as Hackney did.
    public var pollDays = 7
    /// When text messages may go (London time); queued ones wait outside these hours.
    public var smsHours = SMSHours.standard
    /// The template of the ladder's first SMS; without one the nightly run skips that step.
    public var firstSMS: MessageTemplate?

    public init() {}

    public static let keys = ["notify.base_url", "notify.postage", "notify.key_file", "notify.requests_per_minute", "notify.letters_per_day",
                              "notify.sms_hours", "notify.first_sms_template_id", "notify.first_sms_text"]

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    public static func load(from store: CaseStore) throws -> NotifySettings {
        var s = NotifySettings()
        if let text = try store.meta("notify.base_url") {
            guard let url = URL(string: text), url.scheme == "https" || (url.scheme == "http" && ["127.0.0.1", "localhost"].contains(url.host ?? "")),
                  url.host != nil else {
                throw Problem(description: "setting notify.base_url: '\(text)' must be an https URL (or http to 127.0.0.1 for the stand-in)")
            }
            s.baseURL = url
        }
        if let postage = try store.meta("notify.postage") {
            guard ["first", "second", "economy"].contains(postage) else {
                throw Problem(description: "setting notify.postage: '\(postage)' must be first, second or economy")
            }
            s.postage = postage
        }
        s.keyFile = try store.meta("notify.key_file")
        for (key, path) in [("notify.requests_per_minute", \NotifySettings.requestsPerMinute), ("notify.letters_per_day", \.lettersPerDay)] {
            guard let text = try store.meta(key) else { continue }
            guard let n = Int(text), n > 0 else { throw Problem(description: "setting \(key): '\(text)' must be a whole number above 0") }
            s[keyPath: path] = n
        }
        if let text = try store.meta("notify.sms_hours") {
            guard let hours = SMSHours.parse(text) else {
                throw Problem(description: "setting notify.sms_hours: '\(text)' must be two London times, the first earlier, as 08:00-20:00")
            }
            s.smsHours = hours
        }
        let firstId = try store.meta("notify.first_sms_template_id"), firstText = try store.meta("notify.first_sms_text")
        switch (firstId, firstText) {
        case (nil, nil): break
        case let (id?, text?):
            do { s.firstSMS = try MessageTemplate(channel: .sms, id: id, text: text) } catch {
                throw Problem(description: "setting notify.first_sms_template_id/first_sms_text: \(error)")
            }
        default:
            throw Problem(description: "settings notify.first_sms_template_id and notify.first_sms_text go together: give both")
        }
        return s
    }
}

/// Time for pacing and back-off: real seconds and a way to wait. Tests pass a clock that only
/// pretends to sleep.
public struct NotifyPacing: Sendable {
    public var seconds: @Sendable () -> Double
    public var sleep: @Sendable (Double) -> Void

    public init(seconds: @escaping @Sendable () -> Double, sleep: @escaping @Sendable (Double) -> Void) {
        self.seconds = seconds; self.sleep = sleep
    }

    public static let real = NotifyPacing(seconds: { Date().timeIntervalSince1970 },
                                          sleep: { if $0 > 0 { Thread.sleep(forTimeInterval: $0) } })
}

/// At most `perMinute` requests in any 60 seconds (Notify counts a rolling minute).
final class RequestPacer {
    private let perMinute: Int
    private let pacing: NotifyPacing
    private var recent: [Double] = []
    private var head = 0

    init(perMinute: Int, pacing: NotifyPacing) { self.perMinute = perMinute; self.pacing = pacing }

    func waitForTurn() {
        var now = pacing.seconds()
        while head < recent.count && recent[head] <= now - 60 { head += 1 }
        if recent.count - head >= perMinute {
            pacing.sleep(recent[head] + 60 - now)
            now = pacing.seconds()
            head += 1
        }
        recent.append(now)
        if head > 4_096 { recent.removeFirst(head); head = 0 }
    }
}

extension NotifySettings {
    /// Changes settings in one transaction, checked as `load` checks them, audited; only those
    /// who may send through Notify may point it elsewhere.
    public static func configure(_ changes: [String: String], store: CaseStore, user: User, at: Timestamp) throws {
        try Access.check(user: user, operation: .sendMessages, account: nil)
        for key in changes.keys where !keys.contains(key) {
            throw Problem(description: "unknown setting \(key); settings are \(keys.joined(separator: ", "))")
        }
        try store.atomically {
            for (key, value) in changes.sorted(by: { $0.key < $1.key }) { try store.setMeta(key, value) }
            _ = try load(from: store)         // refuses (and rolls back) a bad value
            try store.appendAudit(AuditRecord(at: at, user: user.login, operation: .sendMessages, accountRef: nil,
                                              summary: "Notify settings changed: " + changes.keys.sorted().joined(separator: ", "),
                                              before: nil, after: nil))
        }
    }
}
