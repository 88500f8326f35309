/// Something decided up front that happens on a date: a hold starting (and perhaps ending), a pause,
/// a death in the household.
struct DemoPlannedHold: Sendable {
    enum Event: Sendable {
        case hold(HoldKind, end: CivilDate?, reference: String, note: String)
        case pause(PauseReason, until: CivilDate, comment: String)
        case deceased
    }
    var on: CivilDate
    var event: Event
}

extension DemoCaseBuilder {
    /// Protective holds and one-off pauses, placed mostly in recent months so that many are still in force.
    mutating func planHolds() -> [DemoPlannedHold] {
        var planned: [DemoPlannedHold] = []
        if rng.chance(0.025) {
            let start = recentDay(weeksAgo: 1...30)
            let reference = "BS\(rng.int(100_000...999_999))"
            planned.append(DemoPlannedHold(on: start, event: .hold(.breathingSpaceStandard, end: start.adding(days: 60),
                                                                   reference: reference, note: "Standard breathing space; debt adviser: Hackney Money Advice")))
        }
        if rng.chance(0.004) {
            let start = recentDay(weeksAgo: 2...40)
            planned.append(DemoPlannedHold(on: start, event: .hold(.breathingSpaceMentalHealth, end: nil,
                                                                   reference: "MH\(rng.int(100_000...999_999))",
                                                                   note: "Mental health crisis moratorium; contact only through the AMHP")))
        }
        if let claimed = payer.creditClaimedOn, claimed >= plan.ledgerStart, rng.chance(0.4) {
            planned.append(DemoPlannedHold(on: claimed.adding(weeks: 1), event: .hold(.benefitClaimPending, end: claimed.adding(weeks: 6),
                                                                                  reference: "UC claim", note: "Universal Credit claim made; awaiting first payment")))
        } else if rng.chance(0.012) {
            planned.append(DemoPlannedHold(on: recentDay(weeksAgo: 1...8), event: .hold(.benefitClaimPending, end: nil,
                                                                            reference: "HB\(rng.int(10_000...99_999))", note: "Housing Benefit claim with all evidence supplied")))
        }
        if rng.chance(0.025) {
            let note = rng.pick(["Recent bereavement; speak to her daughter first", "Hearing impaired: contact by email or text only",
                                 "Limited English: Turkish interpreter needed", "Learning disability; support worker at Hackney Mind",
                                 "Domestic abuse survivor: do not visit unannounced"])
            planned.append(DemoPlannedHold(on: recentDay(weeksAgo: 4...60), event: .hold(.vulnerability, end: nil, reference: "", note: note)))
        }
        let disputeChance = plan.account.type.isLeaseholdSide ? 0.04 : 0.005
        if rng.chance(disputeChance) {
            let note = plan.account.type.isLeaseholdSide ? "Disputes the major works bill; application to the First-tier Tribunal"
                                                         : "Disputes the water rates charge"
            let start = recentDay(weeksAgo: 2...30)
            planned.append(DemoPlannedHold(on: start, event: .hold(.dispute, end: rng.chance(0.3) ? start.adding(weeks: 8) : nil,
                                                                   reference: "FTT/\(rng.int(1000...9999))", note: note)))
        }
        if rng.chance(0.003), !plan.account.type.isLeaseholdSide {
            planned.append(DemoPlannedHold(on: recentDay(weeksAgo: 2...30), event: .deceased))
        }
        if !plan.defects.isEmpty, rng.chance(0.5) {
            let start = recentDay(weeksAgo: 0...6)
            planned.append(DemoPlannedHold(on: start, event: .pause(.missingData, until: start.adding(weeks: rng.int(3...6)),
                                                                    comment: "Address or contact details incomplete; checking with the tenancy team")))
        }
        if rng.chance(0.01) {
            let start = recentDay(weeksAgo: 0...10)
            planned.append(DemoPlannedHold(on: start, event: .pause(.other, until: start.adding(weeks: rng.int(2...6)),
                                                                    comment: rng.pick(["Tenant in hospital until the end of the month",
                                                                                       "Household fire; rehoused temporarily",
                                                                                       "Awaiting tenancy audit"]))))
        }
        return planned
    }

    private mutating func recentDay(weeksAgo weeks: ClosedRange<Int>) -> CivilDate {
        asOf.adding(days: -rng.int(weeks.lowerBound * 7...weeks.upperBound * 7))
    }

    mutating func startPlannedHolds(on day: CivilDate) {
        for planned in plannedHolds where planned.on == day {
            switch planned.event {
            case let .hold(kind, end, reference, note):
                if kind.isBreathingSpace, balance < Money(pounds: 100) { continue }
                file.holds.append(Hold(id: file.holds.count + 1, kind: kind, start: day, end: end, reference: reference,
                                       note: note, debtAtStart: kind.isBreathingSpace ? balance : nil))
                self.note(day, DemoCaseBuilder.holdCode(kind), "\(kind.label) from \(day.longText). \(note)")
            case let .pause(reason, until, comment):
                pauseCase(on: day, until: until, reason: reason, comment: comment)
            case .deceased:
                payer.stopped = true
                pauseCase(on: day, until: day.adding(weeks: rng.int(8...12)), reason: .deceased,
                          comment: "Tenant has died; family informed us. Succession being assessed")
            }
        }
        for hold in file.holds where hold.end == day {
            note(day, hold.kind.isBreathingSpace ? "BSE" : "HEN", "\(hold.kind.label) ended")
        }
    }

    static func holdCode(_ kind: HoldKind) -> String {
        switch kind {
        case .breathingSpaceStandard, .breathingSpaceMentalHealth: return "BSS"
        case .benefitClaimPending: return "BCP"
        case .vulnerability: return "VUL"
        case .dispute: return "DIS"
        }
    }

    /// Calls, visits and referrals that happen around arrears, with the comments officers write.
    mutating func maybeContact(on day: CivilDate) {
        guard closedOn == nil, balance > Money(pounds: 50), rng.chance(plan.account.type.isLeaseholdSide ? 0.03 : 0.05) else { return }
        let owed = balance.tableText
        let (code, comment): (String, String) = rng.weighted([
            (("OTC", "Called tenant about arrears of \(owed); no answer, left a voicemail"), 22),
            (("OTC", "Spoke to tenant: wages late this month, will pay on Friday"), 12),
            (("INC", "Tenant called to ask for a rent statement; sent by email"), 10),
            (("INC", "Tenant called: Universal Credit payment is late this month"), 8),
            (("VIM", "Home visit; discussed budgeting and arrears of \(owed)"), 8),
            (("VIU", "Home visit; no answer, calling card left"), 10),
            (("GMS", "Text reminder sent about arrears of \(owed)"), 10),
            (("FIC", "Referred to the financial inclusion team for a benefits check"), 8),
            (("DEB", "Referred to Citizens Advice Hackney for debt advice"), 6),
            (("OFI", "Office interview at the Hackney Service Centre"), 6),
        ])
        note(day, code, comment)
    }
}
