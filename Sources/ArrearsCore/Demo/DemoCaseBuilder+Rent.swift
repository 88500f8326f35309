/// The rent route: letter 1, letter 2, the notice the tenure requires, the court warning letter, a court
/// date, the outcome, and for the few, a warrant and an eviction.
extension DemoCaseBuilder {
    mutating func reviewRent(on day: CivilDate) {
        guard closedOn == nil else { return }
        let weekly = weeklyCharge(on: day)
        universalCreditMilestones(on: day)
        introductoryReview(on: day)
        if let eviction = ladder.evictionOn {
            if day >= eviction { carryOutEviction(on: day, weekly: weekly) }
            return
        }
        if activeHold(on: day, where: \.isBreathingSpace) { return }
        if progressCourt(on: day) { return }
        if progressAgreement(on: day) { return }
        if isPaused(on: day) { return }
        if progressWarrant(on: day) { return }
        climbLadder(on: day, weekly: weekly)
    }

    private mutating func climbLadder(on day: CivilDate, weekly: Money) {
        let arrears = balance - weekly
        guard arrears >= Money(pounds: 10) else { return }
        let fourWeeks = weekly * 4
        let currentNotice = notice(id: ladder.noticeId)
        let noticeValid = currentNotice.map { $0.isValid(asOf: day) } ?? false
        let recentLetter = isRecent(ladder.letterOneOn, on: day) || isRecent(ladder.letterTwoOn, on: day)
            || isRecent(ladder.courtWarningOn, on: day)

        if !noticeValid, !recentLetter {
            letterSent(day, code: "IC1", template: "Income collection letter 1")
            ladder.letterOneOn = day
            ladder.letterTwoOn = nil
            respondToLetter(on: day, chance: 1.0)
            return
        }
        if !noticeValid, ladder.letterTwoOn == nil, let sinceOne = daysSince(ladder.letterOneOn, on: day),
           (14...91).contains(sinceOne) {
            letterSent(day, code: "IC2", template: "Income collection letter 2")
            ladder.letterTwoOn = day
            respondToLetter(on: day, chance: 0.8)
            return
        }
        if rng.chance(0.05), arrears >= weekly * 2 {
            offerInformalAgreement(on: day, weekly: weekly)
            return
        }
        if !noticeValid, let sinceTwo = daysSince(ladder.letterTwoOn, on: day), (7...91).contains(sinceTwo),
           arrears >= fourWeeks, rng.chance(0.25) {
            serveNotice(on: day)
            return
        }
        guard let served = currentNotice, served.isActive(asOf: day), arrears >= fourWeeks,
              plan.account.type != .garage else {
            recoverGarageIfDue(on: day, arrears: arrears, fourWeeks: fourWeeks)
            return
        }
        if ladder.courtWarningOn.map({ $0 < served.servedOn }) ?? true {
            if rng.chance(0.4) {
                letterSent(day, code: "IC4", template: "Court warning letter", by: officer(on: day))
                ladder.courtWarningOn = day
                respondToLetter(on: day, chance: 0.6)
            }
            return
        }
        let courtSinceNotice = file.courtCases.contains { ($0.hearingDate ?? day) >= served.servedOn }
        if let sinceWarning = daysSince(ladder.courtWarningOn, on: day), sinceWarning >= 14, !courtSinceNotice,
           !activeHold(on: day, where: { $0 == .benefitClaimPending }), rng.chance(0.35) {
            setCourtDate(on: day, adjourned: false)
        }
    }

    /// How readily a payer answers a letter: `scale` weakens it for letters that come too often to
    /// startle anyone (letter 1 and 2 come round every few months to some).
    /// Within the three months in which another letter 1 would be too soon.
    private func isRecent(_ date: CivilDate?, on day: CivilDate) -> Bool {
        date.map { day.days(since: $0) < 91 } ?? false
    }

    private mutating func respondToLetter(on day: CivilDate, chance scale: Double) {
        let readiness: Double
        switch payer.behaviour {
        case .steady, .inCredit: readiness = 0.7
        case .lumpSum: readiness = 0.7
        case .universalCredit: readiness = 0.5
        case .slipping: readiness = 0.25
        case .nonPayer: readiness = 0.1
        }
        guard rng.chance(readiness * scale) else { return }
        if rng.chance(0.3) {
            let until = day.adding(days: rng.int(7...14))
            pauseCase(on: day, until: until, reason: .promiseOfPayment,
                      comment: "Tenant promised to pay \(Money(pence: balance.pence / 100 * 100).letterText) by \(until.longText)")
        }
        respondWithLump(after: day, shareRange: 40...100)
    }

    // MARK: Notices

    private mutating func serveNotice(on day: CivilDate) {
        let id = file.notices.count + 1
        let type = plan.account.type
        let notice: Notice
        switch type {
        case .secure:
            let mayBegin = day.adding(days: 28)
            notice = Notice(id: id, kind: .noticeOfSeekingPossession, servedOn: day, mayBeginOn: mayBegin,
                            validUntil: mayBegin.adding(weeks: 52))
            note(day, "NTS", "Notice of seeking possession served by hand; arrears \(balance.tableText)")
        case .introductory:
            let mayBegin = day.adding(days: 28)
            notice = Notice(id: id, kind: .noticeOfProceedings, servedOn: day, mayBeginOn: mayBegin,
                            validUntil: mayBegin.adding(weeks: 26))
            note(day, "NOP", "Notice of proceedings (s128) served with the right to ask for a review within 14 days")
            if rng.chance(0.3) { ladder.reviewRequestOn = day.adding(days: rng.int(4...13)) }
        case .garage:
            notice = Notice(id: id, kind: .noticeToQuit, servedOn: day, mayBeginOn: day.adding(days: 7),
                            validUntil: day.adding(weeks: 8))
            note(day, "NTQ", "Notice to quit the garage served: seven days, ending at noon on a Monday")
        case .temporaryLicence:
            notice = Notice(id: id, kind: .noticeToQuit, servedOn: day, mayBeginOn: day.adding(days: 14),
                            validUntil: day.adding(weeks: 12))
            note(day, "NTQ", "Reasonable notice to leave given in writing (licence)")
        default:
            let mayBegin = day.adding(days: 28)
            notice = Notice(id: id, kind: .noticeToQuit, servedOn: day, mayBeginOn: mayBegin,
                            validUntil: mayBegin.adding(weeks: 16))
            note(day, "NTQ", "Notice to quit served with the prescribed information")
        }
        file.notices.append(notice)
        ladder.noticeId = id
        respondWithLump(after: day, shareRange: 30...90)
    }

    /// Introductory tenants may ask for a review of the decision to seek possession.
    private mutating func introductoryReview(on day: CivilDate) {
        guard let noticeId = ladder.noticeId, let index = file.notices.firstIndex(where: { $0.id == noticeId }) else { return }
        if let requested = ladder.reviewRequestOn, day >= requested, file.notices[index].reviewRequestedOn == nil {
            file.notices[index].reviewRequestedOn = requested
            note(day, "IRR", "Tenant asked for a review of the decision to seek possession")
            ladder.reviewDecisionOn = requested.adding(days: rng.int(10...21))
        }
        if let decided = ladder.reviewDecisionOn, day >= decided, file.notices[index].reviewOutcome == nil {
            let upheld = rng.chance(0.8)
            file.notices[index].reviewOutcome = upheld ? "Decision upheld" : "Decision overturned"
            if !upheld { file.notices[index].validUntil = day }
            note(day, "IRD", "Review decided by a senior officer not involved in the decision: \(upheld ? "upheld" : "overturned")")
        }
    }

    /// A garage whose notice to quit has run out is taken back; no court is needed.
    private mutating func recoverGarageIfDue(on day: CivilDate, arrears: Money, fourWeeks: Money) {
        guard plan.account.type == .garage, let served = notice(id: ladder.noticeId), day >= served.mayBeginOn,
              served.isValid(asOf: day), arrears >= fourWeeks, rng.chance(0.3) else { return }
        note(day, "VIM", "Garage cleared and lock changed; possession recovered")
        close(on: day)
    }

    // MARK: Court

    /// Returns true while a hearing is pending: nothing else happens before it.
    private mutating func progressCourt(on day: CivilDate) -> Bool {
        guard let id = ladder.courtCaseId, let index = file.courtCases.firstIndex(where: { $0.id == id }),
              let hearing = file.courtCases[index].hearingDate, file.courtCases[index].outcome == nil else { return false }
        if hearing > day { return true }
        guard let lag = ladder.outcomeLagDays else { return false }
        if day.days(since: hearing) >= lag { recordOutcome(on: day, index: index, hearing: hearing) }
        return false
    }

    mutating func setCourtDate(on day: CivilDate, adjourned: Bool) {
        var hearing = day.adding(weeks: rng.int(adjourned ? 4...10 : 6...12))
        while !BankHolidays.isWorkingDay(hearing) { hearing = hearing.adding(days: 1) }
        let id = file.courtCases.count + 1
        file.courtCases.append(CourtCase(id: id, hearingDate: hearing,
                                         hearingMinutes: rng.pick([600, 630, 660, 690, 840, 870])))
        ladder.courtCaseId = id
        ladder.outcomeLagDays = rng.chance(0.06) ? nil : rng.int(1...10)
        note(day, "CDS", adjourned ? "Court case created: adjourned hearing" : "Court case created")
        if rng.chance(0.5) {
            pauseCase(on: day, until: hearing, reason: .courtDateSet,
                      comment: "Hearing at Clerkenwell and Shoreditch County Court")
        }
        if !adjourned, rng.chance(0.3) { respondWithLump(after: day, shareRange: 50...100) }
    }

    private mutating func recordOutcome(on day: CivilDate, index: Int, hearing: CivilDate) {
        let outcome: CourtOutcome = rng.weighted([
            (.suspensionOnTerms, 40), (.adjournedOnTerms, 12), (.adjournedGenerally, 8), (.adjournedToAnotherHearing, 6),
            (.outrightPossessionWithDate, 6), (.outrightPossessionForthwith, 2), (.struckOut, 5), (.withdrawn, 8),
            (.adjournedForDirections, 3), (.adjournedToNextOpenDate, 3), (.stayOfExecution, 2),
        ])
        let terms = outcome == .suspensionOnTerms || outcome == .adjournedOnTerms || (outcome.canHaveTerms && rng.chance(0.3))
        file.courtCases[index].outcome = outcome
        file.courtCases[index].outcomeDate = hearing
        file.courtCases[index].balanceOnOutcomeDate = balance
        file.courtCases[index].terms = outcome.canHaveTerms ? terms : nil
        file.courtCases[index].disrepairCounterClaim = outcome.canHaveTerms ? rng.chance(0.08) : nil
        if outcome == .struckOut { file.courtCases[index].strikeOutDate = hearing }
        note(day, "IC6", "Court outcome added: \(outcome.label)")
        let courtCaseId = file.courtCases[index].id
        switch outcome {
        case .adjournedToAnotherHearing, .adjournedForDirections, .adjournedToNextOpenDate:
            setCourtDate(on: day, adjourned: true)
        case .outrightPossessionWithDate, .outrightPossessionForthwith:
            ladder.outrightOrderOn = hearing
        default:
            break
        }
        if terms {
            let weekly = weeklyCharge(on: day)
            let instalment = Money(pence: max(370, weekly.pence * Int64(rng.int(5...25)) / 100 / 10 * 10))
            makeAgreement(on: day, kind: .formal, frequency: .weekly, instalment: instalment, courtCaseId: courtCaseId,
                          startingBalance: balance, keeps: rng.chance(0.6))
        }
    }

    /// After an outright order (or a breached suspended one), a warrant and an eviction date.
    private mutating func progressWarrant(on day: CivilDate) -> Bool {
        guard let order = ladder.outrightOrderOn, ladder.warrantOn == nil else { return false }
        guard day.days(since: order) <= 91 else { return false }
        if balance > weeklyCharge(on: day) * 4, rng.chance(0.12) { applyForWarrant(on: day) }
        return true
    }

    mutating func applyForWarrant(on day: CivilDate) {
        ladder.warrantOn = day
        note(day, "WPA", "Warrant of possession applied for")
        var eviction = day.adding(weeks: rng.int(5...10))
        while !BankHolidays.isWorkingDay(eviction) { eviction = eviction.adding(days: 1) }
        file.evictions.append(Eviction(id: file.evictions.count + 1, date: eviction))
        ladder.evictionOn = eviction
        note(day, "EDS", "Eviction date set to \(eviction.longText)")
        if rng.chance(0.6) {
            pauseCase(on: day, until: eviction, reason: .evictionDateSet, comment: "Bailiff appointment booked")
        }
        respondWithLump(after: day, shareRange: 60...100)
    }

    private mutating func carryOutEviction(on day: CivilDate, weekly: Money) {
        ladder.evictionOn = nil
        if balance <= weekly * 2 {
            note(day, "INC", "Arrears cleared before the bailiff appointment; eviction cancelled")
            return
        }
        if rng.chance(0.5) {
            note(day, "INC", "Tenant applied to suspend the warrant; the court stayed the eviction on terms")
            return
        }
        note(day, "EVI", "Eviction carried out; keys recovered")
        close(on: day)
    }

    /// The account ends: no more charges, payments or reviews.
    mutating func close(on day: CivilDate) {
        closedOn = day
        file.account.endDate = day
        payer.stopped = true
    }

    // MARK: Universal Credit

    private mutating func universalCreditMilestones(on day: CivilDate) {
        guard let claimed = payer.creditClaimedOn, claimed >= plan.ledgerStart else { return }
        let step: (CivilDate?, String, String)
        switch ladder.creditMilestones {
        case 0: step = (claimed.adding(weeks: 1), "UCC", "Tenant has claimed Universal Credit; housing costs to be verified")
        case 1: step = (claimed.adding(weeks: 5), "UC1", "Universal Credit housing costs verified")
        case 2: step = (payer.managedPaymentFrom?.adding(weeks: -4), "UC2", "Managed payment to landlord requested on the DWP portal")
        case 3: step = (payer.managedPaymentFrom, "UC3", "First managed payment received from DWP")
        default: return
        }
        let (date, code, comment) = step
        guard let date, day >= date else { return }
        note(day, code, comment)
        ladder.creditMilestones += 1
        if code == "UCC", rng.chance(0.3) {
            pauseCase(on: day, until: day.adding(weeks: 5), reason: .delayedBenefit,
                      comment: "Waiting for the first Universal Credit payment")
        }
    }
}
