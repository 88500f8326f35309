/// Conditions about court cases and notices.
enum CourtConditions {
    private static func courtSeen(_ ctx: RuleContext) -> Seen {
        guard let c = ctx.m.court else { return .nothing("no court case on file") }
        return .court(c.outcome, c.hearingDate)
    }

    /// Hackney's "no court date at all", except that closed cases (struck out, withdrawn, or a suspended
    /// order past its life) no longer count: an old case should not freeze the early letters for ever. Nor
    /// does a case with neither a hearing date nor an outcome: that is missing data, which `check_data`
    /// asks for, not proceedings under way (docs/policy.md §9).
    static let noOpenCourtCase = Condition("no_open_court_case", { _ in
        "no open court case (struck out, withdrawn and spent cases, and cases with neither a hearing date nor an outcome, do not count)"
    }) { ctx in
        .when(!(ctx.m.court?.isOpenProceedings ?? false), courtSeen(ctx))
    }

    /// Hackney's "the court date is not in the past". A hearing on the as-of date has taken place
    /// (Hackney counts a court date of today as past), whatever its time of day.
    static let noHearingHeld = Condition("no_hearing_held", { _ in "no hearing has taken place in an open court case" }) { ctx in
        guard let h = ctx.m.court?.liveHearingDate else { return .pass(courtSeen(ctx)) }
        return .when(h > ctx.asOf, courtSeen(ctx))
    }

    /// A hearing on the as-of date counts as passed: the outcome is asked for on the hearing day.
    static let hearingPassedWithoutOutcome = Condition("hearing_passed_without_outcome", { _ in
        "the hearing date has come (today or earlier) and no outcome is recorded"
    }) { ctx in
        guard let c = ctx.m.court, let h = c.hearingDate else { return .fail(courtSeen(ctx)) }
        return .when(h <= ctx.asOf && c.outcome == nil, courtSeen(ctx))
    }

    static let outrightOrderRecently = Condition("outright_order_recently", { p in
        "an outright possession order (OPD or OPF) at a hearing in the last \(p.rules.warrantWithinMonths) months"
    }) { ctx in
        guard let c = ctx.m.court, let h = c.hearingDate, let o = c.outcome else { return .fail(courtSeen(ctx)) }
        let recent = h <= ctx.asOf && ctx.isWithin(months: ctx.p.rules.warrantWithinMonths, h)
        return .when(recent && o.isOutrightPossession, courtSeen(ctx))
    }

    /// Hackney tested "the last communication is not WPA", which could never hold true because WPA was not a
    /// communication; this asks whether a warrant was applied for since the hearing (docs/policy.md, defect 1).
    static let noWarrantSinceHearing = Condition("no_warrant_since_hearing", { _ in
        "no warrant applied for (WPA) since the hearing"
    }) { ctx in
        guard let wpa = ctx.m.diary.date(of: .wpa) else { return .pass(.nothing("no WPA on file")) }
        let hearing = ctx.m.court?.hearingDate ?? CivilDate(dayNumber: Int32.min)
        return .when(wpa < hearing, .mark(DiaryMark(code: "WPA", date: wpa)))
    }

    /// Hackney's `check_data` (income-api.md §2.2, rule 15): court data that contradicts itself, or a court
    /// case with neither a hearing date nor an outcome (which no longer stops the ladder; docs/policy.md §9).
    static let courtDataInconsistent = Condition("court_data_inconsistent", { p in
        "court data contradicts itself or is missing: an order with terms alive but no agreement; an outcome without a hearing date; terms not yet turned into a court agreement made at or after the hearing; or a court case with neither a hearing date nor an outcome"
    }) { ctx in
        guard let c = ctx.m.court else { return .fail(.nothing("no court case on file")) }
        let life = ctx.p.rules.courtOrderLifeYears
        let courtAgreement = ctx.courtAgreementSinceHearing
        if c.orderWithTermsAlive(asOf: ctx.asOf, lifeYears: life) && ctx.m.agreement?.isActive != true
            && courtAgreement?.state != .completed {
            return .pass(.text("order with terms alive (\(c.outcome?.label ?? "")) but no active agreement"))
        }
        if c.outcome != nil && c.hearingDate == nil {
            return .pass(.text("outcome \(c.outcome?.rawValue ?? "") recorded without a hearing date"))
        }
        if c.isIncomplete && !c.isClosed {
            return .pass(.text("a court case with neither a hearing date nor an outcome"))
        }
        // Hackney: any court agreement made at or after the hearing satisfies the terms, whatever its state now.
        if c.courtCase.terms == true && !c.isExpired {
            guard let a = ctx.m.agreement, a.kind == .formal else {
                return .pass(.text("the court set terms but there is no court agreement"))
            }
            if let h = c.hearingDate, a.agreement.startDate < h {
                return .pass(.text("the court agreement started before the hearing on \(h.shortText)"))
            }
        }
        return .fail(courtSeen(ctx))
    }

    // MARK: Notices

    static func noticeNeverServed(_ kind: NoticeKind) -> Condition {
        Condition("\(kind.rawValue.lowercased())_never_served", { _ in "no \(kind.inSentence) has ever been served" }) { ctx in
            guard let n = ctx.m.notices[kind] else { return .pass(.nothing("none on file")) }
            return .fail(.notice(kind, n.standing, n.notice.servedOn))
        }
    }

    /// Not served, or served so long ago that it can no longer found proceedings.
    static func noValidNotice(_ kind: NoticeKind) -> Condition {
        Condition("no_valid_\(kind.rawValue.lowercased())", { _ in "no \(kind.inSentence) still in force" }) { ctx in
            guard let n = ctx.m.notices[kind] else { return .pass(.nothing("none on file")) }
            return .when(!n.isValid, .notice(kind, n.standing, n.notice.servedOn))
        }
    }

    /// Cooling-off over and still inside its life: proceedings may begin.
    static func noticeActive(_ kind: NoticeKind) -> Condition {
        Condition("\(kind.rawValue.lowercased())_active", { p in
            "a \(kind.inSentence) whose date for proceedings has passed and which is still in force (\(p.notices.validityWeeks) weeks)"
        }) { ctx in
            guard let n = ctx.m.notices[kind] else { return .fail(.nothing("none on file")) }
            return .when(n.standing == .active, .notice(kind, n.standing, n.notice.servedOn))
        }
    }

    /// Only a notice still in force needs its review: a review of an expired notice decides nothing.
    static let introductoryReviewPending = Condition("introductory_review_pending", { _ in
        "the tenant asked for a review of the notice of proceedings in force and it has not been decided"
    }) { ctx in
        guard let n = ctx.m.notices.noticeOfProceedings, n.isValid else { return .fail(.nothing("no notice of proceedings in force")) }
        guard let asked = n.notice.reviewRequestedOn, asked <= ctx.asOf else { return .fail(.nothing("no review asked for")) }
        return .when(n.reviewPending, .date(asked))
    }

    /// A requested review blocks court until it is decided (domain-and-peers.md §1.1).
    static let noIntroductoryReviewPending = Condition("no_introductory_review_pending", { _ in
        "no review of the notice of proceedings is waiting for a decision"
    }) { ctx in
        guard let n = ctx.m.notices.noticeOfProceedings, let asked = n.notice.reviewRequestedOn, asked <= ctx.asOf else {
            return .pass(.nothing("no review asked for"))
        }
        return .when(!n.reviewPending, .date(asked))
    }

    /// Once a claim is in court (a hearing on or after the notice), applying again is not the next step.
    static func noCourtCaseSinceNotice(_ kind: NoticeKind) -> Condition {
        Condition("no_court_case_since_\(kind.rawValue.lowercased())", { _ in
            "no open court case heard or listed since the \(kind.inSentence) was served"
        }) { ctx in
            guard let h = ctx.m.court?.liveHearingDate, let n = ctx.m.notices[kind] else { return .pass(courtSeen(ctx)) }
            return .when(h < n.notice.servedOn, courtSeen(ctx))
        }
    }
}
