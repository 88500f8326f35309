import Foundation

/// GOV.UK Notify's API v2, one call at a time: a fresh token on every request (tokens live 30
/// seconds), answers parsed into what the outbox needs, and failures sorted by what may be done
/// about them.
public struct NotifyClient: Sendable {
    public static let liveBaseURL = URL(string: "https://api.notifications.service.gov.uk")!

    public struct Notification: Sendable, Equatable {
        public var id: String
        public var reference: String?
        public var status: String?
    }

    /// Why a call did not succeed.
    public enum CallError: Error, Equatable, CustomStringConvertible {
        /// Notify refused the request (400 validation, 403 auth, 404, …): sending it again as it is
        /// would be refused again. `message` is Notify's, for the officer.
        case refused(status: Int, message: String)
        /// 429: too many requests; `retryAfter` seconds when Notify says.
        case rateLimited(retryAfter: Int?, message: String)
        /// 5xx: Notify's fault; it may or may not have taken the request.
        case serverError(status: Int, message: String)
        /// No answer at all; the request may or may not have arrived.
        case noResponse(String)

        public var description: String {
            switch self {
            case let .refused(status, message): return "GOV.UK Notify refused it (\(status)): \(message)"
            case let .rateLimited(_, message): return "GOV.UK Notify's rate limit (429): \(message)"
            case let .serverError(status, message): return "GOV.UK Notify failed (\(status)): \(message)"
            case let .noResponse(why): return "no answer from GOV.UK Notify: \(why)"
            }
        }
    }

    public let baseURL: URL
    let key: NotifyAPIKey
    let transport: HTTPTransport
    /// Real seconds since the epoch, for the token's `iat`: never the pinned clock tests and demos use.
    let wallClock: @Sendable () -> Int64

    public init(baseURL: URL, key: NotifyAPIKey, transport: HTTPTransport, wallClock: @escaping @Sendable () -> Int64) {
        self.baseURL = baseURL; self.key = key; self.transport = transport; self.wallClock = wallClock
    }

    public func sendPrecompiledLetter(reference: String, pdf: [UInt8], postage: String) throws(CallError) -> Notification {
        var body = "{"
        JSONText.appendString("reference", to: &body); body += ":"; JSONText.appendString(reference, to: &body)
        body += ",\"content\":\"" + Data(pdf).base64EncodedString() + "\",\"postage\":"
        JSONText.appendString(postage, to: &body); body += "}"
        return try notification(from: call("POST", "/v2/notifications/letter", body: body))
    }

    /// A text message or email from a Notify template, with its personalisation as name/value pairs.
    public func sendFromTemplate(_ channel: OutboxMessage.Channel, to recipient: String, templateId: String,
                                 personalisation: [(String, String)], reference: String) throws(CallError) -> Notification {
        var body = "{"
        JSONText.appendString(channel == .sms ? "phone_number" : "email_address", to: &body); body += ":"
        JSONText.appendString(recipient, to: &body)
        body += ",\"template_id\":"; JSONText.appendString(templateId, to: &body)
        body += ",\"reference\":"; JSONText.appendString(reference, to: &body)
        body += ",\"personalisation\":{"
        for (i, (name, value)) in personalisation.enumerated() {
            if i > 0 { body += "," }
            JSONText.appendString(name, to: &body); body += ":"; JSONText.appendString(value, to: &body)
        }
        body += "}}"
        return try notification(from: call("POST", "/v2/notifications/\(channel == .sms ? "sms" : "email")", body: body))
    }

    public func notification(id: String) throws(CallError) -> Notification {
        try notification(from: call("GET", "/v2/notifications/" + Self.pathSafe(id), body: nil))
    }

    /// Notifications sent with this reference (how a call whose answer was lost is found).
    public func notifications(reference: String) throws(CallError) -> [Notification] {
        let query = reference.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-_."))) ?? ""
        let object = try call("GET", "/v2/notifications?reference=" + query, body: nil)
        guard let list = object["notifications"] as? [[String: Any]] else { throw .serverError(status: 200, message: "unreadable answer") }
        return list.compactMap(Self.notification(in:))
    }

    private static func pathSafe(_ id: String) -> String { id.filter { $0.isHexDigit || $0 == "-" } }

    private func notification(from object: [String: Any]) throws(CallError) -> Notification {
        guard let n = Self.notification(in: object) else { throw .serverError(status: 200, message: "unreadable answer: no notification id") }
        return n
    }

    private static func notification(in object: [String: Any]) -> Notification? {
        guard let id = object["id"] as? String else { return nil }
        return Notification(id: id, reference: object["reference"] as? String, status: object["status"] as? String)
    }

    private func call(_ method: String, _ path: String, body: String?) throws(CallError) -> [String: Any] {
        let token = NotifyToken.make(key: key, issuedAt: wallClock())
        let exchange = HTTPExchange(method: method, url: URL(string: path, relativeTo: baseURL)!.absoluteURL,
                                    headers: ["Authorization": "Bearer " + token, "Content-Type": "application/json",
                                              "User-Agent": "arrears-workbench"],
                                    body: body.map { Array($0.utf8) })
        let response: HTTPExchange.Response
        do { response = try transport.perform(exchange) } catch { throw .noResponse("\(error)") }
        let object = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any] ?? [:]
        switch response.status {
        case 200..<300: return object
        case 429: throw .rateLimited(retryAfter: response.headers["retry-after"].flatMap { Int($0) }, message: Self.message(object))
        case 500...: throw .serverError(status: response.status, message: Self.message(object))
        default: throw .refused(status: response.status, message: Self.message(object))
        }
    }

    /// Notify's error body: `{"status_code": 400, "errors": [{"error": "ValidationError", "message": "…"}]}`.
    static func message(_ object: [String: Any]) -> String {
        let errors = (object["errors"] as? [[String: Any]]) ?? []
        let parts = errors.map { e in [e["error"] as? String, e["message"] as? String].compactMap { $0 }.joined(separator: ": ") }
        return parts.isEmpty ? "no message" : parts.joined(separator: "; ")
    }
}
