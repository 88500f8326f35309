/// Plays out one account's history week by week, from the start of its ledger to the as-of date:
/// charges fall due, the tenant pays (or does not) as their behaviour dictates, and once a week the
/// income team reviews the case and acts as Hackney's escalation route says. Because everything happens
/// in date order, each diary entry records the balance at its moment and every letter, notice and court
/// date follows from the arrears that caused it.
struct DemoCaseBuilder {
    let plan: DemoPlan
    let asOf: CivilDate
    var rng: SeededRandom
    /// Draws for promises to pay only, so that adding them left every other demo story as it was.
    var promiseRng: SeededRandom
    var file: CaseFile
    var balance = Money.zero
    var lastDiaryAt: Timestamp?
    var payer: DemoPayer
    var ladder = DemoLadder()
    var plannedEvents: [DemoPlannedEvent] = []
    let charges: DemoChargeSchedule
    /// This week's payments; one buffer reused every week.
    var weekPayments: [DemoPayment] = []
    /// Set when the story ends the account (eviction): no charges or reviews after it.
    var closedOn: CivilDate?

    init(plan: DemoPlan, asOf: CivilDate, seed: UInt64) {
        self.plan = plan
        self.asOf = asOf
        rng = SeededRandom(seed: seed, stream: UInt64(plan.index), salt: 0x5709)
        promiseRng = SeededRandom(seed: seed, stream: UInt64(plan.index), salt: 0x9A01)
        file = CaseFile(account: plan.account)
        payer = DemoPayer(behaviour: plan.behaviour)
        charges = DemoChargeSchedule(lines: plan.chargeLines, from: plan.ledgerStart, asOf: asOf)
    }

    mutating func build() -> CaseFile {
        payer.prepare(plan: plan, asOf: asOf, rng: &rng)
        plannedEvents = planEvents()
        if plan.account.debtKind == .majorWorks {
            let weeks = max(12, asOf.days(since: plan.ledgerStart) / 7)
            ladder.majorWorksBillOn = plan.ledgerStart.adding(weeks: rng.int(2...(weeks - 10)))
        }
        openLedger()
        var week = plan.ledgerStart
        while week <= asOf {
            playWeek(startingOn: week)
            week = week.adding(weeks: 1)
        }
        return file
    }

    private mutating func playWeek(startingOn monday: CivilDate) {
        let reviewDay = monday.adding(days: rng.int(1...3))
        var payments: [DemoPayment] = []
        swap(&payments, &weekPayments)
        payments.removeAll(keepingCapacity: true)
        paymentsDue(inWeekOf: monday, into: &payments)
        defer { weekPayments = payments }
        let firstOfMonth = plan.account.type.isLeaseholdSide ? DemoCalendar.offsetOfFirstOfMonth(inWeekOf: monday) : nil
        for offset in 0..<7 {
            let day = monday.adding(days: offset)
            guard day <= asOf else { return }
            if let closed = closedOn, day > closed { return }
            postCharges(on: day, firstOfMonth: offset == firstOfMonth)
            for payment in payments where payment.date == day {
                post(day, payment.code, DemoCaseBuilder.paymentDescription(payment.code), -payment.amount)
            }
            if !plannedEvents.isEmpty || !file.holds.isEmpty { runPlannedEvents(on: day) }
            if file.promises.last?.isOpen == true { settlePromises(on: day) }
            if day == reviewDay { review(on: day) }
        }
    }

    /// The names of the payment codes the generator uses, without a dictionary lookup per payment.
    static func paymentDescription(_ code: String) -> String {
        switch code {
        case "RDD": return "Direct debit"
        case "RSO": return "Standing order"
        case "RHB": return "Housing Benefit"
        case "RUC": return "Universal Credit"
        case "RPY": return "Payment"
        case "RCP": return "Card payment"
        case "RIT": return "Internet payment"
        case "RPO": return "Post Office payment"
        case "RBA": return "Bank payment"
        default: return TransactionCodes.name(of: code)
        }
    }

    private mutating func review(on day: CivilDate) {
        switch plan.account.type {
        case .leasehold, .freehold, .sharedOwnership: reviewLeasehold(on: day)
        case .sundry: reviewSundry(on: day)
        default: reviewRent(on: day)
        }
        maybeContact(on: day)
    }

    // MARK: Ledger

    mutating func post(_ date: CivilDate, _ code: String, _ description: String, _ amount: Money) {
        guard amount != .zero else { return }
        file.transactions.append(LedgerTransaction(date: date, code: code, description: description, amount: amount))
        balance += amount
    }

    /// Accounts older than their ledger window open with the balance they had then.
    private mutating func openLedger() {
        guard plan.account.startDate < plan.ledgerStart, plan.account.type != .sundry else { return }
        let weekly = plan.account.type.isLeaseholdSide ? plan.account.weeklyCharge : weeklyCharge(on: plan.ledgerStart)
        let opening: Money
        switch plan.behaviour {
        case .steady:
            // Monthly and four-weekly payers who keep up are a cycle ahead, not behind.
            switch payer.cadence {
            case .weekly: opening = rng.chance(0.7) ? .zero : rng.pence(-2_000...weekly.pence)
            case .fourWeekly: opening = -(weekly * 4)
            case .monthly: opening = -DemoPayer.monthly(of: weekly)
            }
        case .universalCredit: opening = rng.pence(0...weekly.pence * 3)
        case .slipping: opening = rng.chance(0.6) ? .zero : rng.pence(0...weekly.pence)
        case .lumpSum: opening = rng.pence(0...weekly.pence * 4)
        case .nonPayer: opening = rng.pence(weekly.pence * 2...weekly.pence * 12)
        case .inCredit: opening = rng.pence(-weekly.pence * 4 ... -500)
        }
        if opening.isPositive {
            post(plan.ledgerStart, "DAJ", "Balance brought forward", opening)
        } else if opening.isNegative {
            post(plan.ledgerStart, "CAJ", "Balance brought forward", opening)
        }
    }

    /// The charge lines due on a day: weekly lines every Monday for rent-side accounts; half-yearly
    /// demands, the yearly balancing charge and major works bills for leasehold-side ones.
    private mutating func postCharges(on day: CivilDate, firstOfMonth: Bool) {
        switch plan.account.type {
        case .leasehold, .freehold, .sharedOwnership:
            if firstOfMonth { postLeaseholdCharges(on: day) }
            if let bill = ladder.majorWorksBillOn, bill == day { postMajorWorksBill(on: day) }
        case .sundry:
            if day == plan.ledgerStart { postSundryDebt(on: day) }
        default:
            guard day.isoWeekday == 1 else { return }
            let amounts = charges.amounts(on: day)
            for (line, amount) in zip(plan.chargeLines, amounts) { post(day, line.code, line.description, amount) }
        }
    }

    /// The weekly charge in force on a day (rent-side accounts).
    func weeklyCharge(on day: CivilDate) -> Money { charges.total(on: day) }

    // MARK: Diary

    /// A diary entry at a plausible time on the day: automation early in the morning, people in office
    /// hours. Times only move forward, so the diary stays in order.
    mutating func note(_ day: CivilDate, _ code: String, _ comment: String, by user: String? = nil) {
        let author = user ?? officer(on: day)
        let at = nextDiaryTime(on: day, hour: author == "system" ? 6 : rng.int(9...16))
        file.diary.append(DiaryEntry(id: file.diary.count + 1, at: at, code: code, comment: comment,
                                     user: author, balance: balance))
    }

    /// A time on the day at `hour` (a random minute) that is later than the diary's last entry, taken.
    mutating func nextDiaryTime(on day: CivilDate, hour: Int) -> Timestamp {
        var at = Timestamp(london: day, hour: hour, minute: rng.int(0...59))
        if let last = lastDiaryAt, at <= last {
            at = Timestamp(secondsSinceEpoch: last.secondsSinceEpoch + Int64(rng.int(1...20) * 60))
        }
        lastDiaryAt = at
        return at
    }

    /// The officer who would have written a manual entry on a day: a predecessor for older entries.
    func officer(on day: CivilDate) -> String {
        if !plan.account.type.isLeaseholdSide, day < asOf.adding(months: -10), plan.index % 3 == 0 {
            return DemoUsers.formerAgent
        }
        return plan.officer
    }

    // MARK: Pauses

    mutating func pauseCase(on day: CivilDate, until: CivilDate, reason: PauseReason, comment: String) {
        let setBy = officer(on: day)
        note(day, reason.code, "\(reason.label): Paused to \(until.longText). \(comment)", by: setBy)
        file.pause = Pause(until: until, reason: reason, comment: comment, setBy: setBy,
                           setAt: lastDiaryAt ?? Timestamp(london: day, hour: 12))
    }

    func isPaused(on day: CivilDate) -> Bool { file.pause.map { $0.until > day } ?? false }
}

/// The charge lines in force over the ledger: today's amounts, and before each April in the window the
/// amounts less that April's rise, so that older charges on a ledger are lower than today's, as they
/// are on a real rent account. Worked out once per account, not once per week.
struct DemoChargeSchedule: Sendable {
    /// The annual social rent rises in England, in tenths of a percent from 1 April of the year.
    static let risesInTenthsOfPercent: [Int: Int64] = [2021: 15, 2022: 41, 2023: 70, 2024: 77, 2025: 27, 2026: 48]

    private var starts: [CivilDate] = []
    private var lineAmounts: [[Money]] = []
    private var totals: [Money] = []

    init(lines: [DemoChargeLine], from start: CivilDate, asOf: CivilDate) {
        var aprils: [CivilDate] = []
        if start.year <= asOf.year {
            for year in start.year...asOf.year {
                let april = CivilDate(year: year, month: 4, day: 1)!
                if april > start, april <= asOf { aprils.append(april) }
            }
        }
        for period in 0...aprils.count {
            let later = aprils[period...]
            let amounts = lines.map { line in
                later.reversed().reduce(line.amount.pence) { pence, april in
                    let rise = DemoChargeSchedule.risesInTenthsOfPercent[april.year] ?? 30
                    return (pence * 1000 + (1000 + rise) / 2) / (1000 + rise)
                }
            }.map { Money(pence: $0) }
            starts.append(period == 0 ? CivilDate(dayNumber: Int32.min) : aprils[period - 1])
            lineAmounts.append(amounts)
            totals.append(amounts.reduce(Money.zero, +))
        }
    }

    private func period(of day: CivilDate) -> Int {
        var index = starts.count - 1
        while index > 0, day < starts[index] { index -= 1 }
        return index
    }

    func amounts(on day: CivilDate) -> [Money] { lineAmounts[period(of: day)] }
    func total(on day: CivilDate) -> Money { totals[period(of: day)] }
}

/// Day-of-month arithmetic for a week, worked out from one date conversion instead of seven.
enum DemoCalendar {
    /// The day offsets 0...6 from `monday` whose day of the month is `dayOfMonth`, first only.
    static func offset(ofDay dayOfMonth: Int, inWeekOf monday: CivilDate) -> Int? {
        let (year, month, day) = monday.components
        let length = CivilDate.daysIn(month: month, year: year)
        for offset in 0..<7 {
            let date = day + offset > length ? day + offset - length : day + offset
            if date == dayOfMonth { return offset }
        }
        return nil
    }

    static func offsetOfFirstOfMonth(inWeekOf monday: CivilDate) -> Int? { offset(ofDay: 1, inWeekOf: monday) }
}
