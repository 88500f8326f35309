/// The dates a notice carries when it is served: when proceedings (or recovery) may begin and how long
/// it stays in force (income-api.md §5.4, domain-and-peers.md §1.1, §1.5). Used by whoever records a
/// notice, so that the engine and the notice agree.
public enum NoticeSchedule {
    /// The earliest date the notice may name.
    /// - NOSP (secure): served + the policy's notice period (28 days by default).
    /// - Notice of proceedings and notice to quit on a tenancy: at least the policy's weeks (4), ending on
    ///   the last day of a rental period.
    /// - Notice to quit on a licence: reasonable notice, the policy's days. On a garage: the policy's days (7).
    /// - Letter before action / letter of claim: the reply period (30 days).
    public static func mayBeginOn(kind: NoticeKind, servedOn: CivilDate, account: Account, policy: Policy) -> CivilDate {
        let n = policy.notices
        switch kind {
        case .noticeOfSeekingPossession:
            return servedOn.adding(days: n.nospPeriodDays)
        case .noticeOfProceedings:
            return periodEnd(onOrAfter: servedOn.adding(weeks: n.noticeToQuitMinimumWeeks), period: account.chargePeriod)
        case .noticeToQuit:
            switch account.type {
            case .garage: return servedOn.adding(days: n.garageNoticeDays)
            case .temporaryLicence: return servedOn.adding(days: n.licenceNoticeDays)
            default: return periodEnd(onOrAfter: servedOn.adding(weeks: n.noticeToQuitMinimumWeeks), period: account.chargePeriod)
            }
        case .letterBeforeAction:
            return servedOn.adding(days: n.letterOfClaimReplyDays)
        }
    }

    /// A notice with its dates filled in: in force for the policy's weeks (52) after it may begin.
    public static func notice(id: Int, kind: NoticeKind, servedOn: CivilDate, account: Account, policy: Policy) -> Notice {
        let begin = mayBeginOn(kind: kind, servedOn: servedOn, account: account, policy: policy)
        return Notice(id: id, kind: kind, servedOn: servedOn, mayBeginOn: begin,
                      validUntil: begin.adding(weeks: policy.notices.validityWeeks))
    }

    /// The last day an introductory tenant may ask for a review of a notice of proceedings.
    public static func reviewDeadline(of notice: Notice, policy: Policy) -> CivilDate {
        notice.servedOn.adding(days: policy.notices.introductoryReviewDays)
    }

    /// Whether a review request arrived in time.
    public static func reviewRequestInTime(_ notice: Notice, policy: Policy) -> Bool {
        guard let asked = notice.reviewRequestedOn else { return false }
        return asked <= reviewDeadline(of: notice, policy: policy)
    }

    /// The last day of the rental period containing `date`: Sunday for weekly charges (ISO weeks), the
    /// month's end for monthly, the quarter's end, 30 September or 31 March for half-yearly, 31 March for yearly.
    public static func periodEnd(onOrAfter date: CivilDate, period: ChargePeriod) -> CivilDate {
        let c = date.components
        func lastDay(ofMonth month: Int, year: Int) -> CivilDate {
            CivilDate(existing: year, month: month, day: CivilDate.daysIn(month: month, year: year))
        }
        switch period {
        case .weekly:
            return date.startOfISOWeek.adding(days: 6)
        case .monthly:
            return lastDay(ofMonth: c.month, year: c.year)
        case .quarterly:
            return lastDay(ofMonth: ((c.month - 1) / 3 + 1) * 3, year: c.year)
        case .halfYearly:
            if c.month <= 3 { return lastDay(ofMonth: 3, year: c.year) }
            return c.month <= 9 ? lastDay(ofMonth: 9, year: c.year) : lastDay(ofMonth: 3, year: c.year + 1)
        case .yearly:
            return c.month <= 3 ? lastDay(ofMonth: 3, year: c.year) : lastDay(ofMonth: 3, year: c.year + 1)
        }
    }
}
