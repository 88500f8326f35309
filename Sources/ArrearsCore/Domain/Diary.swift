/// One action-diary entry: the evidence trail the Pre-Action Protocol asks for. Append-only.
public struct DiaryEntry: Hashable, Sendable, Codable {
    public var id: Int
    public var at: Timestamp
    public var code: String
    public var comment: String
    /// Operating-system login of the user, or `system` for automation.
    public var user: String
    /// The account balance at the moment the entry was written.
    public var balance: Money
    /// For a `VOI` entry: the id of the entry it voids. Undo never deletes; it appends.
    public var voids: Int?

    public init(id: Int, at: Timestamp, code: String, comment: String, user: String, balance: Money, voids: Int? = nil) {
        self.id = id; self.at = at; self.code = code; self.comment = comment; self.user = user
        self.balance = balance; self.voids = voids
    }

    public var date: CivilDate { at.londonDate }
}

/// A letter prepared for a tenant or leaseholder.
public struct Letter: Hashable, Sendable, Codable {
    public var id: String
    public var accountRef: String
    public var templateId: String
    /// The contact the letter is addressed to (one letter per named responsible tenant).
    public var contactId: Int?
    public var status: LetterStatus
    public var author: String
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    /// Plain-words reasons the letter could not be sent, each naming the field.
    public var validationErrors: [String]
    /// Over Notify's page limit: printed and posted locally.
    public var localPrint: Bool
    /// The letter exactly as it will print.
    public var renderedText: String

    public init(id: String, accountRef: String, templateId: String, contactId: Int?, status: LetterStatus,
                author: String, createdAt: Timestamp, updatedAt: Timestamp, validationErrors: [String] = [],
                localPrint: Bool = false, renderedText: String = "") {
        self.id = id; self.accountRef = accountRef; self.templateId = templateId; self.contactId = contactId
        self.status = status; self.author = author; self.createdAt = createdAt; self.updatedAt = updatedAt
        self.validationErrors = validationErrors; self.localPrint = localPrint; self.renderedText = renderedText
    }
}

public enum LetterStatus: String, CaseIterable, Sendable, Codable {
    case queued
    case cancelled
    case sent
    case failed
    case reviewed
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// The people who use the workbench.
public struct User: Hashable, Sendable, Codable {
    /// The operating-system login that runs the program.
    public var login: String
    public var displayName: String
    public var role: Role
    public var patches: [String]
    public var disabled: Bool

    public init(login: String, displayName: String, role: Role, patches: [String] = [], disabled: Bool = false) {
        self.login = login; self.displayName = displayName; self.role = role; self.patches = patches
        self.disabled = disabled
    }
}

public enum Role: String, CaseIterable, Sendable, Codable {
    case agent            // collection agent, rents
    case leaseholdOfficer = "leasehold_officer"
    case teamLead = "team_lead"
    case auditor          // reads everything, changes nothing
    case administrator

    public var label: String {
        switch self {
        case .agent: return "Collection agent"
        case .leaseholdOfficer: return "Leasehold officer"
        case .teamLead: return "Team lead"
        case .auditor: return "Auditor"
        case .administrator: return "Administrator"
        }
    }
}
