/// Something decided up front that happens on a date: a hold starting (and perhaps ending), a pause,
/// a death in the household, a reassignment.
struct DemoPlannedEvent: Sendable {
    enum Event: Sendable {
        case hold(HoldKind, end: CivilDate?, reference: String, note: String)
        case pause(PauseReason, until: CivilDate, comment: String)
        case deceased
        /// The team lead moved the case to another officer's caseload.
        case reassigned(to: String)
    }
    var on: CivilDate
    var event: Event

    static let vulnerabilityNotes = [
        "Recent bereavement; speak to her daughter first", "Hearing impaired: contact by email or text only",
        "Limited English: Turkish interpreter needed", "Learning disability; support worker at Hackney Mind",
        "Domestic abuse survivor: do not visit unannounced",
    ]
    static let otherPauseComments = [
        "Tenant in hospital until the end of the month", "Household fire; rehoused temporarily", "Awaiting tenancy audit",
    ]
}

extension DemoCaseBuilder {
    /// Protective holds and one-off pauses, placed mostly in recent months so that many are still in force.
    mutating func planEvents() -> [DemoPlannedEvent] {
        var planned: [DemoPlannedEvent] = []
        if rng.chance(0.025) {
            let start = recentDay(weeksAgo: 1...30)
            let hold = DemoPlannedEvent.Event.hold(.breathingSpaceStandard, end: start.adding(days: 60),
                                                   reference: "BS\(rng.int(100_000...999_999))",
                                                   note: "Standard breathing space; debt adviser: Hackney Money Advice")
            planned.append(DemoPlannedEvent(on: start, event: hold))
        }
        if rng.chance(0.004) {
            let hold = DemoPlannedEvent.Event.hold(.breathingSpaceMentalHealth, end: nil,
                                                   reference: "MH\(rng.int(100_000...999_999))",
                                                   note: "Mental health crisis moratorium; contact only through the AMHP")
            planned.append(DemoPlannedEvent(on: recentDay(weeksAgo: 2...40), event: hold))
        }
        if let claimed = payer.creditClaimedOn, claimed >= plan.ledgerStart, rng.chance(0.4) {
            let hold = DemoPlannedEvent.Event.hold(.benefitClaimPending, end: claimed.adding(weeks: 6), reference: "UC claim",
                                                   note: "Universal Credit claim made; awaiting first payment")
            planned.append(DemoPlannedEvent(on: claimed.adding(weeks: 1), event: hold))
        } else if rng.chance(0.012) {
            let hold = DemoPlannedEvent.Event.hold(.benefitClaimPending, end: nil, reference: "HB\(rng.int(10_000...99_999))",
                                                   note: "Housing Benefit claim with all evidence supplied")
            planned.append(DemoPlannedEvent(on: recentDay(weeksAgo: 1...8), event: hold))
        }
        if rng.chance(0.025) {
            let hold = DemoPlannedEvent.Event.hold(.vulnerability, end: nil, reference: "",
                                                   note: rng.pick(DemoPlannedEvent.vulnerabilityNotes))
            planned.append(DemoPlannedEvent(on: recentDay(weeksAgo: 4...60), event: hold))
        }
        if rng.chance(plan.account.type.isLeaseholdSide ? 0.04 : 0.005) {
            let start = recentDay(weeksAgo: 2...30)
            let note = plan.account.type.isLeaseholdSide ? "Disputes the major works bill; application to the First-tier Tribunal"
                                                         : "Disputes the charges on the account"
            let hold = DemoPlannedEvent.Event.hold(.dispute, end: rng.chance(0.3) ? start.adding(weeks: 8) : nil,
                                                   reference: "FTT/\(rng.int(1000...9999))", note: note)
            planned.append(DemoPlannedEvent(on: start, event: hold))
        }
        if rng.chance(0.003), !plan.account.type.isLeaseholdSide {
            planned.append(DemoPlannedEvent(on: recentDay(weeksAgo: 2...30), event: .deceased))
        }
        if let officer = plan.account.assignedTo {
            planned.append(DemoPlannedEvent(on: recentDay(weeksAgo: 1...26), event: .reassigned(to: officer)))
        }
        if !plan.defects.isEmpty, rng.chance(0.5) {
            let start = recentDay(weeksAgo: 0...6)
            let pause = DemoPlannedEvent.Event.pause(.missingData, until: start.adding(weeks: rng.int(3...6)),
                                                     comment: "Address or contact details incomplete; checking with the tenancy team")
            planned.append(DemoPlannedEvent(on: start, event: pause))
        }
        if rng.chance(0.01) {
            let start = recentDay(weeksAgo: 0...10)
            let pause = DemoPlannedEvent.Event.pause(.other, until: start.adding(weeks: rng.int(2...6)),
                                                     comment: rng.pick(DemoPlannedEvent.otherPauseComments))
            planned.append(DemoPlannedEvent(on: start, event: pause))
        }
        return planned
    }

    private mutating func recentDay(weeksAgo weeks: ClosedRange<Int>) -> CivilDate {
        asOf.adding(days: -rng.int(weeks.lowerBound * 7...weeks.upperBound * 7))
    }

    mutating func runPlannedEvents(on day: CivilDate) {
        for planned in plannedEvents where planned.on == day {
            switch planned.event {
            case let .hold(kind, end, reference, note):
                if kind.isBreathingSpace, balance < Money(pounds: 100) { continue }
                file.holds.append(Hold(id: file.holds.count + 1, kind: kind, start: day, end: end, reference: reference,
                                       note: note, debtAtStart: kind.isBreathingSpace ? balance : nil))
                self.note(day, DemoCaseBuilder.holdCode(kind), "\(kind.label) from \(day.longText). \(note)")
            case let .pause(reason, until, comment):
                pauseCase(on: day, until: until, reason: reason, comment: comment)
            case let .reassigned(officer):
                note(day, "ASN", "Case reassigned to \(officer) to balance caseloads", by: "lead.income")
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
        let chance = plan.account.type.isLeaseholdSide ? 0.03 : 0.05
        guard closedOn == nil, balance > Money(pounds: 50), rng.chance(chance) else { return }
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
        if comment.hasSuffix("will pay on Friday") { maybePromise(on: day) }
    }
}
