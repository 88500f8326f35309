import Testing
@testable import ArrearsCore

/// Expected balance and breach (income-api.md §5.1) with 5 days' tolerance, for every frequency,
/// across month ends and leap years.
@Suite struct AgreementTests {
    func agreement(_ frequency: AgreementFrequency, start: String, instalment: String = "10", starting: String = "100",
                   pattern: PaymentPattern = .regular, lumpSum: String? = nil, lumpSumDate: String? = nil,
                   kind: AgreementKind = .informal, states: [(AgreementState, CivilDate)] = []) -> (CaseBuilder, Agreement) {
        var b = CaseBuilder()
        if kind == .formal { b.court(hearing: d(start).adding(days: -7), outcome: .suspensionOnTerms, terms: true) }
        let a = b.agreement(kind, frequency, pattern: pattern, instalment: gbp(instalment), start: d(start),
                            startingBalance: gbp(starting), lumpSum: lumpSum.map(gbp), lumpSumDate: lumpSumDate.map(d), states: states)
        return (b, a)
    }

    @Test(arguments: [
        (AgreementFrequency.weekly, "2024-02-26", "2024-03-01", "100.00"),      // first instalment not yet past tolerance
        (.weekly, "2024-02-26", "2024-03-02", "90.00"),
        (.weekly, "2024-02-26", "2024-03-08", "90.00"),
        (.weekly, "2024-02-26", "2024-03-09", "80.00"),
        (.fortnightly, "2024-02-20", "2024-03-09", "90.00"),
        (.fortnightly, "2024-02-20", "2024-03-10", "80.00"),                     // second due 5 Mar (29 Feb in between)
        (.fourWeekly, "2023-12-28", "2024-01-29", "90.00"),
        (.fourWeekly, "2023-12-28", "2024-01-30", "80.00"),                      // across the year end
        (.fourWeekly, "2023-12-28", "2024-03-26", "60.00"),
        (.monthly, "2024-01-31", "2024-03-04", "90.00"),                         // 29 Feb 2024 + 5 days = 5 Mar
        (.monthly, "2024-01-31", "2024-03-05", "80.00"),
        (.monthly, "2024-01-31", "2024-04-04", "80.00"),                         // then 31 Mar, not 29 Mar
        (.monthly, "2024-01-31", "2024-04-05", "70.00"),
        (.monthly, "2023-01-31", "2023-03-04", "90.00"),                         // 28 Feb 2023 + 5 days = 5 Mar
        (.monthly, "2023-01-31", "2023-03-05", "80.00"),
        (.monthly, "2024-01-26", "2024-03-01", "90.00"),                         // Hackney counted 29 Feb; due 26 Feb + 5
        (.monthly, "2024-01-26", "2024-03-02", "80.00"),
        (.monthly, "2023-12-31", "2024-03-04", "80.00"),                         // 31 Dec, 31 Jan
        (.monthly, "2023-12-31", "2024-03-05", "70.00"),                         // then 29 Feb
        (.monthly, "2024-01-15", "2024-12-31", "0.00"),                          // never below zero
    ] as [(AgreementFrequency, String, String, String)])
    func expectedBalanceByFrequency(frequency: AgreementFrequency, start: String, asOf: String, expected: String) {
        let (_, a) = agreement(frequency, start: start)
        #expect(AgreementSchedule.expectedBalance(a, asOf: d(asOf), toleranceDays: 5) == gbp(expected))
    }

    @Test(arguments: [("2024-03-05", "200.00"), ("2024-03-06", "150.00"), ("2024-03-12", "150.00"), ("2024-03-13", "140.00")])
    func variableAgreementsCountTheLumpSumFirst(asOf: String, expected: String) {
        let (_, a) = agreement(.weekly, start: "2024-03-08", starting: "200", pattern: .variable, lumpSum: "50", lumpSumDate: "2024-03-01")
        #expect(AgreementSchedule.expectedBalance(a, asOf: d(asOf), toleranceDays: 5) == gbp(expected))
    }

    @Test func toleranceComesFromThePolicy() throws {
        let (_, a) = agreement(.weekly, start: "2024-02-26")
        let strict = try PolicyFile.parse("agreements.tolerance_days = 0", file: "t")
        #expect(AgreementMonitor.review(a, balance: gbp("100"), courtCase: nil, asOf: d("2024-02-26"), policy: strict).state == .breached)
        #expect(AgreementMonitor.review(a, balance: gbp("100"), courtCase: nil, asOf: d("2024-02-26"), policy: .default).state == .live)
    }

    @Test(arguments: [
        (AgreementFrequency.weekly, PaymentPattern.regular, "95", nil as String?, "2024-04-29"),   // 10 instalments
        (.fortnightly, .regular, "100", nil, "2024-07-01"),                                          // 9 fortnights on
        (.monthly, .regular, "30", nil, "2024-04-26"),                                               // 3 instalments
        (.weekly, .variable, "200", "50", "2024-05-31"),                                             // £150 after the lump sum
    ] as [(AgreementFrequency, PaymentPattern, String, String?, String)])
    func endDateIsTheLastInstalment(frequency: AgreementFrequency, pattern: PaymentPattern, starting: String,
                                    lumpSum: String?, expected: String) {
        let start = pattern == .variable ? "2024-02-23" : "2024-02-26"
        let (_, a) = agreement(frequency, start: start, starting: starting, pattern: pattern, lumpSum: lumpSum,
                               lumpSumDate: lumpSum == nil ? nil : "2024-02-16")
        #expect(AgreementSchedule.endDate(of: a) == d(expected))
    }

    @Test func breachIsRecordedOnceWithItsAmount() throws {
        let (_, a) = agreement(.weekly, start: "2024-02-26")
        let asOf = d("2024-03-09")   // expected £80
        let update = try #require(AgreementMonitor.update(for: a, balance: gbp("95.50"), courtCase: nil, asOf: asOf, policy: .default))
        #expect(update.change.state == .breached)
        #expect(update.change.description == "Breached by £15.50")
        #expect(update.change.expectedBalance == gbp("80") && update.change.checkedBalance == gbp("95.50"))
        #expect(!update.becomesInformal)
        var recorded = a
        recorded.history.append(update.change)
        #expect(AgreementMonitor.update(for: recorded, balance: gbp("96"), courtCase: nil, asOf: asOf.adding(days: 1), policy: .default) == nil)
        let back = try #require(AgreementMonitor.update(for: recorded, balance: gbp("70"), courtCase: nil, asOf: asOf, policy: .default))
        #expect(back.change.state == .live && back.change.description == "Back on track")
    }

    @Test func theNightlyRunGetsOneUpdatePerMovedAgreement() {
        var (b, _) = agreement(.weekly, start: "2024-02-26", starting: "100")
        b.line("DAJ", gbp("100"), on: d("2024-02-20"))
        let updates = ArrearsEngine.agreementUpdates(for: b.file, asOf: d("2024-03-09"))
        #expect(updates.count == 1 && updates[0].update.change.state == .breached)
        b.line("RPY", gbp("-20"), on: d("2024-03-01"))
        #expect(ArrearsEngine.agreementUpdates(for: b.file, asOf: d("2024-03-09")).isEmpty)
    }

    @Test func keepingToTheAgreementAppendsNothing() {
        let (_, a) = agreement(.weekly, start: "2024-02-26")
        #expect(AgreementMonitor.update(for: a, balance: gbp("80"), courtCase: nil, asOf: d("2024-03-09"), policy: .default) == nil)
    }

    @Test func clearingTheBalanceCompletesTheAgreement() throws {
        let (_, a) = agreement(.monthly, start: "2024-01-31")
        let update = try #require(AgreementMonitor.update(for: a, balance: .zero, courtCase: nil, asOf: d("2024-02-10"), policy: .default))
        #expect(update.change.state == .completed)
        #expect(update.change.description == "Completed: the balance is cleared")
    }

    @Test func cancelledAndCompletedAgreementsAreLeftAlone() {
        let (_, a) = agreement(.weekly, start: "2024-02-26", states: [(.cancelled, d("2024-03-01"))])
        #expect(AgreementMonitor.update(for: a, balance: gbp("500"), courtCase: nil, asOf: d("2024-06-01"), policy: .default) == nil)
        #expect(AgreementMonitor.review(a, balance: gbp("500"), courtCase: nil, asOf: d("2024-06-01"), policy: .default).state == .cancelled)
    }

    @Test func aStruckOutCourtCaseTurnsTheFormalAgreementInformal() throws {
        var (b, a) = agreement(.weekly, start: "2024-02-26", kind: .formal)
        b.file.courtCases[0].strikeOutDate = d("2024-03-01")
        let update = try #require(AgreementMonitor.update(for: a, balance: gbp("80"), courtCase: b.file.courtCases[0],
                                                          asOf: d("2024-03-09"), policy: .default))
        #expect(update.becomesInformal)
        #expect(update.change.state == .live)
        #expect(update.change.description.hasPrefix("Court case struck out on 1 Mar 2024: now an informal agreement"))
        #expect(b.classify(d("2024-03-09")).measures.agreement?.kind == .informal)
        a.kind = .informal
        #expect(AgreementMonitor.update(for: a, balance: gbp("80"), courtCase: b.file.courtCases[0], asOf: d("2024-03-09"), policy: .default) == nil)
    }

    @Test func aSuspendedOrderEndsSixYearsAfterTheHearing() throws {
        let (b, a) = agreement(.weekly, start: "2018-03-12", starting: "5000", kind: .formal)
        let hearing = b.file.courtCases[0].hearingDate!      // 5 Mar 2018
        #expect(AgreementMonitor.update(for: a, balance: gbp("4000"), courtCase: b.file.courtCases[0], asOf: d("2024-03-04"),
                                        policy: .default)?.change.state == .breached)
        let end = try #require(AgreementMonitor.update(for: a, balance: gbp("4000"), courtCase: b.file.courtCases[0],
                                                       asOf: hearing.adding(years: 6), policy: .default))
        #expect(end.change.state == .completed)
        #expect(end.change.description == "Completed: the suspended order ended on 5 Mar 2024")
    }

    @Test func theCaseReadsTheFormalAgreementsOwnCourtCase() {
        var (b, _) = agreement(.weekly, start: "2024-02-26", kind: .formal)
        b.court(hearing: d("2024-05-01"))   // a later, unrelated hearing
        b.file.courtCases[0].strikeOutDate = d("2024-03-01")
        #expect(b.classify(d("2024-03-09")).measures.agreement?.kind == .informal)
    }
}
