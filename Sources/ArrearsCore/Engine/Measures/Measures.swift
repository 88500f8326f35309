/// Everything the score, the band and the rules read about one case on one date. Pure: computed from
/// the case file, the as-of date and the policy alone.
public struct Measures: Hashable, Sendable {
    public var asOf: CivilDate
    /// Every ledger line up to the as-of date (positive = in arrears).
    public var balance: Money
    /// Balance less charges not yet due: the part of this week's charges not yet paid (for leasehold,
    /// of demands younger than the demand period). The same whether the tenant paid on Monday or not yet.
    public var collectableArrears: Money
    public var chargesNotYetDue: Money
    /// The regular charge as a weekly amount (monthly and half-yearly charges converted).
    public var weeklyCharge: Money
    /// Payments since Monday (negative when money came in).
    public var paymentsThisWeek: Money
    /// One week's charge: the slack on collectable arrears before the letters start.
    public var grace: Money
    /// Collectable arrears less one week's charge.
    public var arrearsAfterGrace: Money
    /// Arrears after grace in weeks of charge, in hundredths; nil without a regular charge.
    public var weeksOwedHundredths: Int?
    public var arrearsSince: CivilDate?
    public var daysInArrears: Int
    public var lastPaymentDate: CivilDate?
    public var daysSinceLastPayment: Int?
    /// Newest first, at most three.
    public var recentPayments: RecentPayments
    public var lastPayments: [PaymentPoint] { recentPayments.all }
    /// (p1 − p2) − (p2 − p3) over ledger amounts: positive when the tenant paid less than before.
    public var paymentAmountDelta: Money?
    /// (d1 − d2) − (d2 − d3) over the payment dates: how irregular the rhythm is.
    public var paymentDateDelta: Int?
    /// Agreements ever breached.
    public var brokenAgreements: Int
    public var agreement: AgreementFacts?
    public var notices: NoticeSet
    public var noticeServedInYear: Bool
    public var noticeServedInMonth: Bool
    public var lastCommunication: DiaryMark?
    public var court: CourtFacts?
    public var evictionDate: CivilDate?
    public var activeHolds: [ActiveHold]
    /// The pause, when it is still in force.
    public var pause: Pause?
    /// The first thing that stops the route's steps, if any.
    public var blocker: Blocker?
    /// The latest letter failed its checks and nobody has reviewed it.
    public var latestLetterFailed: Bool
    /// The newest promise to pay, reviewed against the ledger; nil when none was made.
    public var promise: PromiseFacts?
    var diary: DiaryIndex

    /// Something is overdue: collectable arrears above zero. Accounts in credit, at zero, or owing only
    /// charges not yet due are not in arrears and get no band (docs/policy.md §4).
    public var isInArrears: Bool { collectableArrears.isPositive }

    public var breathingSpace: ActiveHold? { activeHolds.first { $0.kind.isBreathingSpace } }

    /// Arrears after grace that built up since a breathing space began (its debt is frozen).
    public var arrearsSinceBreathingSpace: Money? {
        guard let bs = breathingSpace else { return nil }
        return arrearsAfterGrace - (bs.hold.debtAtStart ?? .zero)
    }
}

extension Measures {
    public init(of file: CaseFile, asOf: CivilDate, policy: Policy) {
        self.asOf = asOf
        let weekStart = asOf.startOfISOWeek
        let notDueFrom = file.account.type.isLeaseholdSide
            ? asOf.adding(days: 1 - max(policy.otherRoutes.leaseholdDemandDueDays, 1)) : weekStart
        let ledger = LedgerFacts(file.transactions, asOf: asOf, weekStart: weekStart, notDueFrom: notDueFrom)
        balance = ledger.balance
        chargesNotYetDue = ledger.unpaidNewCharges
        collectableArrears = ledger.balance - ledger.unpaidNewCharges
        weeklyCharge = file.account.weeklyCharge
        paymentsThisWeek = ledger.paymentsThisWeek
        grace = weeklyCharge.isNegative ? .zero : weeklyCharge
        arrearsAfterGrace = collectableArrears - grace
        weeksOwedHundredths = weeklyCharge.isPositive ? Int(arrearsAfterGrace.pence.saturatingMultiply(100) / weeklyCharge.pence) : nil
        arrearsSince = ledger.arrearsSince
        daysInArrears = ledger.arrearsSince.map { max(0, asOf.days(since: $0)) } ?? 0
        recentPayments = ledger.recentPayments
        lastPaymentDate = ledger.recentPayments.newest?.date
        daysSinceLastPayment = lastPaymentDate.map { asOf.days(since: $0) }
        let deltas = ledger.recentPayments.deltas
        paymentAmountDelta = deltas?.amount
        paymentDateDelta = deltas?.days

        let lifeYears = policy.rules.courtOrderLifeYears
        court = file.latestCourtCase.map { CourtFacts($0, asOf: asOf, lifeYears: lifeYears) }
        var latest: Agreement?
        var broken = 0
        for a in file.agreements where Self.londonDay(a.createdAt) <= asOf {
            if a.history.contains(where: { $0.state == .breached }) { broken += 1 }
            if let l = latest, (l.createdAt, l.id) > (a.createdAt, a.id) { continue }
            latest = a
        }
        if let a = latest {
            let courtCase = a.kind == .formal ? AgreementMonitor.courtCase(for: a, in: file.courtCases) : nil
            let review = AgreementMonitor.review(a, balance: balance, courtCase: courtCase, asOf: asOf, policy: policy)
            agreement = AgreementFacts(a, review: review, asOf: asOf)
            if review.state == .breached && !a.history.contains(where: { $0.state == .breached }) { broken += 1 }
        } else {
            agreement = nil
        }
        brokenAgreements = broken

        notices = NoticeSet(file.notices, asOf: asOf)
        var inYear = false, inMonth = false
        let yearStart = asOf.adding(months: -policy.score.noticeYearMonths)
        let monthStart = asOf.adding(months: -policy.score.noticeMonthMonths)
        for n in file.notices where n.servedOn <= asOf && n.kind != .letterBeforeAction {
            if n.servedOn > yearStart { inYear = true }
            if n.servedOn > monthStart { inMonth = true }
        }
        noticeServedInYear = inYear
        noticeServedInMonth = inMonth

        // A letter cancelled or rejected by the as-of date stops counting from then (its last change).
        var withdrawn: Set<Substring> = []
        for letter in file.letters where letter.neverWentOut && Self.londonDay(letter.updatedAt) <= asOf {
            withdrawn.insert(Substring(letter.id))
        }
        diary = DiaryIndex(file.diary, asOf: asOf, withdrawnLetters: withdrawn)
        lastCommunication = diary.lastCommunication
        evictionDate = file.latestEviction?.date
        activeHolds = Self.activeHolds(file.holds, asOf: asOf, policy: policy)
        pause = file.pause.flatMap { $0.isActive(asOf: asOf) ? $0 : nil }
        promise = file.promises.isEmpty ? nil : PromiseFacts(file, asOf: asOf)
        latestLetterFailed = file.letters.max { ($0.updatedAt, $0.id) < ($1.updatedAt, $1.id) }?.status == .failed
        blocker = nil
        blocker = Self.blocker(self, account: file.account, policy: policy)
    }

    static func activeHolds(_ holds: [Hold], asOf: CivilDate, policy: Policy) -> [ActiveHold] {
        var active: [ActiveHold] = []
        for h in holds where h.start <= asOf {
            var end = h.end
            if end == nil && h.kind == .breathingSpaceStandard {
                end = h.start.adding(days: policy.holds.breathingSpaceDays - 1)
            }
            if let e = end, e < asOf { continue }
            active.append(ActiveHold(hold: h, endsOn: end))
        }
        return active
    }

    static func blocker(_ m: Measures, account: Account, policy: Policy) -> Blocker? {
        if let p = m.pause { return .paused(until: p.until, reason: p.reason) }
        if let e = m.evictionDate {
            if e >= m.asOf { return .evictionBooked(e) }
            if m.asOf.days(since: e) <= policy.rules.evictionConfirmDays && !m.accountEnded(account) {
                return .evictionJustPassed(e)
            }
        }
        if let h = m.court?.liveHearingDate, h > m.asOf { return .futureCourtDate(h) }
        // A sundry account holds an ended account's debt: its end date stops nothing.
        if account.type != .sundry, let end = account.endDate, end <= m.asOf { return .accountEnded(end) }
        return nil
    }

    func accountEnded(_ account: Account) -> Bool { account.endDate.map { $0 <= asOf } ?? false }

    static func londonDay(_ t: Timestamp) -> CivilDate { DiaryIndex.londonDate(of: t) }
}
