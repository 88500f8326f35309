import Foundation

/// A GOV.UK Notify API key: `{key name}-{service id}-{secret}`, both ids UUIDs, so the service id
/// and the secret are the last 73 characters. The secret never leaves this type: it signs tokens
/// and is never printed, logged or stored; `description` shows only the name, type and service.
public struct NotifyAPIKey: Sendable, CustomStringConvertible {
    public enum KeyType: String, Sendable, CaseIterable {
        case test, team, live
        public var explanation: String {
            switch self {
            case .test: return "test key: Notify answers as usual and delivers nothing"
            case .team: return "team and guest list key: messages reach team members only, letters are refused"
            case .live: return "live key: messages and letters are delivered"
            }
        }
    }

    public struct Problem: Error, CustomStringConvertible {
        public var description: String
    }

    public let name: String
    public let serviceId: String
    private let secret: [UInt8]

    /// Notify's key types are not written in the key; its admin pages ask for a name, and this
    /// product asks that the name start with the type (`live-arrears`, `test-demo`).
    public var keyType: KeyType? {
        let first = name.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).first.map(String.init)
        return first.flatMap(KeyType.init(rawValue:))
    }

    public init(_ text: String, source: String) throws {
        let key = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard key.count > 74, key.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 || $0 == " " }) else {
            throw Problem(description: "\(source): not a GOV.UK Notify API key (expected key name, service id and secret, the last two UUIDs)")
        }
        let tail = String(key.suffix(73))
        let serviceId = String(tail.prefix(36)), secret = String(tail.suffix(36))
        let separators = key.dropLast(73).last == "-" && tail.dropFirst(36).first == "-"
        guard separators, Self.isUUID(serviceId), Self.isUUID(secret) else {
            throw Problem(description: "\(source): not a GOV.UK Notify API key (the service id and secret must be UUIDs at its end)")
        }
        name = String(key.dropLast(74))
        self.serviceId = serviceId.lowercased()
        self.secret = Array(secret.utf8)
    }

    public var description: String {
        "key '\(name)' (\(keyType?.rawValue ?? "type not in its name")) for service \(serviceId)"
    }

    func sign(header: [UInt8], payload: [UInt8]) -> String { JWTSigner.sign(header: header, payload: payload, key: secret) }

    static func isUUID(_ s: String) -> Bool {
        let groups = s.split(separator: "-", omittingEmptySubsequences: false).map(\.count)
        return groups == [8, 4, 4, 4, 12] && s.allSatisfy { $0 == "-" || $0.isHexDigit }
    }

    /// The key from the environment variable `NOTIFY_API_KEY`, or else from a file that only its
    /// owner may read (mode 600 or 400, owned by the user running the program).
    public static func load(environment: [String: String], file: String?) throws -> NotifyAPIKey {
        if let text = environment["NOTIFY_API_KEY"], !text.isEmpty {
            return try NotifyAPIKey(text, source: "NOTIFY_API_KEY")
        }
        guard let file else {
            throw Problem(description: "no GOV.UK Notify API key: set NOTIFY_API_KEY, or put the key in a file only you can read and give its path with --key-file or the notify.key_file setting")
        }
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: file) } catch {
            throw Problem(description: "\(file): cannot read the API key file")
        }
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        let owner = (attributes[.ownerAccountID] as? NSNumber)?.uint32Value
        guard mode & 0o077 == 0 else {
            throw Problem(description: "\(file): the API key file can be read by others (mode \(String(mode, radix: 8))); run chmod 600 \(file)")
        }
        guard owner == getuid() else {
            throw Problem(description: "\(file): the API key file belongs to another user; it must be yours alone")
        }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw Problem(description: "\(file): cannot read the API key file")
        }
        return try NotifyAPIKey(String(decoding: data, as: UTF8.self), source: file)
    }
}
