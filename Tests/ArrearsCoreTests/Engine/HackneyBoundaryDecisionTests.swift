import Testing
@testable import ArrearsCore

/// The five behaviours of issue 9 §1, each at D−1, D and D+1 (or at its money boundary): made to match
/// Hackney's rules (income-api.md §2.2) or recorded as a decision in docs/policy.md §9. As of Wednesday
/// 5 June 2024, a secure tenancy with £100 weekly rent.
@Suite struct HackneyBoundaryDecisionTests {
    static let asOf = d("2024-06-05")
    var asOf: CivilDate { Self.asOf }

    func owing(_ amount: String, weekly: String = "100.00") -> CaseBuilder {
        var b = CaseBuilder(weekly: gbp(weekly))
        b.arrearsAfterGrace(gbp(amount), asOf: asOf)
        return b
    }

    // MARK: a. A hearing on the as-of date has passed (Hackney)

    /// A hearing with no outcome: blocks the day before, asks for the outcome on the day and after.
    @Test(arguments: [
        ("2024-06-06", RecommendedAction.noAction),          // D+1: a future hearing blocks everything
        ("2024-06-05", .updateCourtOutcome),                  // D: the hearing has passed
        ("2024-06-04", .updateCourtOutcome),                  // D−1
    ])
    func aHearingOnTheDayHasPassed(hearing: String, expected: RecommendedAction) {
        var b = owing("900.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2023-11-01"))
        b.court(hearing: d(hearing))
        #expect(b.action(asOf) == expected)
    }

    /// The engine works in days: a hearing at 14:30 today counts as passed all day, as one at 09:00 does.
    @Test(arguments: [nil as Int?, 9 * 60, 14 * 60 + 30, 23 * 60 + 59])
    func aHearingLaterInTheDayHasPassedToo(minutes: Int?) {
        var b = owing("900.00")
        b.file.courtCases.append(CourtCase(id: 90, hearingDate: asOf, hearingMinutes: minutes))
        let c = b.classify(asOf)
        #expect(c.action == .updateCourtOutcome)
        #expect(c.measures.blocker == nil)
    }

    /// An outright order made today: the warrant is due today (Hackney: the court date is in the past).
    @Test(arguments: [
        ("2024-06-06", RecommendedAction.noAction),
        ("2024-06-05", .applyForOutrightPossessionWarrant),
        ("2024-06-04", .applyForOutrightPossessionWarrant),
    ])
    func aWarrantFollowsAnOutrightOrderMadeToday(hearing: String, expected: RecommendedAction) {
        var b = owing("900.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2023-11-01"))
        b.court(hearing: d(hearing), outcome: .outrightPossessionForthwith)
        #expect(b.action(asOf) == expected)
    }

    /// A hearing today stops the court warning letter: the claim is already in court.
    @Test(arguments: [
        ("2024-06-06", RecommendedAction.noAction),            // blocked by the future hearing
        ("2024-06-05", .updateCourtOutcome),
        ("2024-06-04", .updateCourtOutcome),
    ])
    func aHearingTodayStopsTheCourtWarning(hearing: String, expected: RecommendedAction) {
        var b = owing("800.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2024-03-01"))
        b.court(hearing: d(hearing))
        let c = b.classify(asOf)
        #expect(c.action == expected)
        let warning = c.trace.first { $0.action == .sendCourtWarningLetter }
        #expect(warning?.status == .stopped)
    }

    // MARK: b. Apply for a court date: only a hearing later than the warning blocks it (Hackney)

    @Test(arguments: [
        ("2024-05-21", RecommendedAction.applyForCourtDate),   // warning day − 1
        ("2024-05-22", .applyForCourtDate),                    // the warning's own day: not later than it
        ("2024-05-23", .noAction),                             // warning day + 1: the claim is in court
    ])
    func onlyAHearingLaterThanTheWarningBlocksTheApplication(hearing: String, expected: RecommendedAction) {
        var b = owing("800.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2024-03-01"))
        b.diary("IC4", on: d("2024-05-22"))
        // An adjourned hearing with its outcome recorded, so that only the court-date rule reads it.
        b.court(hearing: d(hearing), outcome: .adjournedOnTerms, terms: false)
        let c = b.classify(asOf)
        #expect(c.action == expected)
        let apply = c.trace.first { $0.action == .applyForCourtDate }
        if expected == .noAction {
            #expect(apply?.conditions.first?.id == "no_hearing_since_court_warning")
        }
    }

    // MARK: c. A court case with neither a hearing date nor an outcome is missing data (decision)

    @Test(arguments: [
        ("7.50", RecommendedAction.sendFirstSMS),   // collectable arrears, no grace (the SMS band)
        ("110.00", .sendLetterOne),                 // £10 after grace
    ])
    func theLadderContinuesAndCheckDataAsksForTheHearing(collectable: String, expected: RecommendedAction) {
        var b = CaseBuilder()
        b.collectable(gbp(collectable), asOf: asOf)
        b.court(hearing: nil)
        let c = b.classify(asOf)
        #expect(c.action == expected)
        #expect(c.conflict?.fired == [expected, .checkData])
        let check = c.trace.first { $0.action == .checkData }
        #expect(check?.conditions.last?.seen.text.contains("neither a hearing date nor an outcome") == true)
    }

    @Test func letterTwoAndTheNospContinueWithAnEmptyCourtCase() {
        var two = owing("50.00")
        two.diary("IC1", on: d("2024-05-22"))
        two.court(hearing: nil)
        #expect(two.action(asOf) == .sendLetterTwo)
        var nosp = owing("400.00")
        nosp.diary("IC2", on: d("2024-05-29"))
        nosp.court(hearing: nil)
        #expect(nosp.action(asOf) == .sendNOSP)
    }

    @Test func anEmptyCourtCaseThatWasStruckOutAsksForNothing() {
        var b = owing("50.00")
        b.court(hearing: nil, strikeOut: d("2024-05-01"))
        let c = b.classify(asOf)
        #expect(c.action == .sendLetterOne)
        #expect(c.conflict == nil)
    }

    // MARK: d. Any court agreement made at or after the hearing satisfies "terms set" (Hackney)

    /// An adjournment on terms heard on 1 May, with a court agreement started on `start` in `state`.
    @Test(arguments: [
        ("2024-04-30", AgreementState.cancelled, RecommendedAction.checkData),  // hearing − 1: before the hearing
        ("2024-05-01", .cancelled, .noAction),                                  // on the hearing day
        ("2024-05-02", .cancelled, .noAction),                                  // hearing + 1
        ("2024-05-02", .completed, .noAction),
        ("2024-04-30", .completed, .checkData),
    ])
    func anyCourtAgreementSinceTheHearingSatisfiesTheTerms(start: String, state: AgreementState, expected: RecommendedAction) {
        var b = owing("0.00")
        b.court(hearing: d("2024-05-01"), outcome: .adjournedOnTerms, terms: true)
        b.agreement(.formal, instalment: gbp("20"), start: d(start), startingBalance: gbp("100"),
                    states: [(state, d("2024-05-20"))])
        let c = b.classify(asOf)
        #expect(c.measures.agreement?.state == state)
        #expect(c.action == expected)
    }

    /// A suspended order alive for six years: a completed court agreement means its terms were met, so
    /// nothing is asked for (decision); a cancelled one still asks for the terms now in force (Hackney).
    @Test(arguments: [
        (AgreementState.completed, RecommendedAction.noAction),
        (.cancelled, .checkData),
    ])
    func aSuspendedOrderWithItsAgreementEnded(state: AgreementState, expected: RecommendedAction) {
        var b = owing("0.00")
        b.court(hearing: d("2022-05-01"), outcome: .suspensionOnTerms, terms: true)
        b.agreement(.formal, instalment: gbp("20"), start: d("2022-05-02"), startingBalance: gbp("100"),
                    states: [(state, d("2023-01-20"))])
        #expect(b.action(asOf) == expected)
    }

    // MARK: e. No regular charge: possession steps need the policy's floor (decision)

    @Test(arguments: [
        ("499.99", RecommendedAction.noAction),
        ("500.00", .sendNOSP),
        ("500.01", .sendNOSP),
    ])
    func noRegularChargeNeedsTheFloorForANotice(arrears: String, expected: RecommendedAction) {
        var b = owing(arrears, weekly: "0.00")
        b.diary("IC1", on: d("2024-04-01"))
        b.diary("IC2", on: d("2024-05-29"))
        let c = b.classify(asOf)
        #expect(c.measures.weeklyCharge == .zero)
        #expect(c.measures.arrearsAfterGrace == gbp(arrears))
        #expect(c.action == expected)
        let nosp = c.trace.first { $0.action == .sendNOSP }
        if expected == .noAction { #expect(nosp?.conditions.first?.id == "possession_arrears") }
    }

    @Test func theFloorIsAPolicySetting() throws {
        let policy = try PolicyFile.parse("rules.possession.minimum_arrears_without_charge = 50.00", file: "t")
        var b = owing("50.00", weekly: "0.00")
        b.diary("IC2", on: d("2024-05-29"))
        #expect(b.action(asOf) == .noAction)
        #expect(b.action(asOf, policy: policy) == .sendNOSP)
        // An account with a regular charge still reads four weeks' charge, not the floor.
        var charged = owing("399.99")
        charged.diary("IC2", on: d("2024-05-29"))
        #expect(charged.action(asOf, policy: policy) == .noAction)
    }

    @Test func lettersStillStartAtTenPoundsWithoutACharge() {
        #expect(owing("9.99", weekly: "0.00").action(asOf) == .sendFirstSMS)    // grace is £0: the SMS band
        #expect(owing("10.00", weekly: "0.00").action(asOf) == .sendLetterOne)
    }
}
