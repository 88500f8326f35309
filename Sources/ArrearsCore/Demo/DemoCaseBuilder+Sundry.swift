/// Sundry debts (former tenant arrears, rechargeable repairs): no regular charge, the Pre-Action Protocol
/// for Debt Claims (a letter of claim with 30 days to reply), then referral for debt recovery.
extension DemoCaseBuilder {
    mutating func postSundryDebt(on day: CivilDate) {
        if rng.chance(0.75) {
            post(day, "DFT", "Former tenant arrears transferred from the ended tenancy", rng.pence(25_000...650_000))
        } else {
            let repair = rng.pick(["replacement front door", "clearance of belongings", "glazing repairs",
                                   "making good after unauthorised alterations"])
            post(day, "DRR", "Rechargeable repair: \(repair)", rng.pence(18_000...240_000))
        }
    }

    mutating func reviewSundry(on day: CivilDate) {
        if activeHold(on: day, where: \.isBreathingSpace) || isPaused(on: day) { return }
        if progressAgreement(on: day) { return }
        guard balance >= Money(pounds: 10), day.days(since: plan.ledgerStart) >= 21 else { return }
        if payer.behaviour == .steady, file.agreements.isEmpty {
            let instalment = Money(pounds: Int64(rng.int(2...12) * 5))
            makeAgreement(on: day, kind: .informal, frequency: .monthly, instalment: instalment, courtCaseId: nil,
                          startingBalance: balance, keeps: rng.chance(0.8))
            return
        }
        guard let served = notice(id: ladder.noticeId) else {
            guard rng.chance(0.4) else { return }
            let id = file.notices.count + 1
            file.notices.append(Notice(id: id, kind: .letterBeforeAction, servedOn: day, mayBeginOn: day.adding(days: 30),
                                       validUntil: day.adding(weeks: 26)))
            ladder.noticeId = id
            letterSent(day, code: "DCL", template: "Letter of claim (debt claims protocol)", by: officer(on: day))
            if payer.behaviour == .lumpSum { respondWithLump(after: day, shareRange: 30...70) }
            return
        }
        if served.isActive(asOf: day), ladder.legalReferralOn == nil, rng.chance(0.2) {
            note(day, "DRF", "No reply to the letter of claim; referred for debt recovery")
            ladder.legalReferralOn = day
        }
    }
}
