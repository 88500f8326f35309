/// Payment agreements: made, kept or broken, and checked each week the way Hackney's breach detection
/// does (expected balance with five days' tolerance), so their state history tells a true story.
extension DemoCaseBuilder {
    static let breachToleranceDays = 5

    mutating func offerInformalAgreement(on day: CivilDate, weekly: Money) {
        let frequency: AgreementFrequency = rng.weighted([(.weekly, 55), (.fortnightly, 15), (.monthly, 25), (.fourWeekly, 5)])
        let perWeek = max(500, weekly.pence * Int64(rng.int(8...35)) / 100)
        let instalment: Money
        switch frequency {
        case .fortnightly: instalment = Money(pence: perWeek * 2 / 100 * 100)
        case .fourWeekly: instalment = Money(pence: perWeek * 4 / 100 * 100)
        case .monthly: instalment = Money(pence: perWeek * 52 / 12 / 100 * 100)
        default: instalment = Money(pence: perWeek / 10 * 10)
        }
        makeAgreement(on: day, kind: .informal, frequency: frequency, instalment: instalment, courtCaseId: nil,
                      startingBalance: balance, keeps: rng.chance(0.6))
    }

    mutating func makeAgreement(on day: CivilDate, kind: AgreementKind, frequency: AgreementFrequency, instalment: Money,
                                courtCaseId: Int?, startingBalance: Money, keeps: Bool) {
        guard instalment.isPositive, startingBalance.isPositive else { return }
        for i in file.agreements.indices where file.agreements[i].isActive {
            file.agreements[i].history.append(AgreementStateChange(state: .cancelled, date: day,
                                                                   description: "New agreement created"))
        }
        let author = officer(on: day)
        var start = day.adding(days: 8 - day.isoWeekday)
        // Monthly instalments fall on a day every month has.
        while frequency == .monthly, start.day > 28 { start = start.adding(days: 1) }
        let variable = kind == .informal && rng.chance(0.12)
        let initial: Money? = variable ? Money(pounds: Int64(rng.int(2...12) * 25)) : nil
        let initialDate: CivilDate? = variable ? day.adding(days: rng.int(1...5)) : nil
        let notes = kind == .formal ? "Court ordered: current rent plus \(instalment.letterText) a week"
            : rng.pick(["Agreed on the phone after income and expenditure check", "Agreed at office interview",
                        "Agreed on a home visit; tenant to keep up current rent", "Agreed by email"])
        note(day, "AGR", "\(kind == .formal ? "Formal" : "Informal") agreement created: \(notes)", by: author)
        let id = file.agreements.count + 1
        file.agreements.append(Agreement(
            id: id, kind: kind, pattern: variable ? .variable : .regular, frequency: frequency, instalment: instalment,
            startDate: start, startingBalance: startingBalance, initialPayment: initial, initialPaymentDate: initialDate,
            courtCaseId: courtCaseId, createdBy: author, createdAt: lastDiaryAt ?? Timestamp(london: day, hour: 12),
            notes: notes, history: [AgreementStateChange(state: .live, date: day, checkedBalance: startingBalance,
                                                         expectedBalance: startingBalance, description: "Agreement created")]))
        letterSent(day, code: kind == .formal ? "FAC" : "IAC",
                   template: kind == .formal ? "Formal agreement confirmation" : "Informal agreement confirmation")
        ladder.agreementId = id
        ladder.breachedOn = nil
        ladder.breachLetterOn = nil
        ladder.breachVisitOn = nil
        payer.instalment = instalment
        payer.agreementFrequency = frequency
        payer.agreementDay = start.day
        payer.keepsAgreementUntil = keeps ? asOf.adding(years: 5) : day.adding(weeks: rng.int(3...26))
        if let initial, let initialDate, keeps || rng.chance(0.5) {
            payer.pendingLump = DemoPayment(date: initialDate, code: payer.method == "RHB" ? "RCP" : payer.method,
                                            amount: initial)
        }
    }

    /// Returns true while an agreement is active: the route waits for it.
    mutating func progressAgreement(on day: CivilDate) -> Bool {
        guard let id = ladder.agreementId, let index = file.agreements.firstIndex(where: { $0.id == id }),
              file.agreements[index].isActive else { return false }
        let agreement = file.agreements[index]
        let expected = expectedBalance(of: agreement, on: day)
        let state: AgreementState = balance <= .zero ? .completed : (balance > expected ? .breached : .live)
        if state != agreement.state {
            let description = state == .breached ? "Breached by \((balance - expected).tableText)"
                : (state == .completed ? "Agreement completed" : "Back on track")
            file.agreements[index].history.append(AgreementStateChange(state: state, date: day, checkedBalance: balance,
                                                                       expectedBalance: expected, description: description))
            switch state {
            case .breached:
                note(day, "AGB", "Agreement breached by \((balance - expected).tableText)", by: DemoCaseBuilder.automation)
                ladder.breachedOn = day
            case .completed:
                note(day, "AGX", "Agreement completed", by: DemoCaseBuilder.automation)
                endAgreement()
                return false
            default:
                ladder.breachedOn = nil
            }
        }
        if state == .breached { followUpBreach(on: day, index: index) }
        return ladder.agreementId != nil
    }

    private mutating func followUpBreach(on day: CivilDate, index: Int) {
        guard let breached = ladder.breachedOn, day.days(since: breached) >= 7 else { return }
        let formal = file.agreements[index].kind == .formal
        guard let letter = ladder.breachLetterOn else {
            if formal {
                letterSent(day, code: "CBL", template: "Court agreement breach letter", by: officer(on: day))
                if rng.chance(0.04) {
                    pauseCase(on: day, until: day.adding(weeks: 4), reason: .courtOrderBreachedCovid,
                              comment: "Hardship review before enforcing the order")
                }
            } else {
                letterSent(day, code: "BLI", template: "Informal agreement breach letter", by: officer(on: day))
            }
            ladder.breachLetterOn = day
            return
        }
        let sinceLetter = day.days(since: letter)
        if !formal {
            if sinceLetter >= 28 {
                file.agreements[index].history.append(AgreementStateChange(
                    state: .cancelled, date: day, checkedBalance: balance,
                    description: "Cancelled by \(officer(on: day)), reason: breached and not restored"))
                note(day, "AGC", "Agreement cancelled: breached and not restored")
                endAgreement()
            }
            return
        }
        if ladder.breachVisitOn == nil {
            if sinceLetter >= 7, rng.chance(0.3) {
                note(day, "CBV", rng.chance(0.6) ? "Court breach visit made; tenant at home, reminded of the order"
                                                 : "Court breach visit made; no answer, card left")
                ladder.breachVisitOn = day
            }
            return
        }
        if let visit = ladder.breachVisitOn, day.days(since: visit) >= 21, ladder.warrantOn == nil,
           daysSinceLastPayment(on: day) >= 8, rng.chance(0.2) {
            applyForWarrant(on: day)
        }
    }

    private mutating func endAgreement() {
        ladder.agreementId = nil
        ladder.breachedOn = nil
        payer.instalment = nil
        payer.keepsAgreementUntil = nil
    }

    /// Hackney's expected balance: starting balance less the initial payment (once its date plus the
    /// tolerance has passed) less every instalment due since the start plus the tolerance, never below zero.
    func expectedBalance(of agreement: Agreement, on day: CivilDate) -> Money {
        let tolerance = DemoCaseBuilder.breachToleranceDays
        var expected = agreement.startingBalance
        if let initial = agreement.initialPayment, let date = agreement.initialPaymentDate,
           day >= date.adding(days: tolerance) {
            expected -= initial
        }
        let firstDue = agreement.startDate.adding(days: tolerance)
        if day >= firstDue {
            let due: Int
            if let cycle = agreement.frequency.cycleDays {
                due = day.days(since: firstDue) / cycle + 1
            } else if agreement.frequency == .oneOff {
                due = 1
            } else {
                due = day.wholeMonths(since: firstDue) + 1
            }
            expected -= agreement.instalment * due
        }
        return max(expected, .zero)
    }

    func daysSinceLastPayment(on day: CivilDate) -> Int {
        guard let last = file.transactions.last(where: \.isPayment) else { return Int.max }
        return day.days(since: last.date)
    }
}
