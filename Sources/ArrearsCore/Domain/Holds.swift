/// A manual pause: the case leaves the immediate worklist until the date, then comes back by itself.
public struct Pause: Hashable, Sendable, Codable {
    public var until: CivilDate
    public var reason: PauseReason
    public var comment: String
    public var setBy: String
    public var setAt: Timestamp

    public init(until: CivilDate, reason: PauseReason, comment: String, setBy: String, setAt: Timestamp) {
        self.until = until; self.reason = reason; self.comment = comment; self.setBy = setBy; self.setAt = setAt
    }

    /// A pause lapses on its date: paused means "until" is after the as-of date.
    public func isActive(asOf d: CivilDate) -> Bool { until > d }
}

/// The eight pause reasons and the diary code each writes.
public enum PauseReason: String, CaseIterable, Sendable, Codable {
    case courtDateSet = "CDS"
    case evictionDateSet = "EDS"
    case delayedBenefit = "MBH"
    case promiseOfPayment = "POP"
    case deceased = "DEC"
    case missingData = "RMD"
    case courtOrderBreachedCovid = "CVB"
    case other = "GEN"

    public var code: String { rawValue }
    public var label: String {
        switch self {
        case .courtDateSet: return "Court date set"
        case .evictionDateSet: return "Eviction date set"
        case .delayedBenefit: return "Delayed benefit"
        case .promiseOfPayment: return "Promise of payment"
        case .deceased: return "Deceased"
        case .missingData: return "Missing data"
        case .courtOrderBreachedCovid: return "C19 court order breached"
        case .other: return "Other"
        }
    }
}

/// A protective hold on a case: it changes what may be done, not just when.
public struct Hold: Hashable, Sendable, Codable {
    public var id: Int
    public var kind: HoldKind
    public var start: CivilDate
    /// Nil while open-ended (a mental-health crisis moratorium lasts until the crisis ends).
    public var end: CivilDate?
    /// The Insolvency Service's breathing space reference, a claim number, and so on.
    public var reference: String
    public var note: String
    /// Breathing space protects only the debt that existed when it started.
    public var debtAtStart: Money?

    public init(id: Int, kind: HoldKind, start: CivilDate, end: CivilDate?, reference: String = "",
                note: String = "", debtAtStart: Money? = nil) {
        self.id = id; self.kind = kind; self.start = start; self.end = end; self.reference = reference
        self.note = note; self.debtAtStart = debtAtStart
    }

    public func isActive(asOf d: CivilDate) -> Bool {
        d >= start && (end.map { d <= $0 } ?? true)
    }
}

public enum HoldKind: String, CaseIterable, Sendable, Codable {
    case breathingSpaceStandard = "breathing_space"
    case breathingSpaceMentalHealth = "mental_health_crisis"
    case benefitClaimPending = "benefit_claim"
    case vulnerability
    case dispute

    public var label: String {
        switch self {
        case .breathingSpaceStandard: return "Breathing space"
        case .breathingSpaceMentalHealth: return "Breathing space (mental health crisis)"
        case .benefitClaimPending: return "Benefit claim pending"
        case .vulnerability: return "Vulnerability"
        case .dispute: return "Dispute"
        }
    }

    public var isBreathingSpace: Bool { self == .breathingSpaceStandard || self == .breathingSpaceMentalHealth }
}
