import Testing
@testable import ArrearsCore

@Suite struct NoticeScheduleTests {
    func account(_ type: AccountType, _ period: ChargePeriod = .weekly) -> Account {
        CaseBuilder(type, period: period).file.account
    }

    @Test(arguments: [
        (NoticeKind.noticeOfSeekingPossession, AccountType.secure, ChargePeriod.weekly, "2024-03-18", "2024-04-15"),  // 28 days
        (.noticeOfProceedings, .introductory, .weekly, "2024-03-18", "2024-04-21"),   // 4 weeks, to the Sunday ending that week
        (.noticeOfProceedings, .introductory, .weekly, "2024-03-24", "2024-04-21"),   // served on a Sunday: exactly 4 weeks
        (.noticeToQuit, .nonSecure, .monthly, "2024-01-31", "2024-02-29"),           // to the end of the month, leap year
        (.noticeToQuit, .temporaryAccommodation, .monthly, "2023-02-10", "2023-03-31"),
        (.noticeToQuit, .temporaryLicence, .weekly, "2024-03-18", "2024-04-15"),      // reasonable notice: 28 days
        (.noticeToQuit, .garage, .monthly, "2024-02-05", "2024-02-12"),               // 7 days
        (.letterBeforeAction, .leasehold, .halfYearly, "2024-02-28", "2024-03-29"),   // 30 days to reply
    ] as [(NoticeKind, AccountType, ChargePeriod, String, String)])
    func noticeDates(kind: NoticeKind, type: AccountType, period: ChargePeriod, served: String, mayBegin: String) {
        let n = NoticeSchedule.notice(id: 1, kind: kind, servedOn: d(served), account: account(type, period), policy: .default)
        #expect(n.mayBeginOn == d(mayBegin))
        #expect(n.validUntil == d(mayBegin).adding(weeks: 52))
    }

    @Test(arguments: [
        (ChargePeriod.quarterly, "2024-05-02", "2024-06-30"), (.halfYearly, "2024-11-02", "2025-03-31"),
        (.halfYearly, "2024-04-01", "2024-09-30"), (.yearly, "2024-03-31", "2024-03-31"), (.yearly, "2024-04-01", "2025-03-31"),
    ] as [(ChargePeriod, String, String)])
    func periodEnds(period: ChargePeriod, date: String, end: String) {
        #expect(NoticeSchedule.periodEnd(onOrAfter: d(date), period: period) == d(end))
    }

    @Test func theNoticePeriodComesFromThePolicy() throws {
        let covid = try PolicyFile.parse("notice.nosp.period_days = 91\nnotice.validity_weeks = 26", file: "t")
        let n = NoticeSchedule.notice(id: 1, kind: .noticeOfSeekingPossession, servedOn: d("2020-06-01"),
                                      account: account(.secure), policy: covid)
        #expect(n.mayBeginOn == d("2020-08-31") && n.validUntil == d("2021-03-01"))
    }

    @Test func introductoryReviewMustBeAskedForWithinFourteenDays() {
        var n = NoticeSchedule.notice(id: 1, kind: .noticeOfProceedings, servedOn: d("2024-03-18"), account: account(.introductory),
                                      policy: .default)
        #expect(NoticeSchedule.reviewDeadline(of: n, policy: .default) == d("2024-04-01"))
        n.reviewRequestedOn = d("2024-04-01")
        #expect(NoticeSchedule.reviewRequestInTime(n, policy: .default))
        n.reviewRequestedOn = d("2024-04-02")
        #expect(!NoticeSchedule.reviewRequestInTime(n, policy: .default))
    }
}
