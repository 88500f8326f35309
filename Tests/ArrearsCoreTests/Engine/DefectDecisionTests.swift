import Testing
@testable import ArrearsCore

/// The reference's known defects (income-api.md §10) and what this product decided (docs/policy.md).
@Suite struct DefectDecisionTests {
    let asOf = d("2024-06-05")

    func owing(_ amount: String) -> CaseBuilder {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp(amount), asOf: asOf)
        return b
    }

    // MARK: 1. CBV and WPA are communications

    @Test func courtBreachVisitAndWarrantAreCommunications() {
        #expect(ActionCodes.countsAsCommunication(code: "CBV", comment: ""))
        #expect(ActionCodes.countsAsCommunication(code: "WPA", comment: ""))
        var b = owing("100.00")
        b.diary("IC1", on: d("2024-05-01"))
        b.diary("CBV", on: d("2024-05-20"))
        #expect(b.classify(asOf).measures.lastCommunication?.code == "CBV")
    }

    @Test func aWarrantIsRecommendedOnceAfterTheHearing() {
        var b = owing("900.00")
        b.notice(.noticeOfSeekingPossession, servedOn: d("2023-11-01"))
        b.court(hearing: d("2024-05-01"), outcome: .outrightPossessionWithDate)
        #expect(b.action(asOf) == .applyForOutrightPossessionWarrant)
        b.diary("WPA", on: d("2024-05-10"))
        #expect(b.action(asOf) == .noAction)
        // Hackney only looked at the very last communication; a text after the warrant would have revived it.
        b.diary("GMS", on: d("2024-05-20"))
        let c = b.classify(asOf)
        #expect(c.action == .noAction)
        let warrant = c.trace.first { $0.action == .applyForOutrightPossessionWarrant }
        #expect(warrant?.conditions.first?.id == "no_warrant_since_hearing")
    }

    /// docs/policy.md §9 row 11: Hackney's "days since last payment ≥ 8" had no answer for a tenant who never paid.
    @Test func aCourtBreachWithNoPaymentEverGetsNoPaymentAction() {
        var b = CaseBuilder()
        b.line("DAJ", gbp("1000"), on: d("2024-04-06"))
        b.court(hearing: d("2024-05-01"), outcome: .suspensionOnTerms, terms: true)
        b.agreement(.formal, instalment: gbp("20"), start: d("2024-05-06"), startingBalance: gbp("1000"))
        b.diary("CBV", on: d("2024-05-29"))
        let c = b.classify(asOf)
        #expect(c.measures.daysSinceLastPayment == nil)
        #expect(c.action == .courtBreachNoPayment)
    }

    @Test func aWarrantBeforeThisHearingDoesNotCount() {
        var b = owing("900.00")
        b.diary("WPA", on: d("2023-01-10"))
        b.court(hearing: d("2024-05-01"), outcome: .outrightPossessionForthwith)
        #expect(b.action(asOf) == .applyForOutrightPossessionWarrant)
    }

    // MARK: 2. A past eviction date no longer blocks for ever

    @Test(arguments: [
        ("2024-06-06", RecommendedAction.noAction),                 // booked: blocks everything
        ("2024-06-05", .noAction),                                  // today: still booked
        ("2024-06-04", .confirmEvictionOutcome),                    // just passed
        ("2024-05-08", .confirmEvictionOutcome),                    // 28 days ago
        ("2024-05-07", .sendLetterOne),                             // 29 days ago: the route resumes
        ("2019-01-01", .sendLetterOne),                             // Hackney: blocked for ever
    ])
    func pastEvictionDates(eviction: String, expected: RecommendedAction) {
        var b = owing("50.00")
        b.eviction(on: d(eviction))
        #expect(b.action(asOf) == expected)
    }

    @Test func anEndedTenancyMovesItsDebtInsteadOfGettingLetters() {
        var b = owing("50.00")
        b.eviction(on: d("2024-06-01"))
        b.file.account.endDate = d("2024-06-01")
        let c = b.classify(asOf)
        #expect(c.action == .transferToFormerTenantAccount)
        #expect(c.measures.blocker == .accountEnded(d("2024-06-01")))
    }

    // MARK: 3. One-off agreements are one payment, not monthly

    @Test func aOneOffAgreementExpectsOnePaymentOnly() {
        var b = owing("250.00")
        let a = b.agreement(.informal, .oneOff, pattern: .oneOff, instalment: gbp("300"), start: d("2024-05-01"),
                            startingBalance: gbp("500"))
        #expect(AgreementSchedule.expectedBalance(a, asOf: d("2024-05-05"), toleranceDays: 5) == gbp("500"))
        #expect(AgreementSchedule.expectedBalance(a, asOf: d("2024-05-06"), toleranceDays: 5) == gbp("200"))
        // Scheduled monthly (Hackney), a second £300 would fall due in June and expect nothing owed.
        #expect(AgreementSchedule.expectedBalance(a, asOf: d("2024-08-01"), toleranceDays: 5) == gbp("200"))
        #expect(AgreementSchedule.endDate(of: a) == d("2024-05-01"))
        #expect(b.classify(asOf).measures.agreement?.state == .breached)
    }

    @Test func aOneOffFrequencyOnARegularPatternIsStillOnePayment() {
        var b = owing("100.00")
        let a = b.agreement(.informal, .oneOff, instalment: gbp("100"), start: d("2024-01-10"), startingBalance: gbp("400"))
        #expect(AgreementSchedule.instalmentsDue(a, asOf: d("2024-12-31"), toleranceDays: 5) == 1)
    }

    // MARK: 4. A breached agreement stops holding the case once its breach letter goes unanswered

    @Test func aBreachedAgreementNoLongerBlocksTheNoticeForEver() {
        var b = owing("450.00")
        b.agreement(instalment: gbp("20"), start: d("2024-03-04"), startingBalance: gbp("450"),
                    states: [(.breached, d("2024-04-01"))])
        b.diary("BLI", on: d("2024-04-08"))
        let c = b.classify(asOf)
        #expect(c.action == .sendNOSP)
        let nosp = c.trace.first { $0.action == .sendNOSP }
        let agreementCheck = nosp?.conditions.first { $0.id == "no_agreement_holding_case" }
        #expect(agreementCheck?.passed == true)
        #expect(agreementCheck?.seen == .agreement(.informal, .breached))
    }

    @Test func aLiveAgreementStillHoldsTheCase() {
        var b = owing("450.00")
        b.agreement(instalment: gbp("20"), start: d("2024-06-03"), startingBalance: gbp("550"))
        b.diary("IC2", on: d("2024-05-20"))
        let c = b.classify(asOf)
        #expect(c.action == .noAction)
        let nosp = c.trace.first { $0.action == .sendNOSP }
        #expect(nosp?.conditions.first?.id == "no_agreement_holding_case")
    }

    // MARK: Collectable arrears: Hackney's absolute value

    @Test func payingThisWeeksRentDoesNotMakeATenantLookFurtherBehind() {
        // £50 owed before the week; rent of £100 charged on Monday.
        var unpaid = CaseBuilder()
        unpaid.line("DAJ", gbp("150"), on: d("2024-05-01"))
        unpaid.line("RPY", gbp("-100"), on: d("2024-05-02"))
        unpaid.line("DBR", gbp("100"), on: d("2024-06-03"))
        var paid = unpaid
        paid.line("RPY", gbp("-100"), on: d("2024-06-04"))
        // Hackney's |sum since Monday| gave the payer £50 after grace and the non-payer −£50; a part
        // payment of £40 would have given £−10, so paying something made the tenant look further behind.
        #expect(unpaid.classify(asOf).measures.arrearsAfterGrace == gbp("-50"))
        #expect(paid.classify(asOf).measures.arrearsAfterGrace == gbp("-50"))
        var part = unpaid
        part.line("RPY", gbp("-40"), on: d("2024-06-04"))
        #expect(part.classify(asOf).measures.arrearsAfterGrace == gbp("-50"))
        #expect(paid.classify(asOf).measures.collectableArrears == gbp("50"))
    }
}
