/// A statutory or pre-action notice.
public struct Notice: Hashable, Sendable, Codable {
    public var id: Int
    public var kind: NoticeKind
    public var servedOn: CivilDate
    /// The date from which proceedings may begin (for a notice to quit, the date it ends the tenancy;
    /// for a letter before action, the end of the 30 days to reply).
    public var mayBeginOn: CivilDate
    /// After this date the notice can no longer found proceedings.
    public var validUntil: CivilDate
    /// Introductory tenancies: when the tenant asked for a review of the decision, and its outcome.
    public var reviewRequestedOn: CivilDate?
    public var reviewOutcome: String?

    public init(id: Int, kind: NoticeKind, servedOn: CivilDate, mayBeginOn: CivilDate, validUntil: CivilDate,
                reviewRequestedOn: CivilDate? = nil, reviewOutcome: String? = nil) {
        self.id = id; self.kind = kind; self.servedOn = servedOn; self.mayBeginOn = mayBeginOn
        self.validUntil = validUntil; self.reviewRequestedOn = reviewRequestedOn; self.reviewOutcome = reviewOutcome
    }

    /// Served, but proceedings may not begin yet.
    public func inCoolingOff(asOf d: CivilDate) -> Bool { d < mayBeginOn }
    /// Still able to found proceedings.
    public func isValid(asOf d: CivilDate) -> Bool { d <= validUntil }
    /// Cooling-off over and still valid: court action may proceed.
    public func isActive(asOf d: CivilDate) -> Bool { d >= mayBeginOn && d <= validUntil }
}

public enum NoticeKind: String, CaseIterable, Sendable, Codable {
    case noticeOfSeekingPossession = "NOSP"
    case noticeOfProceedings = "NOP"
    case noticeToQuit = "NTQ"
    case letterBeforeAction = "LBA"

    public var label: String {
        switch self {
        case .noticeOfSeekingPossession: return "Notice of seeking possession"
        case .noticeOfProceedings: return "Notice of proceedings"
        case .noticeToQuit: return "Notice to quit"
        case .letterBeforeAction: return "Letter before action"
        }
    }
    public var shortLabel: String {
        switch self {
        case .noticeOfSeekingPossession: return "NOSP"
        case .noticeOfProceedings: return "Notice of proceedings"
        case .noticeToQuit: return "NTQ"
        case .letterBeforeAction: return "LBA"
        }
    }
}

public struct CourtCase: Hashable, Sendable, Codable {
    public var id: Int
    public var hearingDate: CivilDate?
    /// Minutes after midnight, London time.
    public var hearingMinutes: Int?
    public var outcome: CourtOutcome?
    public var outcomeDate: CivilDate?
    public var terms: Bool?
    public var disrepairCounterClaim: Bool?
    public var strikeOutDate: CivilDate?
    public var balanceOnOutcomeDate: Money?

    public init(id: Int, hearingDate: CivilDate?, hearingMinutes: Int? = nil, outcome: CourtOutcome? = nil,
                outcomeDate: CivilDate? = nil, terms: Bool? = nil, disrepairCounterClaim: Bool? = nil,
                strikeOutDate: CivilDate? = nil, balanceOnOutcomeDate: Money? = nil) {
        self.id = id; self.hearingDate = hearingDate; self.hearingMinutes = hearingMinutes; self.outcome = outcome
        self.outcomeDate = outcomeDate; self.terms = terms; self.disrepairCounterClaim = disrepairCounterClaim
        self.strikeOutDate = strikeOutDate; self.balanceOnOutcomeDate = balanceOnOutcomeDate
    }

    /// `10:30` or nil.
    public var hearingTimeText: String? {
        guard let m = hearingMinutes else { return nil }
        return "\(CivilDate.pad(m / 60, 2)):\(CivilDate.pad(m % 60, 2))"
    }

    /// Struck out, or a suspended order more than six years after the hearing.
    public func isExpired(asOf d: CivilDate) -> Bool {
        if let s = strikeOutDate, s <= d { return true }
        if outcome == .suspensionOnTerms, let h = hearingDate, h.adding(years: 6) <= d { return true }
        return false
    }
}

/// The 11 court outcome codes.
public enum CourtOutcome: String, CaseIterable, Sendable, Codable {
    case adjournedGenerally = "AGP"
    case adjournedToNextOpenDate = "AND"
    case adjournedToAnotherHearing = "AAH"
    case adjournedForDirections = "ADH"
    case adjournedOnTerms = "ADT"
    case suspensionOnTerms = "SOT"
    case stayOfExecution = "SOE"
    case outrightPossessionForthwith = "OPF"
    case outrightPossessionWithDate = "OPD"
    case struckOut = "STO"
    case withdrawn = "WIT"

    public var label: String {
        switch self {
        case .adjournedGenerally: return "Adjourned generally with permission to restore"
        case .adjournedToNextOpenDate: return "Adjourned to next open date"
        case .adjournedToAnotherHearing: return "Adjourned to another hearing date"
        case .adjournedForDirections: return "Adjourned for directions hearing"
        case .adjournedOnTerms: return "Adjourned on terms"
        case .suspensionOnTerms: return "Suspended possession on terms"
        case .stayOfExecution: return "Stay of execution"
        case .outrightPossessionForthwith: return "Outright possession forthwith"
        case .outrightPossessionWithDate: return "Outright possession with date"
        case .struckOut: return "Struck out"
        case .withdrawn: return "Withdrawn on the day"
        }
    }

    public var canHaveTerms: Bool {
        switch self {
        case .adjournedGenerally, .adjournedToNextOpenDate, .adjournedToAnotherHearing, .adjournedForDirections,
             .adjournedOnTerms, .suspensionOnTerms, .stayOfExecution: return true
        default: return false
        }
    }

    public var isOutrightPossession: Bool { self == .outrightPossessionForthwith || self == .outrightPossessionWithDate }
}

public struct Eviction: Hashable, Sendable, Codable {
    public var id: Int
    public var date: CivilDate
    public init(id: Int, date: CivilDate) { self.id = id; self.date = date }
}
