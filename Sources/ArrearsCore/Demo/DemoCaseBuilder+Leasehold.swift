/// Leasehold-side accounts: half-yearly service charge demands, the yearly balancing charge, major works
/// bills, and the leasehold letters (letter 1, letter 2, letter before action, referral for legal action).
extension DemoCaseBuilder {
    /// Service charges rise by about five percent a year.
    static let serviceChargeRiseTenths: Int64 = 50

    /// Charges raised on the first of a month.
    mutating func postLeaseholdCharges(on day: CivilDate) {
        let month = day.month
        if month == 4 || month == 10 {
            let period = month == 4 ? "April \(day.year) to September \(day.year)"
                                    : "October \(day.year) to March \(day.year + 1)"
            post(day, "DLS", "Service charge demand (estimate) \(period)", serviceChargeDemand(on: day))
        } else if month == 9 {
            let adjustment = rng.chance(0.6) ? rng.pence(2_000...18_000) : -rng.pence(2_000...15_000)
            let year = "\(day.year - 1)/\(String(day.year).suffix(2))"
            post(day, adjustment.isPositive ? "DAJ" : "CAJ", "Service charge actual adjustment \(year)", adjustment)
        }
    }

    func serviceChargeDemand(on day: CivilDate) -> Money {
        var pence = plan.chargeLines.first?.amount.pence ?? 0
        var years = asOf.year - day.year
        if day.month < 4 { years += 1 }
        if asOf.month < 4 { years -= 1 }
        for _ in 0..<max(0, years) {
            pence = (pence * 1000 + 500) / (1000 + DemoCaseBuilder.serviceChargeRiseTenths)
        }
        return Money(pence: pence)
    }

    mutating func postMajorWorksBill(on day: CivilDate) {
        let works = rng.pick(["roof renewal", "window replacement", "lift refurbishment", "external decorations and repairs",
                              "door entry and fire safety works", "concrete repairs and balcony renewal"])
        let estate = plan.account.property.addressLines.count > 1 ? plan.account.property.addressLines[1] : "the block"
        post(day, "DMW", "Major works bill: \(works), \(estate)", rng.pence(250_000...2_800_000))
    }

    mutating func leaseholdPayments(weekOf monday: CivilDate, behaviour: DemoBehaviour, into out: inout [DemoPayment]) {
        let weeklyEquivalent = plan.account.weeklyCharge
        switch behaviour {
        case .steady, .inCredit:
            if let after = payer.paysDemandAfterDays {
                for offset in 0..<7 {
                    let date = monday.adding(days: offset)
                    let demandDay = date.adding(days: -after)
                    if demandDay.day == 1, demandDay.month == 4 || demandDay.month == 10, demandDay >= plan.ledgerStart {
                        out.append(DemoPayment(date: date, code: payer.method, amount: serviceChargeDemand(on: demandDay)))
                    }
                }
            } else if let date = payer.monthlyDate(inWeekOf: monday) {
                let coverage = Int64(payer.coverage)
                out.append(DemoPayment(date: date, code: "RDD",
                                       amount: Money(pence: DemoPayer.monthly(of: weeklyEquivalent).pence * coverage / 100)))
            }
        case .slipping:
            if let slip = payer.slipFrom, monday >= slip {
                if rng.chance(0.04) {
                    out.append(DemoPayment(date: monday.adding(days: 2), code: "RIT", amount: rng.pence(5_000...30_000)))
                }
            } else if let date = payer.monthlyDate(inWeekOf: monday) {
                out.append(DemoPayment(date: date, code: "RDD", amount: DemoPayer.monthly(of: weeklyEquivalent)))
            }
        case .nonPayer:
            if rng.chance(0.03) {
                let date = monday.adding(days: rng.int(0...4))
                out.append(DemoPayment(date: date, code: "RBA", amount: rng.pence(5_000...20_000)))
            }
        case .lumpSum, .universalCredit:
            break
        }
    }

    mutating func reviewLeasehold(on day: CivilDate) {
        if payer.behaviour == .slipping, let slip = payer.slipFrom, day >= slip, !ladder.directDebitCancelled {
            note(day, "DDC", "Direct debit cancelled by the leaseholder's bank")
            ladder.directDebitCancelled = true
        }
        if activeHold(on: day, where: { $0.isBreathingSpace || $0 == .dispute }) || isPaused(on: day) { return }
        if progressAgreement(on: day) { return }
        let arrears = balance
        guard arrears >= Money(pounds: 100) else { return }
        // A direct debit spreads each demand over six months: officers chase only what it does not cover.
        if payingByDirectDebit(on: day), arrears <= serviceChargeDemand(on: day) { return }
        let majorWorks = plan.account.debtKind == .majorWorks && ladder.majorWorksBillOn.map { $0 <= day } ?? false
        let codes = leaseholdLetterCodes(majorWorks: majorWorks)
        let sinceOne = daysSince(ladder.letterOneOn, on: day)
        if sinceOne.map({ $0 > 182 }) ?? true {
            guard lastChargeAge(on: day) >= 30 else { return }
            letterSent(day, code: codes.one, template: codes.oneTemplate, by: plan.officer)
            ladder.letterOneOn = day
            ladder.letterTwoOn = nil
            respondToLeaseholdLetter(on: day, majorWorks: majorWorks)
            return
        }
        if ladder.letterTwoOn == nil, let sinceOne, sinceOne >= 28 {
            letterSent(day, code: codes.two, template: codes.twoTemplate, by: plan.officer)
            ladder.letterTwoOn = day
            respondToLeaseholdLetter(on: day, majorWorks: majorWorks)
            return
        }
        let currentNotice = notice(id: ladder.noticeId)
        if currentNotice.map({ !$0.isValid(asOf: day) }) ?? true, let sinceTwo = daysSince(ladder.letterTwoOn, on: day),
           sinceTwo >= 28, arrears > Money(pounds: 350), rng.chance(0.4) {
            let id = file.notices.count + 1
            file.notices.append(Notice(id: id, kind: .letterBeforeAction, servedOn: day, mayBeginOn: day.adding(days: 30),
                                       validUntil: day.adding(weeks: 26)))
            ladder.noticeId = id
            letterSent(day, code: codes.beforeAction, template: "Letter before action", by: plan.officer)
            respondWithLump(after: day, shareRange: 50...100)
            return
        }
        if let served = currentNotice, served.isActive(asOf: day), ladder.legalReferralOn.map({ $0 < served.servedOn }) ?? true,
           arrears > Money(pounds: 350), rng.chance(0.15) {
            note(day, "LRL", "Referred to legal services for a county court money claim", by: plan.officer)
            ladder.legalReferralOn = day
        }
    }

    private func leaseholdLetterCodes(majorWorks: Bool)
        -> (one: String, two: String, beforeAction: String, oneTemplate: String, twoTemplate: String) {
        if majorWorks {
            return ("MW1", "MW2", "MW3", "Major works letter 1", "Major works letter 2")
        }
        switch plan.account.type {
        case .freehold: return ("LF1", "LF2", "SLB", "Letter 1 in arrears FH", "Letter 2 in arrears FH")
        case .sharedOwnership: return ("LS1", "LS2", "SLB", "Letter 1 in arrears SO", "Letter 2 in arrears SO")
        default: return ("LL1", "LL2", "SLB", "Letter 1 in arrears LH", "Letter 2 in arrears LH")
        }
    }

    private mutating func respondToLeaseholdLetter(on day: CivilDate, majorWorks: Bool) {
        if rng.chance(majorWorks ? 0.25 : 0.1) {
            let months = Int64(rng.int(12...48))
            let instalment = Money(pence: max(2_500, balance.pence / months / 500 * 500))
            makeAgreement(on: day, kind: .informal, frequency: .monthly, instalment: instalment, courtCaseId: nil,
                          startingBalance: balance, keeps: rng.chance(0.75))
        } else if rng.chance(0.3) {
            respondWithLump(after: day, shareRange: 60...100)
        }
    }

    private func payingByDirectDebit(on day: CivilDate) -> Bool {
        guard payer.paysDemandAfterDays == nil, payer.method == "RDD", !payer.stopped else { return false }
        switch payer.behaviour {
        case .steady, .inCredit: return true
        case .slipping: return payer.slipFrom.map { day < $0 } ?? true
        default: return false
        }
    }

    private func lastChargeAge(on day: CivilDate) -> Int {
        guard let last = file.transactions.last(where: \.isCharge) else { return Int.max }
        return day.days(since: last.date)
    }
}
