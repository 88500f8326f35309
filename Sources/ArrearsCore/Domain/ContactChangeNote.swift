/// The diary entry a corrected contact detail writes. It names the contact and keeps both the new and
/// the replaced value, so the case page can say "changed on … by …, was …" from the diary alone (the
/// diary is append-only: the history cannot be lost by a later change).
///
/// `Correspondence address of Ms Keisha Morgan (contact 1): now 12 Mare Street; London; E8 1HY. Was: none.`
public struct ContactChangeNote: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case address = "correspondence_address"
        case phones
        case email

        public var diaryCode: String {
            switch self {
            case .address: return "CAC"
            case .phones: return "CPC"
            case .email: return "CEC"
            }
        }

        /// Lower case, for sentences.
        public var noun: String {
            switch self {
            case .address: return "correspondence address"
            case .phones: return "phone numbers"
            case .email: return "email address"
            }
        }

        /// The form field a "nothing changed" refusal points at.
        var firstField: String {
            switch self {
            case .address: return ContactDetailsInput.addressLineFields[0]
            case .phones: return ContactDetailsInput.mobileField
            case .email: return ContactDetailsInput.emailField
            }
        }

        /// The values this kind covers on a contact.
        public func value(of contact: Contact) -> [String] {
            switch self {
            case .address: return contact.correspondenceAddress ?? []
            case .phones: return contact.phones
            case .email: return Array(contact.emails.prefix(1))
            }
        }
    }

    public var kind: Kind
    public var contactId: Int
    public var name: String
    public var now: [String]
    public var was: [String]

    public init(kind: Kind, contactId: Int, name: String, now: [String], was: [String]) {
        self.kind = kind; self.contactId = contactId; self.name = name; self.now = now; self.was = was
    }

    static let separator = "; "
    static let wasMarker = ". Was: "
    static let none = "none"

    public var comment: String {
        let label = kind.noun.prefix(1).uppercased() + kind.noun.dropFirst()
        return "\(label) of \(name) (contact \(contactId)): now \(Self.text(now))\(Self.wasMarker)\(Self.text(was))."
    }

    private static func text(_ values: [String]) -> String { values.isEmpty ? none : values.joined(separator: separator) }

    /// The replaced value a diary entry of this kind for this contact keeps ("none" when there was
    /// none), or nil when the entry is not such a note.
    public static func was(in entry: DiaryEntry, kind: Kind, contactId: Int) -> String? {
        guard entry.code == kind.diaryCode, entry.comment.contains("(contact \(contactId)): now "),
              let marker = entry.comment.range(of: wasMarker, options: .backwards) else { return nil }
        return String(entry.comment[marker.upperBound...].dropLast(entry.comment.hasSuffix(".") ? 1 : 0))
    }

    /// The newest change of this kind to this contact: when, by whom, and what it replaced.
    public static func latest(in diary: [DiaryEntry], kind: Kind, contactId: Int) -> (entry: DiaryEntry, was: String)? {
        for entry in diary.reversed() where entry.voids == nil {
            if let was = was(in: entry, kind: kind, contactId: contactId) { return (entry, was) }
        }
        return nil
    }
}
