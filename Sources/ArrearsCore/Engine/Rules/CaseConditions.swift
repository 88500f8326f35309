/// Conditions about what stops a case, its agreement and how much it owes.
enum CaseConditions {
    /// Hackney's `should_prevent_action?`, with this product's decisions on evictions and ended accounts.
    static let notPrevented = Condition("nothing_prevents_action", { _ in
        "nothing prevents action: no pause, no eviction date booked or just passed, no future court date, account not ended"
    }) { ctx in
        if let b = ctx.m.blocker { return .fail(.blocker(b)) }
        return .pass(.nothing("nothing in the way"))
    }

    static let notPaused = Condition("not_paused", { _ in "the case is not paused" }) { ctx in
        if let p = ctx.m.pause { return .fail(.blocker(.paused(until: p.until, reason: p.reason))) }
        return .pass(.nothing("not paused"))
    }

    /// Replaces Hackney's "no active agreement": a breached informal agreement stops holding the case once
    /// its breach letter has gone unanswered for the resume period (docs/policy.md, defect 4).
    static let noAgreementHoldingCase = Condition("no_agreement_holding_case", { p in
        "no agreement holds the case (a live agreement, a court agreement, or an informal breach inside its \(p.rules.breachLetterResumeDays) days after the breach letter)"
    }) { ctx in
        guard let a = ctx.m.agreement, a.isActive else { return .pass(.nothing("no live or breached agreement")) }
        return .when(!ctx.agreementHoldsCase(a), .agreement(a.kind, a.state))
    }

    static let informalAgreementBreached = Condition("informal_agreement_breached", { _ in
        "the latest agreement is informal and breached"
    }) { ctx in
        guard let a = ctx.m.agreement else { return .fail(.nothing("no agreement on file")) }
        return .when(a.kind == .informal && a.state == .breached, .agreement(a.kind, a.state))
    }

    /// Hackney's `court_breach_agreement?`: a breached formal agreement made at or after the hearing.
    static let courtAgreementBreached = Condition("court_agreement_breached", { _ in
        "a court-ordered agreement, made at or after the hearing, is breached"
    }) { ctx in
        .when(ctx.isCourtBreach, ctx.m.agreement.map { .agreement($0.kind, $0.state) } ?? .nothing("no agreement on file"))
    }

    static let notCourtBreach = Condition("not_court_breach", { _ in "no court-ordered agreement is breached" }) { ctx in
        .when(!ctx.isCourtBreach, ctx.m.agreement.map { .agreement($0.kind, $0.state) } ?? .nothing("no agreement on file"))
    }

    static let accountEnded = Condition("account_ended", { _ in "the account has ended" }) { ctx in
        guard let end = ctx.accountEnd, end <= ctx.asOf else { return .fail(.nothing("account still running")) }
        return .pass(.date(end))
    }

    static let owesMoney = Condition("owes_money", { _ in "a balance is still owed" }) { ctx in
        .when(ctx.m.balance.isPositive, .money(ctx.m.balance))
    }

    static let latestLetterFailed = Condition("latest_letter_failed", { _ in
        "the latest letter failed its checks and is waiting for review"
    }) { ctx in
        .when(ctx.m.latestLetterFailed, .flag(ctx.m.latestLetterFailed))
    }

    static let evictionJustPassed = Condition("eviction_just_passed", { p in
        "an eviction date passed in the last \(p.rules.evictionConfirmDays) days and the tenancy has not been ended"
    }) { ctx in
        guard let e = ctx.m.evictionDate else { return .fail(.nothing("no eviction date on file")) }
        let justPassed = e < ctx.asOf && ctx.asOf.days(since: e) <= ctx.p.rules.evictionConfirmDays
        return .when(justPassed && !ctx.accountEnded, .date(e))
    }

    // MARK: Arrears

    /// Arrears after one week's grace of at least an amount of the policy.
    static func arrearsAfterGrace(atLeast path: KeyPath<Policy, Money> & Sendable, id: String) -> Condition {
        Condition(id, { p in "arrears after one week's grace of at least \(p[keyPath: path].tableText)" }) { ctx in
            .when(ctx.m.arrearsAfterGrace >= ctx.p[keyPath: path], .money(ctx.m.arrearsAfterGrace))
        }
    }

    /// Collectable arrears (no grace) of at least an amount: leasehold and sundry debts, which have no weekly rhythm.
    static func collectable(atLeast path: KeyPath<Policy, Money> & Sendable, id: String) -> Condition {
        Condition(id, { p in "collectable arrears of at least \(p[keyPath: path].tableText)" }) { ctx in
            .when(ctx.m.collectableArrears >= ctx.p[keyPath: path], .money(ctx.m.collectableArrears))
        }
    }

    /// Hackney's SMS band: collectable arrears (no grace) from £5 up to, not including, £10.
    static let collectableInSMSBand = Condition("collectable_in_sms_band", { p in
        "collectable arrears (no grace) of at least \(p.rules.smsMinimumArrears.tableText) and below \(p.rules.smsBelowArrears.tableText)"
    }) { ctx in
        let c = ctx.m.collectableArrears
        return .when(c >= ctx.p.rules.smsMinimumArrears && c < ctx.p.rules.smsBelowArrears, .money(c))
    }

    /// Arrears after grace of at least the policy's number of weeks' charge (4 by default). Without a regular
    /// charge Hackney's "4 weeks' rent" is £0, so any arrears would found a notice; here such accounts need
    /// the policy's floor instead (docs/policy.md §9).
    static let possessionArrears = Condition("possession_arrears", { p in
        "arrears after one week's grace of at least \(p.rules.possessionMinimumWeeks) weeks' charge (\(p.rules.possessionMinimumArrearsWithoutCharge.tableText) on an account with no regular charge)"
    }) { ctx in
        let needed = ctx.m.weeklyCharge.isPositive
            ? ctx.m.weeklyCharge * ctx.p.rules.possessionMinimumWeeks : ctx.p.rules.possessionMinimumArrearsWithoutCharge
        return .when(ctx.m.arrearsAfterGrace >= needed, .money(ctx.m.arrearsAfterGrace))
    }

    /// Garages: arrears after grace above the policy's number of months' charge.
    static let arrearsAboveMonthsOfCharge = Condition("arrears_above_months_of_charge", { p in
        "arrears after one week's grace above \(p.otherRoutes.garageNoticeAboveMonthsOfCharge) month's charge"
    }) { ctx in
        let monthly = ctx.monthlyCharge
        guard monthly.isPositive else { return .fail(.nothing("no regular charge on the account")) }
        let limit = monthly * ctx.p.otherRoutes.garageNoticeAboveMonthsOfCharge
        return .when(ctx.m.arrearsAfterGrace > limit, .money(ctx.m.arrearsAfterGrace))
    }
}

extension RuleContext {
    /// A live agreement holds the case; so does a breached court agreement (the court breach steps
    /// deal with it) and a breached informal one until its breach letter has gone unanswered long enough.
    func agreementHoldsCase(_ a: AgreementFacts) -> Bool {
        switch a.state {
        case .live: return true
        case .breached:
            if a.kind == .formal { return true }
            guard let letter = breachLetterSinceBreach(a) else { return true }
            return !isAtLeast(days: p.rules.breachLetterResumeDays, ago: letter)
        default: return false
        }
    }

    /// The informal breach letter (BLI) written since the current breach began.
    func breachLetterSinceBreach(_ a: AgreementFacts) -> CivilDate? {
        guard let since = a.breachedSince, let sent = m.diary.date(of: .bli), sent >= since else { return nil }
        return sent
    }

    /// The latest agreement when it is a court agreement made at or after the hearing, in any state.
    var courtAgreementSinceHearing: AgreementFacts? {
        guard let a = m.agreement, a.kind == .formal, let hearing = m.court?.hearingDate,
              a.agreement.startDate >= hearing else { return nil }
        return a
    }

    var isCourtBreach: Bool {
        guard let a = m.agreement, a.kind == .formal, a.state == .breached,
              let hearing = m.court?.hearingDate else { return false }
        return a.agreement.startDate >= hearing
    }
}

extension Account {
    /// A month's charge: the charge itself when monthly, else the weekly equivalent × 52 ÷ 12.
    public var monthlyCharge: Money {
        if chargePeriod == .monthly { return charge }
        let yearly = weeklyCharge.pence * 52
        return Money(pence: (yearly + 6) / 12)
    }
}
