/// What each role may do with each kind of operation, and on which side of the income team.
/// The single source of the permissions: `Access` enforces it and docs/permissions.md is generated from it.
public enum Grant: String, Sendable, CaseIterable {
    case none
    case rentAccounts
    case leaseholdAccounts
    case everything

    /// Whether an account of this type is within the grant; nil asks "is any account?" (for menus).
    public func covers(_ type: AccountType?) -> Bool {
        switch self {
        case .none: return false
        case .everything: return true
        case .rentAccounts: return type.map { !$0.isLeaseholdSide } ?? true
        case .leaseholdAccounts: return type.map(\.isLeaseholdSide) ?? true
        }
    }

    /// For the matrix table.
    public var symbol: String {
        switch self {
        case .none: return "—"
        case .rentAccounts: return "rent"
        case .leaseholdAccounts: return "leasehold"
        case .everything: return "yes"
        }
    }
}

public enum PermissionMatrix {
    /// One role per user, kept simple on purpose: an administrator who also works cases needs a second
    /// login with a caseworker role, so that every case action is traceable to a caseworker.
    public static func grant(_ role: Role, _ operation: AccessOperation) -> Grant {
        switch (role, operation.kind) {
        case (.agent, .caseReading), (.agent, .caseWork), (.agent, .export):
            return .rentAccounts
        case (.leaseholdOfficer, .caseReading), (.leaseholdOfficer, .caseWork), (.leaseholdOfficer, .export):
            return .leaseholdAccounts
        case (.teamLead, .caseReading), (.teamLead, .caseWork), (.teamLead, .export), (.teamLead, .assignment),
             (.teamLead, .oversight):
            return .everything
        case (.teamLead, .dataLoad):
            // The nightly job (classify, then automation) is a team lead's as well as an administrator's.
            return operation == .runClassify || operation == .runAutomation ? .everything : .none
        case (.teamLead, .automation):
            return .everything
        case (.auditor, .caseReading), (.auditor, .export), (.auditor, .oversight):
            return .everything
        case (.administrator, .administration), (.administrator, .dataLoad), (.administrator, .oversight):
            return .everything
        default:
            return .none
        }
    }

    /// Why a role is refused an operation on an account (nil when it is allowed).
    public static func refusal(_ role: Role, _ operation: AccessOperation, _ type: AccountType?) -> String? {
        let granted = grant(role, operation)
        if granted.covers(type) { return nil }
        if granted == .rentAccounts, let type {
            return "collection agents act on rent accounts only, and this is a \(type.label.lowercased()) account"
        }
        if granted == .leaseholdAccounts, let type {
            return "leasehold officers act on leasehold, freehold and shared-ownership accounts only, and this is a \(type.label.lowercased()) account"
        }
        if role == .auditor && operation.changesData {
            return "auditors read everything and change nothing"
        }
        if role == .administrator && operation.kind.isPerAccount {
            return "administrators manage users and data loads and do not open or work cases; casework needs a login with a caseworker role"
        }
        return "only \(allowedRoles(operation)) may \(operation.phrase)"
    }

    /// `team leads and administrators`.
    static func allowedRoles(_ operation: AccessOperation) -> String {
        let names = Role.allCases.filter { grant($0, operation) != .none }.map(\.pluralLabel)
        switch names.count {
        case 0: return "nobody"
        case 1: return names[0]
        default: return names.dropLast().joined(separator: ", ") + " and " + names.last!
        }
    }
}

extension Role {
    /// `collection agents`, for sentences.
    public var pluralLabel: String {
        switch self {
        case .agent: return "collection agents"
        case .leaseholdOfficer: return "leasehold officers"
        case .teamLead: return "team leads"
        case .auditor: return "auditors"
        case .administrator: return "administrators"
        }
    }

    /// Roles that hold cases and appear on caseloads.
    public var worksCases: Bool { PermissionMatrix.grant(self, .addDiaryEntry) != .none }
}
