/// A payment the payer makes on a day.
struct DemoPayment: Sendable {
    var date: CivilDate
    var code: String
    var amount: Money
}

/// How one tenant or leaseholder pays, fixed at the start and adjusted by events (a move to Universal
/// Credit, an agreement, a notice that frightens them into paying).
struct DemoPayer: Sendable {
    enum Cadence: Sendable { case weekly, fourWeekly, monthly }

    let behaviour: DemoBehaviour
    var method = "RDD"
    var cadence = Cadence.weekly
    /// Percent of the charge that the regular payment covers.
    var coverage = 100
    var dayOfMonth = 1
    /// Slipping payers pay less from this date.
    var slipFrom: CivilDate?
    /// Universal Credit: the date of the claim; payments stop for five weeks, then arrive monthly.
    var creditClaimedOn: CivilDate?
    var managedPaymentFrom: CivilDate?
    /// Lump-sum payers: the next date they pay off what they owe.
    var nextLump: CivilDate?
    /// A one-off payment the story has scheduled (a response to a letter or notice).
    var pendingLump: DemoPayment?
    /// While an agreement is kept: the extra instalment and until when it is kept.
    var instalment: Money?
    var keepsAgreementUntil: CivilDate?
    var agreementFrequency = AgreementFrequency.weekly
    /// The day of the month a monthly agreement's instalment is paid.
    var agreementDay = 1
    var stopped = false
    /// Leaseholders who pay each demand in full this many days after it (nil: by monthly direct debit).
    var paysDemandAfterDays: Int?
    /// A steady payer who missed a week pays double the next.
    var missedLastWeek = false

    init(behaviour: DemoBehaviour) { self.behaviour = behaviour }

    mutating func prepare(plan: DemoPlan, asOf: CivilDate, rng: inout SeededRandom) {
        let start = plan.ledgerStart
        let weeks = max(1, asOf.days(since: start) / 7)
        dayOfMonth = rng.int(1...28)
        if plan.account.type.isLeaseholdSide {
            method = "RDD"
            cadence = .monthly
            coverage = behaviour == .inCredit ? rng.int(105...120) : 100
            if behaviour == .steady, rng.chance(0.45) {
                paysDemandAfterDays = rng.int(10...28)
                method = rng.pick(["RBA", "RIT", "RCP"])
            }
            if behaviour == .slipping { slipFrom = start.adding(weeks: rng.int(weeks / 4...max(weeks / 4, weeks - 6))) }
            if behaviour == .lumpSum {
                method = rng.pick(["RBA", "RIT", "RCP"])
                nextLump = start.adding(weeks: rng.int(6...20))
            }
            return
        }
        switch behaviour {
        case .steady, .inCredit:
            (method, cadence) = rng.weighted([(("RDD", .weekly), 20), (("RDD", .monthly), 18), (("RSO", .weekly), 10),
                                              (("RHB", .fourWeekly), 22), (("RPY", .weekly), 8), (("RCP", .weekly), 8),
                                              (("RIT", .weekly), 10), (("RPO", .weekly), 4)])
            coverage = behaviour == .inCredit ? rng.int(101...110) : 100
        case .universalCredit:
            method = rng.pick(["RIT", "RCP", "RDD"])
            cadence = .monthly
            coverage = rng.int(93...100)
            // A third claimed within the ledger window (so the diary shows the move); the rest already had.
            if rng.chance(0.35), weeks > 10 {
                creditClaimedOn = start.adding(weeks: rng.int(2...(weeks - 4)))
            } else {
                creditClaimedOn = start.adding(weeks: -rng.int(10...100))
            }
            if rng.chance(0.4) {
                managedPaymentFrom = creditClaimedOn!.adding(weeks: rng.int(9...20))
            }
        case .slipping:
            (method, cadence) = rng.weighted([(("RDD", .weekly), 30), (("RSO", .weekly), 20), (("RIT", .weekly), 30),
                                              (("RDD", .monthly), 20)])
            slipFrom = start.adding(weeks: rng.int(weeks / 4...max(weeks / 4, weeks - 6)))
            coverage = rng.int(30...75)
        case .lumpSum:
            method = rng.pick(["RCP", "RIT", "RPO", "RPY"])
            nextLump = start.adding(weeks: rng.int(2...7))
        case .nonPayer:
            method = rng.pick(["RPY", "RCP", "RPO"])
            if rng.chance(0.35) {
                cadence = .fourWeekly
                coverage = rng.int(35...70)
            } else {
                coverage = 0
            }
        }
    }

    /// Adds the regular payment cycle's payments in one week, before any agreement instalment or lump.
    mutating func regularPayments(weekOf monday: CivilDate, weekIndex: Int, charge: Money,
                                  rng: inout SeededRandom, into out: inout [DemoPayment]) {
        let share = Money(pence: charge.pence * Int64(coverage) / 100)
        var payment: DemoPayment?
        switch behaviour {
        case .nonPayer:
            if cadence == .fourWeekly, weekIndex % 4 == 3 {
                out.append(DemoPayment(date: monday.adding(days: 2), code: "RHB", amount: share * 4))
            }
            if rng.chance(0.05) {
                payment = DemoPayment(date: monday.adding(days: rng.int(0...5)), code: method,
                                      amount: Money(pounds: Int64(rng.int(1...8) * 5)))
            }
        case .lumpSum:
            break
        case .universalCredit:
            payment = universalCreditPayment(weekOf: monday, weekIndex: weekIndex, charge: charge, rng: &rng)
        case .slipping:
            if let slip = slipFrom, monday >= slip {
                if rng.chance(0.6) { payment = cyclePayment(weekOf: monday, weekIndex: weekIndex, amount: share, rng: &rng) }
            } else {
                payment = cyclePayment(weekOf: monday, weekIndex: weekIndex, amount: charge, rng: &rng)
            }
        case .steady, .inCredit:
            if behaviour == .steady, cadence == .weekly {
                if !missedLastWeek, rng.chance(0.03) {
                    missedLastWeek = true
                    return
                }
                let catchUp = missedLastWeek
                missedLastWeek = false
                payment = cyclePayment(weekOf: monday, weekIndex: weekIndex, amount: catchUp ? share * 2 : share, rng: &rng)
            } else {
                payment = cyclePayment(weekOf: monday, weekIndex: weekIndex, amount: share, rng: &rng)
            }
        }
        if let payment { out.append(payment) }
    }

    private func cyclePayment(weekOf monday: CivilDate, weekIndex: Int, amount: Money,
                              rng: inout SeededRandom) -> DemoPayment? {
        switch cadence {
        case .weekly:
            let day = method == "RDD" || method == "RSO" ? 0 : rng.int(0...4)
            return DemoPayment(date: monday.adding(days: day), code: method, amount: amount)
        case .fourWeekly:
            guard weekIndex % 4 == 3 else { return nil }
            return DemoPayment(date: monday.adding(days: 2), code: method, amount: amount * 4)
        case .monthly:
            guard let date = monthlyDate(inWeekOf: monday) else { return nil }
            return DemoPayment(date: date, code: method, amount: DemoPayer.monthly(of: amount))
        }
    }

    private func universalCreditPayment(weekOf monday: CivilDate, weekIndex: Int, charge: Money,
                                        rng: inout SeededRandom) -> DemoPayment? {
        guard let claimed = creditClaimedOn else { return nil }
        if monday < claimed {
            // Before the claim: Housing Benefit paid four-weekly, with the tenant covering any gap.
            guard weekIndex % 4 == 3 else { return nil }
            return DemoPayment(date: monday.adding(days: 2), code: "RHB", amount: charge * 4)
        }
        // The five-week wait for a first payment.
        guard monday >= claimed.adding(weeks: 5), let date = monthlyDate(inWeekOf: monday) else { return nil }
        let monthly = DemoPayer.monthly(of: Money(pence: charge.pence * Int64(coverage) / 100))
        if let managed = managedPaymentFrom, date >= managed {
            // A managed payment to the landlord plus the arrears deduction DWP makes from the standard allowance.
            return DemoPayment(date: date, code: "RUC", amount: DemoPayer.monthly(of: charge) + Money(pounds: 40))
        }
        guard rng.chance(0.92) else { return nil }
        return DemoPayment(date: date, code: method, amount: monthly)
    }

    /// The day this payer's monthly payment (by default the regular one) falls in the week, if it does.
    func monthlyDate(inWeekOf monday: CivilDate, day: Int? = nil) -> CivilDate? {
        DemoCalendar.offset(ofDay: day ?? dayOfMonth, inWeekOf: monday).map { monday.adding(days: $0) }
    }

    /// A calendar month's worth of a weekly amount (52 weeks over 12 months).
    static func monthly(of weekly: Money) -> Money { Money(pence: (weekly.pence * 52 + 6) / 12) }
}
