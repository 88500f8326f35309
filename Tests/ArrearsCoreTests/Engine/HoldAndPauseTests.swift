import Testing
@testable import ArrearsCore

@Suite struct HoldAndPauseTests {
    let asOf = d("2024-06-05")

    /// A secure tenancy whose route wants a NOSP: four weeks owed, letter 2 sent 16 days ago.
    func nospDue() -> CaseBuilder {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("450"), asOf: asOf)
        b.diary("IC1", on: d("2024-05-01"))
        b.diary("IC2", on: d("2024-05-20"))
        return b
    }

    /// A secure tenancy whose route wants letter one.
    func letterOneDue() -> CaseBuilder {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("450"), asOf: asOf)
        return b
    }

    @Test func breathingSpaceHoldsEnforcementOnTheFrozenDebt() {
        var b = nospDue()
        b.hold(.breathingSpaceStandard, start: d("2024-05-01"), debtAtStart: gbp("600"))
        let c = b.classify(asOf)
        #expect(c.action == .noAction)
        #expect(c.held.map(\.action) == [.sendNOSP])
        #expect(c.source == .hold(HeldStep(action: .sendNOSP, hold: c.measures.activeHolds[0])))
        #expect(c.trace.first { $0.action == .sendNOSP }?.status == .held(.breathingSpaceStandard))
        // Arrears after grace £450 against £600 frozen: nothing new has built up.
        #expect(c.holdNote == .money(gbp("-150")))
    }

    @Test func breathingSpaceStillChasesUnpaidCurrentCharges() {
        var b = letterOneDue()
        b.hold(.breathingSpaceStandard, start: d("2024-05-01"), debtAtStart: gbp("300"))
        let c = b.classify(asOf)
        #expect(c.held.map(\.action) == [.sendLetterOne])
        #expect(c.action == .writeAboutCurrentCharges)
        #expect(c.holdNote == .money(gbp("150")))
        #expect(c.action.category == .followUp)
        var recent = b
        recent.diary("GME", on: d("2024-05-25"))   // written to 11 days ago
        let r = recent.classify(asOf)
        #expect(r.held.map(\.action) == [.sendLetterOne])
        #expect(r.action == .noAction)
        #expect(r.holdNote == .mark(DiaryMark(code: "GME", date: d("2024-05-25"))))
    }

    @Test func breathingSpaceEndsAfterSixtyDaysAndTheRouteResumes() {
        var b = nospDue()
        b.hold(.breathingSpaceStandard, start: d("2024-04-06"), debtAtStart: gbp("600"))   // day 60 is 4 June
        #expect(b.action(d("2024-06-04")) == .noAction)
        #expect(b.action(asOf) == .sendNOSP)
    }

    @Test func aMentalHealthCrisisBreathingSpaceLastsUntilItIsEnded() {
        var b = nospDue()
        b.hold(.breathingSpaceMentalHealth, start: d("2023-01-01"), debtAtStart: gbp("600"))
        #expect(b.action(asOf) == .noAction)
        b.file.holds[0].end = d("2024-06-04")
        #expect(b.action(asOf) == .sendNOSP)
    }

    @Test func aPendingBenefitClaimBlocksCourtStepsOnly() {
        var court = CaseBuilder()
        court.arrearsAfterGrace(gbp("800"), asOf: asOf)
        court.notice(.noticeOfSeekingPossession, servedOn: d("2024-03-01"))
        court.diary("IC4", on: d("2024-05-01"))
        court.hold(.benefitClaimPending, start: d("2024-05-20"))
        let c = court.classify(asOf)
        #expect(c.action == .supportBenefitClaim)
        #expect(c.held.map(\.action) == [.applyForCourtDate])

        var letters = nospDue()
        letters.hold(.benefitClaimPending, start: d("2024-05-20"))
        #expect(letters.action(asOf) == .sendNOSP)   // a notice is not a court step
    }

    @Test func vulnerabilityBlocksAutomationAndCallsForAnOfficer() {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("50"), asOf: asOf)
        b.hold(.vulnerability, start: d("2024-01-10"))
        let c = b.classify(asOf)
        #expect(c.action == .officerReviewVulnerability)
        #expect(c.held.map(\.action) == [.sendLetterOne])
        // Casework that does not reach the tenant is not held.
        b.court(hearing: nil, outcome: .adjournedGenerally, terms: false)
        #expect(b.action(asOf) == .checkData)
    }

    @Test func aDisputeBlocksEscalationButNotTheFirstReminder() {
        var first = CaseBuilder()
        first.arrearsAfterGrace(gbp("50"), asOf: asOf)
        first.hold(.dispute, start: d("2024-05-01"))
        #expect(first.action(asOf) == .sendLetterOne)

        var second = first
        second.diary("IC1", on: d("2024-05-15"))
        let c = second.classify(asOf)
        #expect(c.action == .resolveDispute)
        #expect(c.held.map(\.action) == [.sendLetterTwo])
    }

    @Test func aDisputeHoldsTheLeaseholdLadder() {
        var b = CaseBuilder(.leasehold, weekly: gbp("1300.00"), period: .halfYearly, debtKind: .serviceCharge)
        b.line("DLS", gbp("1300"), on: d("2024-01-01"))
        b.diary("LL1", on: d("2024-05-01"))
        b.hold(.dispute, start: d("2024-05-10"), end: nil)
        #expect(b.action(asOf) == .resolveDispute)
        b.file.holds[0].end = d("2024-06-01")
        #expect(b.action(asOf) == .sendServiceChargeLetterTwo)
    }

    @Test func whenHoldsMeetTheLegalBarDecidesThenTheOfficerIsCalled() {
        var b = nospDue()
        b.hold(.vulnerability, start: d("2024-01-10"))
        b.hold(.breathingSpaceStandard, start: d("2024-05-01"), debtAtStart: gbp("300"))
        let c = b.classify(asOf)
        #expect(c.held.first?.hold.kind == .breathingSpaceStandard)
        // Breathing space would write about current charges; vulnerability puts an officer in charge of that too.
        #expect(c.action == .officerReviewVulnerability)
    }

    @Test func holdsNotYetStartedOrEndedDoNothing() {
        var b = nospDue()
        b.hold(.vulnerability, start: d("2024-07-01"))
        b.hold(.dispute, start: d("2024-01-01"), end: d("2024-06-04"))
        let c = b.classify(asOf)
        #expect(c.action == .sendNOSP)
        #expect(c.measures.activeHolds.isEmpty)
    }

    @Test(arguments: [("2024-06-06", RecommendedAction.noAction), ("2024-06-05", .sendNOSP), ("2024-05-30", .sendNOSP)])
    func pausesExpireByThemselves(until: String, expected: RecommendedAction) {
        var b = nospDue()
        b.pause(until: d(until), reason: .promiseOfPayment)
        let c = b.classify(asOf)
        #expect(c.action == expected)
        if expected == .noAction {
            #expect(c.measures.blocker == .paused(until: d(until), reason: .promiseOfPayment))
            let nosp = c.trace.first { $0.action == .sendNOSP }
            #expect(nosp?.conditions.first?.seen == .blocker(.paused(until: d(until), reason: .promiseOfPayment)))
        }
    }

    @Test func everyPauseReasonPauses() {
        for reason in PauseReason.allCases {
            var b = nospDue()
            b.pause(until: d("2024-07-01"), reason: reason)
            #expect(b.action(asOf) == .noAction, "\(reason)")
        }
    }
}
