extension DemoCaseBuilder {
    /// Adds everything paid in the week starting on `monday`.
    mutating func paymentsDue(inWeekOf monday: CivilDate, into out: inout [DemoPayment]) {
        if payer.stopped { return }
        let weekIndex = monday.days(since: plan.ledgerStart) / 7
        if let instalment = payer.instalment, let until = payer.keepsAgreementUntil, monday <= until {
            agreementPayments(weekOf: monday, instalment: instalment, into: &out)
            if plan.account.type.isLeaseholdSide { leaseholdPayments(weekOf: monday, behaviour: .steady, into: &out) }
        } else if plan.account.type.isLeaseholdSide {
            leaseholdPayments(weekOf: monday, behaviour: payer.behaviour, into: &out)
        } else if plan.account.type != .sundry {
            payer.regularPayments(weekOf: monday, weekIndex: weekIndex, charge: weeklyCharge(on: monday), rng: &rng,
                                  into: &out)
        }
        if let lump = lumpPayment(weekOf: monday) { out.append(lump) }
        if var pending = payer.pendingLump, pending.date < monday.adding(weeks: 1) {
            pending.date = max(pending.date, monday)
            out.append(pending)
            payer.pendingLump = nil
        }
    }

    /// A kept agreement: the charge as it falls due, plus the instalment on the agreed cycle.
    private func agreementPayments(weekOf monday: CivilDate, instalment: Money, into all: inout [DemoPayment]) {
        var out: [DemoPayment] = []
        defer { all += out.filter { $0.amount.isPositive } }
        let start = file.agreements.last?.startDate ?? monday
        let weekIndex = max(0, monday.days(since: start) / 7)
        let method = payer.method == "RHB" ? "RDD" : payer.method
        let charge = plan.account.type.isLeaseholdSide || plan.account.type == .sundry ? Money.zero : weeklyCharge(on: monday)
        switch payer.agreementFrequency {
        case .weekly:
            out.append(DemoPayment(date: monday, code: method, amount: charge + instalment))
        case .oneOff:
            out.append(DemoPayment(date: monday, code: method, amount: charge))
        case .fortnightly:
            out.append(DemoPayment(date: monday, code: method, amount: charge + (weekIndex % 2 == 0 ? instalment * 2 : .zero)))
        case .fourWeekly:
            out.append(DemoPayment(date: monday, code: method, amount: charge + (weekIndex % 4 == 0 ? instalment * 4 : .zero)))
        case .monthly:
            if charge.isPositive { out.append(DemoPayment(date: monday, code: method, amount: charge)) }
            if let date = payer.monthlyDate(inWeekOf: monday, day: payer.agreementDay) {
                out.append(DemoPayment(date: date, code: method, amount: instalment))
            }
        }
    }

    /// Lump-sum payers clear most of what they owe every couple of months.
    private mutating func lumpPayment(weekOf monday: CivilDate) -> DemoPayment? {
        guard payer.behaviour == .lumpSum, let next = payer.nextLump, next < monday.adding(weeks: 1) else { return nil }
        payer.nextLump = next.adding(weeks: rng.int(4...9))
        let owed = balance + (plan.account.type.isLeaseholdSide ? .zero : weeklyCharge(on: monday))
        guard owed.pence > 1_000 else { return nil }
        let share = Int64(rng.int(70...110))
        let amount = Money(pence: (owed.pence * share / 100) / 100 * 100)
        return DemoPayment(date: max(next, monday), code: payer.method, amount: amount)
    }

    /// A one-off payment in response to a letter or notice, a week or two later.
    mutating func respondWithLump(after day: CivilDate, shareRange: ClosedRange<Int>) {
        guard balance.pence > 2_000 else { return }
        let share = Int64(rng.int(shareRange))
        let amount = Money(pence: balance.pence * share / 100 / 500 * 500)
        guard amount.isPositive else { return }
        payer.pendingLump = DemoPayment(date: day.adding(days: rng.int(3...12)),
                                        code: rng.pick(["RCP", "RIT", "RPY"]), amount: amount)
    }
}
