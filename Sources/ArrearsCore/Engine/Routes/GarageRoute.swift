/// Garages: a reminder, then a 7-day notice to quit once arrears exceed a month's charge, then
/// repossession when the notice ends (domain-and-peers.md §1.1; a contract, so no protocol letters).
enum GarageRoute {
    typealias C = CaseConditions

    static let rules: [Rule] = [
        CommonRules.reviewFailedLetter,
        CommonRules.transferEndedAccount,
        CommonRules.followUpBrokenPromise,
        Rule(.sendGarageReminder, [C.notPrevented, C.arrearsAfterGrace(atLeast: \.otherRoutes.garageReminderMinimumArrears, id: "garage_arrears"),
                                   noRecentReminder, CourtConditions.noValidNotice(.noticeToQuit), C.noAgreementHoldingCase]),
        Rule(.serveGarageNoticeToQuit, [C.notPrevented, C.arrearsAboveMonthsOfCharge, reminderDueForNotice,
                                        CourtConditions.noValidNotice(.noticeToQuit), C.noAgreementHoldingCase]),
    ] + CommonRules.informalBreach(.noticeToQuit) + [
        Rule(.repossessGarage, [C.notPrevented, CourtConditions.noticeActive(.noticeToQuit),
                                C.arrearsAfterGrace(atLeast: \.otherRoutes.garageReminderMinimumArrears, id: "garage_arrears"),
                                C.noAgreementHoldingCase]),
    ]

    static let noRecentReminder = Condition("no_recent_garage_reminder", { p in
        "no reminder (IC1) in the last \(p.rules.letterRepeatMonths) months"
    }) { ctx in
        guard let sent = ctx.m.diary.date(of: .ic1) else { return .pass(.nothing("no reminder on file")) }
        return .when(!ctx.isWithin(months: ctx.p.rules.letterRepeatMonths, sent), .mark(DiaryMark(code: "IC1", date: sent)))
    }

    static let reminderDueForNotice = Condition("garage_reminder_due_for_notice", { p in
        "a reminder (IC1) was sent at least \(p.rules.noticeAfterLetterTwoDays) days and less than \(p.rules.noticeAfterLetterTwoWithinMonths) months ago"
    }) { ctx in
        guard let sent = ctx.m.diary.date(of: .ic1) else { return .fail(.nothing("no reminder on file")) }
        let r = ctx.p.rules
        return .when(ctx.isAtLeast(days: r.noticeAfterLetterTwoDays, ago: sent) && ctx.isWithin(months: r.noticeAfterLetterTwoWithinMonths, sent),
                     .mark(DiaryMark(code: "IC1", date: sent)))
    }
}
