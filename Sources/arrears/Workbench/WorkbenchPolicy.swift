import ArrearsCore

/// The policy's notice periods, as the notice form needs them (days to "may begin", weeks valid).
enum WorkbenchPolicy {
    static func noticeTerms(for type: AccountType, policy: Policy) -> NoticeTerms {
        let n = policy.notices
        let days: Int
        switch NoticeRoute.kind(for: type) {
        case .noticeOfSeekingPossession: days = n.nospPeriodDays
        case .letterBeforeAction: days = n.letterOfClaimReplyDays
        case .noticeOfProceedings: days = n.noticeToQuitMinimumWeeks * 7
        case .noticeToQuit:
            switch type {
            case .garage: days = n.garageNoticeDays
            case .temporaryLicence: days = n.licenceNoticeDays
            default: days = n.noticeToQuitMinimumWeeks * 7
            }
        }
        return NoticeTerms(noticeDays: days, validityWeeks: n.validityWeeks)
    }
}
