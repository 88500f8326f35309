/// Where a notice stands on a date.
public enum NoticeStanding: String, Hashable, Sendable {
    /// Served; proceedings may not begin yet.
    case coolingOff = "cooling_off"
    /// Proceedings may begin, and the notice can still found them.
    case active
    /// Too old to found proceedings.
    case expired

    public var label: String {
        switch self {
        case .coolingOff: return "served, waiting for the date proceedings may begin"
        case .active: return "active: proceedings may begin"
        case .expired: return "expired"
        }
    }
}

/// The latest notice of one kind, as of a date.
public struct NoticeFacts: Hashable, Sendable {
    public var notice: Notice
    public var standing: NoticeStanding

    init(_ notice: Notice, asOf: CivilDate) {
        self.notice = notice
        standing = notice.inCoolingOff(asOf: asOf) ? .coolingOff : (notice.isValid(asOf: asOf) ? .active : .expired)
    }

    /// Served and still able to found proceedings (cooling off or active): Hackney's "valid".
    public var isValid: Bool { standing != .expired }
    /// A review asked for and not yet decided (introductory tenancies).
    public var reviewPending: Bool { notice.reviewRequestedOn != nil && (notice.reviewOutcome ?? "").isEmpty }
}

/// The latest notice of each kind served on or before the as-of date.
public struct NoticeSet: Hashable, Sendable {
    public var nosp: NoticeFacts?
    public var noticeOfProceedings: NoticeFacts?
    public var noticeToQuit: NoticeFacts?
    public var letterBeforeAction: NoticeFacts?

    init(_ notices: [Notice], asOf: CivilDate) {
        for n in notices where n.servedOn <= asOf {
            switch n.kind {
            case .noticeOfSeekingPossession: nosp = Self.later(nosp, n, asOf)
            case .noticeOfProceedings: noticeOfProceedings = Self.later(noticeOfProceedings, n, asOf)
            case .noticeToQuit: noticeToQuit = Self.later(noticeToQuit, n, asOf)
            case .letterBeforeAction: letterBeforeAction = Self.later(letterBeforeAction, n, asOf)
            }
        }
    }

    private static func later(_ current: NoticeFacts?, _ n: Notice, _ asOf: CivilDate) -> NoticeFacts {
        if let c = current, (c.notice.servedOn, c.notice.id) > (n.servedOn, n.id) { return c }
        return NoticeFacts(n, asOf: asOf)
    }

    public subscript(kind: NoticeKind) -> NoticeFacts? {
        switch kind {
        case .noticeOfSeekingPossession: return nosp
        case .noticeOfProceedings: return noticeOfProceedings
        case .noticeToQuit: return noticeToQuit
        case .letterBeforeAction: return letterBeforeAction
        }
    }

    /// The most recently served notice of any kind.
    public var latest: NoticeFacts? {
        [nosp, noticeOfProceedings, noticeToQuit, letterBeforeAction].compactMap { $0 }
            .max { ($0.notice.servedOn, $0.notice.id) < ($1.notice.servedOn, $1.notice.id) }
    }
}

/// The latest court case (by id), read as of a date.
public struct CourtFacts: Hashable, Sendable {
    public var courtCase: CourtCase
    /// Struck out, withdrawn, or a suspended order past its life: it no longer counts as "a court date on file".
    public var isClosed: Bool
    /// Hackney's "expired": struck out, or a suspended order past its life.
    public var isExpired: Bool

    init(_ c: CourtCase, asOf: CivilDate, lifeYears: Int) {
        courtCase = c
        var expired = false
        if let s = c.strikeOutDate, s <= asOf { expired = true }
        if c.outcome == .suspensionOnTerms, let h = c.hearingDate, h.adding(years: lifeYears) <= asOf { expired = true }
        isExpired = expired
        isClosed = expired || c.outcome == .struckOut || c.outcome == .withdrawn
    }

    public var hearingDate: CivilDate? { courtCase.hearingDate }
    public var outcome: CourtOutcome? { courtCase.outcome }

    /// Neither a hearing date nor an outcome: a court case recorded without its facts.
    public var isIncomplete: Bool { courtCase.hearingDate == nil && courtCase.outcome == nil }

    /// Proceedings under way: neither closed nor missing both its hearing and its outcome.
    public var isOpenProceedings: Bool { !isClosed && !isIncomplete }

    /// The hearing date of a case still open, or nil.
    public var liveHearingDate: CivilDate? { isClosed ? nil : courtCase.hearingDate }

    /// Hackney's `court_warrant_active?`: a dated case whose outcome keeps an order with terms alive,
    /// heard within the order's life.
    func orderWithTermsAlive(asOf: CivilDate, lifeYears: Int) -> Bool {
        guard let h = courtCase.hearingDate, let o = courtCase.outcome else { return false }
        switch o {
        case .adjournedGenerally, .adjournedToNextOpenDate, .adjournedToAnotherHearing, .adjournedForDirections,
             .suspensionOnTerms, .stayOfExecution:
            return h.adding(years: lifeYears) > asOf
        default:
            return false
        }
    }
}

/// A protective hold active on the as-of date, with its effective end.
public struct ActiveHold: Hashable, Sendable {
    public var hold: Hold
    /// Nil while open-ended (a mental-health crisis moratorium).
    public var endsOn: CivilDate?

    public var kind: HoldKind { hold.kind }
}

/// What stops the route's steps on the as-of date (Hackney's `should_prevent_action?`, with this
/// product's decisions on past evictions and ended accounts).
public enum Blocker: Hashable, Sendable {
    case paused(until: CivilDate, reason: PauseReason)
    case evictionBooked(CivilDate)
    case evictionJustPassed(CivilDate)
    case futureCourtDate(CivilDate)
    case accountEnded(CivilDate)

    public var text: String {
        switch self {
        case let .paused(until, reason): return "paused until \(until.shortText) (\(reason.label))"
        case let .evictionBooked(d): return "eviction booked for \(d.shortText)"
        case let .evictionJustPassed(d): return "eviction date \(d.shortText) has just passed and is unconfirmed"
        case let .futureCourtDate(d): return "court hearing on \(d.shortText)"
        case let .accountEnded(d): return "account ended on \(d.shortText)"
        }
    }
}

extension NoticeKind {
    /// The notice's name inside a sentence: "no notice to quit still in force".
    var inSentence: String {
        switch self {
        case .noticeOfSeekingPossession: return "NOSP"
        case .noticeOfProceedings: return "notice of proceedings"
        case .noticeToQuit: return "notice to quit"
        case .letterBeforeAction: return "letter before action"
        }
    }
}
