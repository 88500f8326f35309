/// Conditions about what has been sent and when, read from the diary.
enum ContactConditions {
    static let smsCodes: [TrackedCode] = [.gat, .gms, .ams, .sms]
    static let letterOneCodes: [TrackedCode] = [.ic1, .s01]
    static let letterTwoCodes: [TrackedCode] = [.ic2, .s02, .zr2, .zl2, .zt2]
    /// Hackney's letter-one guard (letters 1 and 2, the alternative letter, the court warning), plus the
    /// informal breach letter: after a breach the route resumes at the notice, not back at letter one.
    static let rentLetterCodes: [TrackedCode] = [.ic1, .s01, .ic2, .s02, .zr2, .zl2, .zt2, .s0a, .ic4, .bli]

    private static func lastSeen(_ ctx: RuleContext) -> Seen {
        ctx.m.lastCommunication.map { .mark($0) } ?? .nothing("no communication on file")
    }

    private static func isOne(of codes: [TrackedCode], _ mark: DiaryMark) -> Bool {
        codes.contains { $0.code == mark.code }
    }

    /// Hackney: after an SMS, wait a week; after any other communication, wait three months.
    static let smsSpacing = Condition("sms_spacing", { p in
        "the last communication, if any, is an SMS at least \(p.rules.smsRepeatDays) days old or anything else at least \(p.rules.smsAfterOtherContactMonths) months old"
    }) { ctx in
        guard let last = ctx.m.lastCommunication else { return .pass(.nothing("no communication on file")) }
        if isOne(of: smsCodes, last) { return .when(ctx.isAtLeast(days: ctx.p.rules.smsRepeatDays, ago: last.date), .mark(last)) }
        return .when(!ctx.isWithin(months: ctx.p.rules.smsAfterOtherContactMonths, last.date), .mark(last))
    }

    static let noRecentRentLetter = Condition("no_recent_rent_letter", { p in
        "the last communication is not a letter 1, letter 2, court warning or breach letter from the last \(p.rules.letterRepeatMonths) months"
    }) { ctx in
        guard let last = ctx.m.lastCommunication else { return .pass(.nothing("no communication on file")) }
        let recentLetter = isOne(of: rentLetterCodes, last) && ctx.isWithin(months: ctx.p.rules.letterRepeatMonths, last.date)
        return .when(!recentLetter, .mark(last))
    }

    static let letterOneDueForFollowUp = Condition("letter_one_due_for_follow_up", { p in
        "the last communication is letter 1, sent at least \(p.rules.letterTwoAfterDays) days and less than \(p.rules.letterTwoWithinMonths) months ago"
    }) { ctx in
        guard let last = ctx.m.lastCommunication, isOne(of: letterOneCodes, last) else { return .fail(lastSeen(ctx)) }
        let r = ctx.p.rules
        return .when(ctx.isAtLeast(days: r.letterTwoAfterDays, ago: last.date) && ctx.isWithin(months: r.letterTwoWithinMonths, last.date),
                     .mark(last))
    }

    /// Hackney: a first notice needs letter 2, sent a week to three months ago. This product also accepts an
    /// informal breach letter that has gone unanswered for the resume period (docs/policy.md, defect 4).
    static func firstNoticeFollowsLetterTwo(_ kind: NoticeKind) -> Condition {
        Condition("first_\(kind.rawValue.lowercased())_follows_letter_two", { p in
            "if no \(kind.inSentence) was ever served: the last communication is letter 2 sent \(p.rules.noticeAfterLetterTwoDays) days to \(p.rules.noticeAfterLetterTwoWithinMonths) months ago, or a breach letter unanswered for \(p.rules.breachLetterResumeDays) days"
        }) { ctx in
            if let n = ctx.m.notices[kind] { return .pass(.notice(kind, n.standing, n.notice.servedOn)) }
            guard let last = ctx.m.lastCommunication else { return .fail(.nothing("no communication on file")) }
            let r = ctx.p.rules
            let within = ctx.isWithin(months: r.noticeAfterLetterTwoWithinMonths, last.date)
            if isOne(of: letterTwoCodes, last) {
                return .when(ctx.isAtLeast(days: r.noticeAfterLetterTwoDays, ago: last.date) && within, .mark(last))
            }
            if last.code == "BLI" {
                return .when(ctx.isAtLeast(days: r.breachLetterResumeDays, ago: last.date) && within, .mark(last))
            }
            return .fail(.mark(last))
        }
    }

    /// Letters and visits about an earlier breach do not count for this one.
    private static func sinceBreach(_ ctx: RuleContext, _ mark: DiaryMark) -> Bool {
        mark.date >= (ctx.m.agreement?.breachedSince ?? ctx.asOf)
    }

    static let courtBreachLetterDueVisit = Condition("court_breach_letter_due_visit", { p in
        "the last communication is the court breach letter (CBL) for this breach, sent \(p.rules.courtBreachVisitAfterDays) days to \(p.rules.courtBreachVisitWithinMonths) months ago"
    }) { ctx in
        guard let last = ctx.m.lastCommunication, last.code == "CBL", sinceBreach(ctx, last) else { return .fail(lastSeen(ctx)) }
        let r = ctx.p.rules
        return .when(ctx.isAtLeast(days: r.courtBreachVisitAfterDays, ago: last.date)
                        && ctx.isWithin(months: r.courtBreachVisitWithinMonths, last.date), .mark(last))
    }

    /// Hackney's rule 9 could never fire because CBV was not a communication; the catalogue now marks it as one.
    static let courtBreachVisitMade = Condition("court_breach_visit_made", { p in
        "the last communication is the court breach visit (CBV) for this breach, at least \(p.rules.courtBreachNoPaymentAfterVisitDays) days ago"
    }) { ctx in
        guard let last = ctx.m.lastCommunication, last.code == "CBV", sinceBreach(ctx, last) else { return .fail(lastSeen(ctx)) }
        return .when(ctx.isAtLeast(days: ctx.p.rules.courtBreachNoPaymentAfterVisitDays, ago: last.date), .mark(last))
    }

    static let noCourtBreachLetterSinceBreach = Condition("no_court_breach_letter_since_breach", { _ in
        "no court breach letter (CBL) or visit (CBV) since the breach began"
    }) { ctx in
        let since = ctx.m.agreement?.breachedSince ?? ctx.asOf
        for code in [TrackedCode.cbl, .cbv] {
            if let d = ctx.m.diary.date(of: code), d >= since { return .fail(.mark(DiaryMark(code: code.code, date: d))) }
        }
        return .pass(.nothing("none since the breach"))
    }

    static let noPaymentForDays = Condition("no_payment_for_days", { p in
        "no payment for at least \(p.rules.courtBreachNoPaymentDays) days"
    }) { ctx in
        guard let days = ctx.m.daysSinceLastPayment else { return .pass(.nothing("never paid")) }
        return .when(days >= ctx.p.rules.courtBreachNoPaymentDays, .count(days, "days"))
    }

    static let noBreachLetterSinceBreach = Condition("no_breach_letter_since_breach", { _ in
        "no breach letter (BLI) since the breach began"
    }) { ctx in
        guard let a = ctx.m.agreement, let sent = ctx.breachLetterSinceBreach(a) else {
            return .pass(.nothing("none since the breach"))
        }
        return .fail(.mark(DiaryMark(code: "BLI", date: sent)))
    }

    static let lastContactSpaced = Condition("last_contact_spaced", { p in
        "the last communication, if any, is at least \(p.rules.breachLetterSpacingDays) days old"
    }) { ctx in
        guard let last = ctx.m.lastCommunication else { return .pass(.nothing("no communication on file")) }
        return .when(ctx.isAtLeast(days: ctx.p.rules.breachLetterSpacingDays, ago: last.date), .mark(last))
    }

    /// The breach letter went out since the breach and is inside its window: old enough to follow up,
    /// not yet so old that the route resumes.
    static let breachLetterAwaitingResponse = Condition("breach_letter_awaiting_response", { p in
        "a breach letter (BLI) was sent since the breach, \(p.rules.breachLetterSpacingDays) to \(p.rules.breachLetterResumeDays - 1) days ago"
    }) { ctx in
        guard let a = ctx.m.agreement, let sent = ctx.breachLetterSinceBreach(a) else {
            return .fail(.nothing("no breach letter since the breach"))
        }
        let r = ctx.p.rules
        let inWindow = ctx.isAtLeast(days: r.breachLetterSpacingDays, ago: sent) && !ctx.isAtLeast(days: r.breachLetterResumeDays, ago: sent)
        return .when(inWindow, .mark(DiaryMark(code: "BLI", date: sent)))
    }

    /// Steps are recognised by their own code since the notice, not by being the very last communication,
    /// so that an SMS in between does not send the court warning again.
    static func noCourtWarningSinceNotice(_ kind: NoticeKind) -> Condition {
        Condition("no_court_warning_since_notice", { _ in "no court warning letter (IC4) since the \(kind.inSentence) was served" }) { ctx in
            guard let sent = ctx.m.diary.date(of: .ic4), let n = ctx.m.notices[kind], sent >= n.notice.servedOn else {
                return .pass(.nothing("none since the notice"))
            }
            return .fail(.mark(DiaryMark(code: "IC4", date: sent)))
        }
    }

    static func courtWarningSentLongEnough(_ kind: NoticeKind) -> Condition {
        Condition("court_warning_sent_long_enough", { p in
            "the court warning letter (IC4) was sent since the \(kind.inSentence), at least \(p.rules.courtDateAfterWarningDays) days ago"
        }) { ctx in
            guard let sent = ctx.m.diary.date(of: .ic4), let n = ctx.m.notices[kind], sent >= n.notice.servedOn else {
                return .fail(.nothing("no court warning since the notice"))
            }
            return .when(ctx.isAtLeast(days: ctx.p.rules.courtDateAfterWarningDays, ago: sent), .mark(DiaryMark(code: "IC4", date: sent)))
        }
    }

    /// Hackney's "no court date later than that letter": a hearing after the warning means the claim is in
    /// court. A hearing on the warning's own day is not later than it, so it does not block (as Hackney).
    static let noHearingSinceCourtWarning = Condition("no_hearing_since_court_warning", { _ in
        "no court hearing later than the court warning letter"
    }) { ctx in
        guard let h = ctx.m.court?.liveHearingDate, let sent = ctx.m.diary.date(of: .ic4) else {
            return .pass(.nothing("no hearing since the warning"))
        }
        return .when(h <= sent, .date(h))
    }
}
