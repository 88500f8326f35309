import ArrearsCore

/// The panes of the case screen, in Tab order and numbered 1–7. The audit pane shows only to the
/// roles that may read the audit trail.
public enum CasePane: String, CaseIterable, Sendable {
    case overview
    case diary
    case transactions
    case letters
    case agreements
    case court
    case audit

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .diary: return "Diary"
        case .transactions: return "Ledger"
        case .letters: return "Letters"
        case .agreements: return "Agreement history"
        case .court: return "Court history"
        case .audit: return "Audit history"
        }
    }

    public var shortTitle: String {
        switch self {
        case .agreements: return "Agreements"
        case .court: return "Court"
        case .audit: return "Audit"
        default: return title
        }
    }

    /// Who sees the pane.
    public var roles: Set<Role> {
        self == .audit ? Set(Role.allCases.filter { PermissionMatrix.grant($0, .viewAudit) != .none }) : Set(Role.allCases)
    }

    /// The panes a role sees, in Tab order.
    public static func visible(to role: Role) -> [CasePane] { allCases.filter { $0.roles.contains(role) } }
}
