import ArrearsCore

/// The worklist's tabs (Hackney's worktray tabs). Leasehold officers get the first three.
public enum WorklistTab: String, CaseIterable, Sendable {
    case immediate
    case paused
    case fullPatch = "full-patch"
    case courtDates = "court-dates"
    case evictions

    public var title: String {
        switch self {
        case .immediate: return "Immediate actions"
        case .paused: return "Paused"
        case .fullPatch: return "Full patch"
        case .courtDates: return "Upcoming court dates"
        case .evictions: return "Upcoming evictions"
        }
    }

    public var shortTitle: String {
        switch self {
        case .immediate: return "Immediate"
        case .paused: return "Paused"
        case .fullPatch: return "Full patch"
        case .courtDates: return "Court"
        case .evictions: return "Evictions"
        }
    }

    public static func tabs(for area: ServiceArea) -> [WorklistTab] {
        area == .rent ? allCases : [.immediate, .paused, .fullPatch]
    }

    /// The recommended action id that means "nothing to do": such cases stay off Immediate actions.
    public static let noActionId = "no_action"

    /// Which cases the tab holds (frontend.md §1.1, with "today" the as-of date).
    public func includes(_ s: CaseSummary, asOf: CivilDate) -> Bool {
        let paused = s.isPaused(asOf: asOf)
        switch self {
        case .immediate: return s.balance.isPositive && !paused && s.actionId != WorklistTab.noActionId
        case .paused: return paused
        case .fullPatch: return Caseload.includes(s, asOf: asOf)
        case .courtDates: return !paused && (s.courtDate.map { $0 >= asOf } ?? false)
        case .evictions: return !paused && (s.evictionDate.map { $0 >= asOf } ?? false)
        }
    }

    /// Paused, court and eviction tabs are about a date and sort by it first.
    public var isDateTab: Bool { self == .paused || self == .courtDates || self == .evictions }

    /// The date a date tab is about, shown in its last column.
    public func date(of s: CaseSummary) -> CivilDate? {
        switch self {
        case .paused: return s.pauseUntil
        case .courtDates: return s.courtDate
        case .evictions: return s.evictionDate
        case .immediate, .fullPatch: return nil
        }
    }
}
