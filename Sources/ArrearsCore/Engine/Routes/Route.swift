/// Which escalation route an account follows (domain-and-peers.md §1.1).
public enum RouteKind: String, CaseIterable, Sendable, Codable {
    case secure
    case introductory
    case noticeToQuit = "notice_to_quit"
    case licence
    case garage
    case sundry
    case serviceCharges = "service_charges"
    case majorWorks = "major_works"

    public var label: String {
        switch self {
        case .secure: return "Secure tenancy: Hackney's ladder to a NOSP and court"
        case .introductory: return "Introductory tenancy: notice of proceedings with a 14-day review"
        case .noticeToQuit: return "Non-secure tenancy or temporary accommodation: notice to quit"
        case .licence: return "Temporary accommodation licence: reasonable notice"
        case .garage: return "Garage: 7-day notice to quit"
        case .sundry: return "Sundry debt: Pre-Action Protocol for Debt Claims"
        case .serviceCharges: return "Leasehold service charges: letters, letter before action, legal referral"
        case .majorWorks: return "Major works: letters, letter before action, legal referral"
        }
    }

    var index: Int {
        switch self {
        case .secure: return 0
        case .introductory: return 1
        case .noticeToQuit: return 2
        case .licence: return 3
        case .garage: return 4
        case .sundry: return 5
        case .serviceCharges: return 6
        case .majorWorks: return 7
        }
    }

    public static func of(_ account: Account) -> RouteKind {
        switch account.type {
        case .secure: return .secure
        case .introductory: return .introductory
        case .nonSecure, .temporaryAccommodation: return .noticeToQuit
        case .temporaryLicence: return .licence
        case .garage: return .garage
        case .sundry: return .sundry
        case .leasehold, .freehold, .sharedOwnership:
            return account.debtKind == .majorWorks ? .majorWorks : .serviceCharges
        }
    }
}

/// A route: its rules in precedence order. Built once; shared by every classification.
public final class Route: Sendable {
    public let kind: RouteKind
    public let rules: [Rule]

    init(kind: RouteKind, rules: [Rule]) {
        self.kind = kind; self.rules = rules
    }

    /// Every route, built once, in `RouteKind` order.
    public static let all: [Route] = RouteKind.allCases.map { Route(kind: $0, rules: RouteCatalogue.rules(for: $0)) }

    public static func of(_ kind: RouteKind) -> Route { all[kind.index] }

    /// Every action this route can recommend through its rules.
    public var actions: [RecommendedAction] { rules.map(\.action) }
}

/// The rules of each route, in precedence.
enum RouteCatalogue {
    static func rules(for kind: RouteKind) -> [Rule] {
        switch kind {
        case .secure:
            return PossessionRoutes.rules(notice: .noticeOfSeekingPossession, noticeAction: .sendNOSP,
                                          afterNotice: PossessionRoutes.secureCourtSteps)
        case .introductory:
            return PossessionRoutes.rules(notice: .noticeOfProceedings, noticeAction: .serveNoticeOfProceedings,
                                          afterNotice: PossessionRoutes.introductoryCourtSteps)
        case .noticeToQuit:
            return PossessionRoutes.rules(notice: .noticeToQuit, noticeAction: .serveNoticeToQuit,
                                          afterNotice: [PossessionRoutes.applyAfterNotice(.noticeToQuit, .applyForPossessionAfterNoticeToQuit)])
        case .licence: return PossessionRoutes.licenceRules
        case .garage: return GarageRoute.rules
        case .sundry: return LetterLadder.sundry.rules
        case .serviceCharges: return LetterLadder.serviceCharges.rules
        case .majorWorks: return LetterLadder.majorWorks.rules
        }
    }
}
