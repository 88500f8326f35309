/// Which notice each kind of account needs before court, and the diary code recording it
/// (reference: domain-and-peers.md §1.1).
public enum NoticeRoute {
    public static func kind(for type: AccountType) -> NoticeKind {
        switch type {
        case .secure: return .noticeOfSeekingPossession
        case .introductory: return .noticeOfProceedings
        case .nonSecure, .temporaryAccommodation, .temporaryLicence, .garage: return .noticeToQuit
        case .sundry, .leasehold, .freehold, .sharedOwnership: return .letterBeforeAction
        }
    }

    /// NTS for a NOSP, NOP and NTQ for theirs; a letter before action is SLB for service charges, MW3
    /// for major works and DCL (debt claims protocol letter of claim) for sundry debts.
    public static func diaryCode(for account: Account) -> String {
        switch kind(for: account.type) {
        case .noticeOfSeekingPossession: return "NTS"
        case .noticeOfProceedings: return "NOP"
        case .noticeToQuit: return "NTQ"
        case .letterBeforeAction:
            guard account.type.isLeaseholdSide else { return "DCL" }
            return account.debtKind == .majorWorks ? "MW3" : "SLB"
        }
    }
}

/// How long a notice runs, passed in from policy: the days before proceedings may begin, and the
/// weeks after that during which it can found proceedings (a NOSP: 28 days, then 52 weeks).
public struct NoticeTerms: Equatable, Sendable {
    public var noticeDays: Int
    public var validityWeeks: Int

    public init(noticeDays: Int, validityWeeks: Int) {
        self.noticeDays = noticeDays; self.validityWeeks = validityWeeks
    }

    public func mayBeginOn(servedOn: CivilDate) -> CivilDate { servedOn.adding(days: noticeDays) }
    public func validUntil(servedOn: CivilDate) -> CivilDate { mayBeginOn(servedOn: servedOn).adding(weeks: validityWeeks) }
}
