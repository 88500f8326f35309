import Testing
@testable import ArrearsCore

/// Every Hackney rule at its thresholds (income-api.md §2.2), on a secure tenancy with £100 weekly rent,
/// as of Wednesday 5 June 2024.
@Suite struct SecureRuleBoundaryTests {
    static let asOf = d("2024-06-05")
    var asOf: CivilDate { Self.asOf }

    func owing(_ amount: String) -> CaseBuilder {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp(amount), asOf: asOf)
        return b
    }

    func collectable(_ amount: String) -> CaseBuilder {
        var b = CaseBuilder()
        b.collectable(gbp(amount), asOf: asOf)
        return b
    }

    /// The SMS reads collectable arrears with no grace (Hackney).
    @Test(arguments: [
        ("4.99", RecommendedAction.noAction), ("5.00", .sendFirstSMS), ("9.99", .sendFirstSMS), ("10.00", .noAction),
    ])
    func smsThresholds(arrears: String, expected: RecommendedAction) {
        #expect(collectable(arrears).action(asOf) == expected)
    }

    /// Letter one reads arrears after one week's grace: here collectable arrears less £100.
    @Test(arguments: [("9.99", RecommendedAction.noAction), ("10.00", .sendLetterOne)])
    func letterOneThreshold(arrears: String, expected: RecommendedAction) {
        #expect(owing(arrears).action(asOf) == expected)
    }

    @Test(arguments: [
        ("GAT", "2024-05-30", RecommendedAction.noAction),    // an SMS 6 days ago
        ("GAT", "2024-05-29", .sendFirstSMS),                  // 7 days ago
        ("VIM", "2024-03-06", .noAction),                      // another communication under 3 months ago
        ("VIM", "2024-03-05", .sendFirstSMS),                  // exactly 3 months ago
    ])
    func smsSpacing(code: String, sent: String, expected: RecommendedAction) {
        var b = collectable("7.50")
        b.diary(code, on: d(sent))
        #expect(b.action(asOf) == expected)
    }

    @Test(arguments: [
        ("2024-05-23", "50.00", RecommendedAction.noAction),     // letter 1 13 days ago
        ("2024-05-22", "50.00", .sendLetterTwo),                  // 14 days ago
        ("2024-03-06", "50.00", .sendLetterTwo),                  // a day short of 3 months
        ("2024-03-05", "50.00", .sendLetterOne),                  // exactly 3 months: letter one again
        ("2024-05-01", "9.99", .noAction),                        // below £10 after grace
    ])
    func letterTwoWindow(letterOneSent: String, arrears: String, expected: RecommendedAction) {
        var b = owing(arrears)
        b.diary("IC1", on: d(letterOneSent))
        #expect(b.action(asOf) == expected)
    }

    @Test(arguments: [
        ("399.99", "2024-05-29", RecommendedAction.noAction),  // four weeks' rent less a penny
        ("400.00", "2024-05-29", .sendNOSP),                     // four weeks' rent, letter 2 a week ago
        ("400.00", "2024-05-30", .noAction),                     // letter 2 only 6 days ago
        ("400.00", "2024-03-06", .sendNOSP),
        ("400.00", "2024-03-05", .sendLetterOne),                // letter 2 exactly 3 months ago: too old
    ])
    func nospThresholds(arrears: String, letterTwoSent: String, expected: RecommendedAction) {
        var b = owing(arrears)
        b.diary("IC1", on: d("2024-02-01"))
        b.diary("IC2", on: d(letterTwoSent))
        #expect(b.action(asOf) == expected)
    }

    @Test func anExpiredNospIsServedAgainWithoutLetters() {
        var b = owing("400.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2022-01-10"))
        #expect(b.classify(asOf).measures.notices.nosp?.standing == .expired)
        #expect(b.action(asOf) == .sendNOSP)
    }

    @Test(arguments: [
        ("2024-05-09", "400.00", RecommendedAction.noAction),      // may begin 6 June: still cooling off
        ("2024-05-08", "400.00", .sendCourtWarningLetter),         // may begin 5 June: active today
        ("2024-05-08", "399.99", .noAction),
    ])
    func courtWarningNeedsAnActiveNospAndFourWeeks(served: String, arrears: String, expected: RecommendedAction) {
        var b = owing(arrears)
        b.notice(.noticeOfSeekingPossession, servedOn: d(served))
        #expect(b.action(asOf) == expected)
    }

    @Test(arguments: [
        ("2024-05-23", RecommendedAction.noAction), ("2024-05-22", .applyForCourtDate),
    ])
    func applyForCourtDateTwoWeeksAfterTheWarning(warningSent: String, expected: RecommendedAction) {
        var b = owing("800.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2024-03-01"))
        b.diary("IC4", on: d(warningSent))
        #expect(b.action(asOf) == expected)
    }

    @Test func aCourtWarningSentBeforeTheNoticeDoesNotCount() {
        var b = owing("800.00")
        b.diary("IC4", on: d("2024-02-20"))
        b.notice(.noticeOfSeekingPossession, servedOn: d("2024-03-01"))
        b.diary("GAT", on: d("2024-05-01"))
        #expect(b.action(asOf) == .sendCourtWarningLetter)
    }

    @Test(arguments: [
        ("2024-03-06", CourtOutcome.outrightPossessionWithDate, RecommendedAction.applyForOutrightPossessionWarrant),
        ("2024-06-04", .outrightPossessionForthwith, .applyForOutrightPossessionWarrant),
        ("2024-03-05", .outrightPossessionWithDate, .noAction),                 // exactly 3 months ago
        ("2024-05-01", .suspensionOnTerms, .checkData),                          // terms but no court agreement
    ])
    func warrantWithinThreeMonthsOfAnOutrightOrder(hearing: String, outcome: CourtOutcome, expected: RecommendedAction) {
        var b = owing("900.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2023-11-01"))
        b.court(hearing: d(hearing), outcome: outcome, terms: outcome.canHaveTerms ? true : nil)
        #expect(b.action(asOf) == expected)
    }

    @Test func hearingPassedWithoutOutcome() {
        var b = owing("900.00")
        b.court(hearing: d("2024-06-04"))
        #expect(b.action(asOf) == .updateCourtOutcome)
        var today = owing("900.00")
        today.court(hearing: asOf)
        #expect(today.action(asOf) == .updateCourtOutcome)     // Hackney: a court date of today has passed
        var tomorrow = owing("900.00")
        tomorrow.court(hearing: d("2024-06-06"))
        let c = tomorrow.classify(asOf)
        #expect(c.action == .noAction)
        #expect(c.measures.blocker == .futureCourtDate(d("2024-06-06")))
    }

    /// A court-ordered agreement made at the hearing, £20 a week from 6 May, now breached; the last payment on `paid`.
    func courtBreach(lastPaid paid: String = "2024-05-27") -> CaseBuilder {
        var b = CaseBuilder()
        b.line("DAJ", gbp("1000"), on: d("2024-04-06"))
        b.line("RPY", gbp("-100"), on: d(paid))
        b.court(hearing: d("2024-05-01"), outcome: .suspensionOnTerms, terms: true)
        b.agreement(.formal, instalment: gbp("20"), start: d("2024-05-06"), startingBalance: gbp("900"))
        return b
    }

    @Test(arguments: [
        (nil as String?, nil as String?, RecommendedAction.addressCourtAgreementBreach),
        ("CBL", "2024-05-30", .noAction),                  // breach letter 6 days ago
        ("CBL", "2024-05-29", .courtBreachVisit),          // 7 days ago
        ("CBV", "2024-05-29", .courtBreachNoPayment),      // visit a week ago, no payment for 8+ days
    ])
    func courtBreachPath(code: String?, sent: String?, expected: RecommendedAction) {
        var b = courtBreach()
        if let code, let sent { b.diary(code, on: d(sent)) }
        #expect(b.classify(asOf).measures.agreement?.state == .breached)
        #expect(b.action(asOf) == expected)
    }

    @Test func courtBreachNoPaymentNeedsEightDaysWithoutPayment() {
        var b = courtBreach(lastPaid: "2024-05-29")      // paid 7 days ago
        b.diary("CBV", on: d("2024-05-29"))
        #expect(b.action(asOf) == .noAction)
        var later = courtBreach(lastPaid: "2024-05-28")  // 8 days ago
        later.diary("CBV", on: d("2024-05-29"))
        #expect(later.action(asOf) == .courtBreachNoPayment)
    }

    /// An informal agreement of £20 a week from 1 April, breached since 20 April.
    func informalBreach(arrears: String = "300.00") -> CaseBuilder {
        var b = owing(arrears)
        b.agreement(instalment: gbp("20"), start: d("2024-04-01"), startingBalance: gbp("300"),
                    states: [(.breached, d("2024-04-20"))])
        return b
    }

    @Test(arguments: [
        (nil as String?, nil as String?, "300.00", RecommendedAction.sendInformalAgreementBreachLetter),
        ("GAT", "2024-05-30", "300.00", .noAction),                      // last contact 6 days ago
        ("BLI", "2024-05-30", "300.00", .noAction),                      // breach letter 6 days ago
        ("BLI", "2024-05-29", "300.00", .informalBreachedAfterLetter),   // 7 days
        ("BLI", "2024-05-09", "300.00", .informalBreachedAfterLetter),   // 27 days
        ("BLI", "2024-05-08", "400.00", .sendNOSP),                      // 28 days: the route resumes at the notice
        ("BLI", "2024-05-08", "300.00", .noAction),                      // ... which needs four weeks' arrears
    ])
    func informalBreachPath(code: String?, sent: String?, arrears: String, expected: RecommendedAction) {
        var b = informalBreach(arrears: arrears)
        if let code, let sent { b.diary(code, on: d(sent)) }
        #expect(b.action(asOf) == expected)
    }

    @Test func breachLetterBeforeTheBreachDoesNotCount() {
        var b = informalBreach()
        b.diary("BLI", on: d("2024-04-10"))
        #expect(b.action(asOf) == .sendInformalAgreementBreachLetter)
    }

    @Test func checkDataFindsAnOutcomeWithoutAHearingDate() {
        var b = owing("50.00")
        b.court(hearing: nil, outcome: .adjournedGenerally, terms: false)
        let c = b.classify(asOf)
        #expect(c.action == .checkData)
        let chosen = c.trace.first { $0.status == .chosen }
        #expect(chosen?.conditions.last?.seen.text.contains("without a hearing date") == true)
    }

    @Test func checkDataIgnoresEvictionAndFutureHearingsButNotPauses() {
        var b = owing("50.00")
        b.court(hearing: nil, outcome: .adjournedGenerally, terms: false)
        b.eviction(on: d("2024-07-01"))
        #expect(b.action(asOf) == .checkData)
        b.pause(until: d("2024-06-20"))
        #expect(b.action(asOf) == .noAction)
    }

    @Test func reviewFailedLetterIgnoresBlockersAndWins() {
        var b = owing("50.00")
        b.failedLetter(on: d("2024-06-01"))
        b.pause(until: d("2024-06-20"))
        let c = b.classify(asOf)
        #expect(c.action == .reviewFailedLetter)
        #expect(c.conflict == nil)
    }

    @Test func aFailedLetterAlongsideTheLadderIsAReportedConflict() {
        var b = owing("50.00")
        b.failedLetter(on: d("2024-06-01"))
        let c = b.classify(asOf)
        #expect(c.action == .reviewFailedLetter)
        #expect(c.conflict?.fired == [.reviewFailedLetter, .sendLetterOne])
        #expect(c.conflict?.text.contains("precedence") == true)
        #expect(c.trace.first { $0.action == .sendLetterOne }?.status == .firedNotChosen)
    }

    @Test func policyThresholdsChangeTheRules() throws {
        let policy = try PolicyFile.parse("rules.letter.minimum_arrears = 20.00\nrules.sms.below_arrears = 20.00", file: "t")
        #expect(owing("15.00").action(asOf) == .sendLetterOne)
        #expect(owing("15.00").action(asOf, policy: policy) == .noAction)
        #expect(owing("20.00").action(asOf, policy: policy) == .sendLetterOne)
        #expect(collectable("15.00").action(asOf) == .noAction)
        #expect(collectable("15.00").action(asOf, policy: policy) == .sendFirstSMS)
    }
}
