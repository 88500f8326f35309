import Foundation

/// A GOV.UK Notify text-message or email template as this program knows it: Notify's template id
/// (what is sent) and a copy of its wording with Notify's `((placeholder))` fields (what the officer
/// sees, counts and the diary records). Notify renders the real message; the copy must match it.
public struct MessageTemplate: Hashable, Sendable {
    public var channel: OutboxMessage.Channel
    public var id: String
    public var text: String

    /// The fields a message may use, filled from the case: no other personal data reaches Notify.
    public static let fields = ["name", "balance", "arrears", "payment_ref"]

    public struct Problem: Error, Hashable, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Checks the id's shape (Notify's template ids are UUIDs) and that every placeholder is a known field.
    public init(channel: OutboxMessage.Channel, id: String, text: String) throws(Problem) {
        guard channel != .letter else { throw Problem(description: "letters go as precompiled PDFs, not from a message template") }
        guard Self.isUUID(id) else { throw Problem(description: "template id '\(id)' is not a GOV.UK Notify template id (a UUID)") }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw Problem(description: "the template's wording is empty") }
        // A tenant's phone shows what it is sent: escape codes and other control characters are a
        // mistake (a pasted terminal colour, a stray tab) and Notify would send them as they are.
        if let (offset, bad) = text.unicodeScalars.enumerated().first(where: { $0.element.properties.generalCategory == .control && !"\n\r".unicodeScalars.contains($0.element) }) {
            throw Problem(description: "the wording has a control character (\(TerminalSafeText.codePoint(bad))) at character \(offset + 1)")
        }
        for name in Self.placeholders(in: text) where !Self.fields.contains(name) {
            throw Problem(description: "unknown field ((\(name))) in the wording; fields are " + Self.fields.map { "((\($0)))" }.joined(separator: ", "))
        }
        self.channel = channel; self.id = id; self.text = text
    }

    /// The placeholders in order of first use, as Notify reads them: `((name))`, case-insensitive.
    static func placeholders(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "(("), let close = rest[open.upperBound...].range(of: "))") {
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
            if !found.contains(name) { found.append(name) }
            rest = rest[close.upperBound...]
        }
        return found
    }

    /// The field values for one tenant of a case.
    public static func values(for file: CaseFile, contact: Contact, arrears: Money) -> [String: String] {
        ["name": contact.fullName, "balance": file.balance.letterText, "arrears": arrears.letterText,
         "payment_ref": file.account.paymentRef]
    }

    /// The personalisation sent to Notify: the fields the wording uses, as name/value pairs.
    public func personalisation(_ values: [String: String]) -> [String] {
        Self.placeholders(in: text).flatMap { [$0, values[$0] ?? ""] }
    }

    /// The message as the tenant will read it.
    public func render(_ values: [String: String]) -> String { Self.render(text, values) }

    /// Any wording filled in, as it is typed (before it is checked as a template).
    public static func render(_ text: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(text)
        while let open = rest.range(of: "(("), let close = rest[open.upperBound...].range(of: "))") {
            out += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
            out += values[name] ?? ""
            rest = rest[close.upperBound...]
        }
        return out + rest
    }

    static func isUUID(_ s: String) -> Bool {
        let groups = s.split(separator: "-", omittingEmptySubsequences: false)
        return groups.map(\.count) == [8, 4, 4, 4, 12] && groups.allSatisfy { $0.allSatisfy(\.isHexDigit) }
    }
}
