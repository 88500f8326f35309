import Foundation
import Testing
@testable import ArrearsCore

@Suite struct AgreementActionTests {
    typealias F = ActionFixtures

    struct ScheduleCase: Sendable, CustomTestStringConvertible {
        var pattern: PaymentPattern
        var frequency: AgreementFrequency
        var balance: Int64
        var instalment: Int64
        var lump: Int64?
        var start: String
        var instalments: Int
        var final: Int64
        var end: String
        var testDescription: String { "\(pattern) \(frequency) \(balance)/\(instalment) from \(start)" }
    }

    @Test(arguments: [
        ScheduleCase(pattern: .regular, frequency: .weekly, balance: 50_000, instalment: 1_000, lump: nil, start: "2026-12-07",
                     instalments: 50, final: 1_000, end: "2027-11-15"),
        ScheduleCase(pattern: .regular, frequency: .weekly, balance: 50_500, instalment: 1_000, lump: nil, start: "2026-12-07",
                     instalments: 51, final: 500, end: "2027-11-22"),
        ScheduleCase(pattern: .regular, frequency: .fortnightly, balance: 10_000, instalment: 2_500, lump: nil, start: "2026-12-07",
                     instalments: 4, final: 2_500, end: "2027-01-18"),
        ScheduleCase(pattern: .regular, frequency: .fourWeekly, balance: 10_001, instalment: 5_000, lump: nil, start: "2026-12-07",
                     instalments: 3, final: 1, end: "2027-02-01"),
        ScheduleCase(pattern: .regular, frequency: .monthly, balance: 10_000, instalment: 3_000, lump: nil, start: "2027-01-31",
                     instalments: 4, final: 1_000, end: "2027-04-30"),
        ScheduleCase(pattern: .variable, frequency: .weekly, balance: 50_000, instalment: 5_000, lump: 10_000, start: "2026-12-07",
                     instalments: 8, final: 5_000, end: "2027-01-25"),
        ScheduleCase(pattern: .oneOff, frequency: .weekly, balance: 50_000, instalment: 50_000, lump: nil, start: "2026-12-18",
                     instalments: 1, final: 50_000, end: "2026-12-18"),
        ScheduleCase(pattern: .regular, frequency: .weekly, balance: 900, instalment: 1_000, lump: nil, start: "2026-12-07",
                     instalments: 1, final: 900, end: "2026-12-07"),
    ])
    func theScheduleFollowsHackneysCount(_ c: ScheduleCase) throws {
        let plan = try AgreementPlan.plan(pattern: c.pattern, frequency: c.frequency, balance: Money(pence: c.balance),
                                              instalment: Money(pence: c.instalment), startDate: F.date(c.start),
                                              initialPayment: c.lump.map { Money(pence: $0) }).get()
        #expect(plan.instalments == c.instalments)
        #expect(plan.finalInstalment == Money(pence: c.final))
        #expect(plan.endDate == F.date(c.end))
        #expect(AgreementPlan.endDate(pattern: c.pattern, frequency: c.frequency, balance: Money(pence: c.balance),
                                          instalment: Money(pence: c.instalment), startDate: F.date(c.start),
                                          initialPayment: c.lump.map { Money(pence: $0) }) == F.date(c.end))
    }

    @Test(arguments: [
        (PaymentPattern.regular, AgreementFrequency.weekly, Int64(0), Int64(1_000), Int64?.none, "Balance"),
        (.regular, .weekly, 50_000, 0, nil, "Instalment"),
        (.regular, .oneOff, 50_000, 1_000, nil, "Frequency"),
        (.variable, .weekly, 50_000, 1_000, nil, "Lump sum"),
        (.variable, .weekly, 50_000, 1_000, 50_000, "Lump sum"),
        (.regular, .weekly, 1_000_000, 1, nil, "Instalment"),
        (.regular, .monthly, 1_000_000, 100, nil, "Instalment"),
    ])
    func aScheduleThatCannotBeMadeNamesTheField(pattern: PaymentPattern, frequency: AgreementFrequency, balance: Int64,
                                               instalment: Int64, lump: Int64?, field: String) {
        let result = AgreementPlan.plan(pattern: pattern, frequency: frequency, balance: Money(pence: balance),
                                            instalment: Money(pence: instalment), startDate: F.date("2026-12-07"),
                                            initialPayment: lump.map { Money(pence: $0) })
        guard case .failure(let refusal) = result else { Issue.record("expected a refusal, got \(result)"); return }
        #expect(refusal.field == field)
    }

    static let weekly = AgreementRequest(kind: .informal, pattern: .regular, frequency: .weekly, instalment: Money(pence: 1_000),
                                         startDate: F.date("2026-12-07"), notes: "Agreed on the phone")

    @Test(arguments: StoreKind.tested) func anInformalAgreementStartsFromTheBalanceAndWritesAGR(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let before = try world.load(F.rentRef)
        let outcome = try world.actions(F.agent).createAgreement(ref: F.rentRef, expectedVersion: before.account.version, Self.weekly)
        let audit = try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["AGR"], operation: .createAgreement,
                                                    by: F.agent, versionBefore: before.account.version)
        let agreement = try #require(outcome.caseFile.agreements.last)
        #expect(agreement.id == 1)
        #expect(agreement.kind == .informal)
        #expect(agreement.startingBalance == Money(pence: 50_000))
        #expect(agreement.state == .live)
        #expect(agreement.createdBy == "amy.agent")
        #expect(agreement.notes == "Agreed on the phone")
        #expect(outcome.summary.agreementState == .live)
        #expect(outcome.caseFile.diary.last?.comment
                == "Informal agreement created: £10.00 weekly from 7 Dec 2026: 50 payments, ending 15 Nov 2027. Agreed on the phone")
        #expect(outcome.message == "Created informal agreement on 0104321/01: £10.00 weekly from 7 Dec 2026: 50 payments, ending 15 Nov 2027")
        #expect(audit.before == nil)
        #expect(audit.after?.contains(#""instalmentPence":1000"#) == true)
        #expect(audit.after?.contains("phone") == false)
    }

    @Test(arguments: StoreKind.tested) func aNewAgreementCancelsTheActiveOne(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.createAgreement(ref: F.rentRef, expectedVersion: nil, Self.weekly)
        var monthly = Self.weekly
        monthly.frequency = .monthly
        monthly.instalment = Money(pence: 5_000)
        let outcome = try actions.createAgreement(ref: F.rentRef, expectedVersion: nil, monthly)
        let first = try #require(outcome.caseFile.agreements.first { $0.id == 1 })
        #expect(first.state == .cancelled)
        #expect(first.history.last?.description == "Replaced by agreement 2")
        #expect(outcome.caseFile.agreements.filter(\.isActive).map(\.id) == [2])
        #expect(outcome.caseFile.diary.last?.comment.contains("Replaces agreement 1.") == true)
    }

    /// A case with a hearing whose outcome had terms: the footing of a court agreement.
    static func courtCase(terms: Bool, strikeOut: String? = nil) -> CaseFile {
        var file = F.rentCase()
        file.courtCases = [CourtCase(id: 3, hearingDate: F.date("2026-11-02"), hearingMinutes: 600, outcome: .suspensionOnTerms,
                                     outcomeDate: F.date("2026-11-02"), terms: terms, disrepairCounterClaim: false,
                                     strikeOutDate: strikeOut.map(F.date), balanceOnOutcomeDate: Money(pence: 48_000))]
        return file
    }

    static let court = AgreementRequest(kind: .formal, pattern: .regular, frequency: .weekly, instalment: Money(pence: 1_200),
                                        startDate: F.date("2026-12-07"))

    @Test(arguments: StoreKind.tested) func aCourtAgreementStartsFromTheBalanceOnTheOutcomeDate(kind: StoreKind) throws {
        let world = try F.world(kind: kind, cases: [Self.courtCase(terms: true)])
        let outcome = try world.actions(F.agent).createAgreement(ref: F.rentRef, expectedVersion: nil, Self.court)
        let agreement = try #require(outcome.caseFile.agreements.last)
        #expect(agreement.kind == .formal)
        #expect(agreement.courtCaseId == 3)
        #expect(agreement.startingBalance == Money(pence: 48_000))
        #expect(outcome.caseFile.diary.last?.code == "AGR")
    }

    @Test(arguments: [(false, String?.none), (true, "2026-11-20")])
    func aCourtAgreementNeedsACourtCaseWithLiveTerms(terms: Bool, strikeOut: String?) throws {
        let world = try F.world(kind: .sqlite, cases: [Self.courtCase(terms: terms, strikeOut: strikeOut)])
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).createAgreement(ref: F.rentRef, expectedVersion: nil, Self.court)
        }
        #expect((error as? ActionRefused)?.field == "Court case")
    }

    @Test(arguments: StoreKind.tested) func anInformalAgreementIsRefusedWhileACourtOneIsActive(kind: StoreKind) throws {
        let world = try F.world(kind: kind, cases: [Self.courtCase(terms: true)])
        _ = try world.actions(F.agent).createAgreement(ref: F.rentRef, expectedVersion: nil, Self.court)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).createAgreement(ref: F.rentRef, expectedVersion: nil, Self.weekly)
        }
        #expect((error as? ActionRefused)?.field == "Agreement type")
    }

    @Test(arguments: StoreKind.tested) func cancellingNeedsAReasonAndWritesAGC(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        let created = try actions.createAgreement(ref: F.rentRef, expectedVersion: nil, Self.weekly)
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.cancelAgreement(ref: F.rentRef, expectedVersion: nil, agreementId: 1, reason: "")
        }
        let version = created.caseFile.account.version
        let outcome = try actions.cancelAgreement(ref: F.rentRef, expectedVersion: version, agreementId: 1, reason: "Tenant moved to UC")
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["AGC"], operation: .cancelAgreement, by: F.agent,
                                        versionBefore: version)
        #expect(outcome.caseFile.agreements[0].state == .cancelled)
        #expect(outcome.caseFile.agreements[0].history.last?.description == "Cancelled by amy.agent, reason: Tenant moved to UC")
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.cancelAgreement(ref: F.rentRef, expectedVersion: nil, agreementId: 1, reason: "Again")
        }
    }

    @Test(arguments: StoreKind.tested) func cancelAndReplaceIsOneActionWithBothEntries(kind: StoreKind) throws {
        let world = try F.world(kind: kind, cases: [Self.courtCase(terms: true)])
        let actions = world.actions(F.agent)
        let created = try actions.createAgreement(ref: F.rentRef, expectedVersion: nil, Self.court)
        let version = created.caseFile.account.version
        let outcome = try actions.cancelAndReplaceAgreement(ref: F.rentRef, expectedVersion: version, agreementId: 1,
                                                            reason: "Court varied the order", replacement: Self.weekly)
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["AGC", "AGR"], operation: .createAgreement,
                                        by: F.agent, versionBefore: version)
        #expect(outcome.caseFile.agreements.map(\.state) == [.cancelled, .live])
        #expect(outcome.caseFile.agreements[1].kind == .informal)
    }
}
