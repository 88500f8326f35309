import Foundation
import Testing
@testable import ArrearsCore

@Suite struct LegalActionTests {
    typealias F = ActionFixtures
    static let nosp = NoticeTerms(noticeDays: 28, validityWeeks: 52)

    @Test(arguments: [
        (AccountType.secure, DebtKind?.none, NoticeKind.noticeOfSeekingPossession, "NTS"),
        (.introductory, nil, .noticeOfProceedings, "NOP"),
        (.nonSecure, nil, .noticeToQuit, "NTQ"),
        (.temporaryAccommodation, nil, .noticeToQuit, "NTQ"),
        (.temporaryLicence, nil, .noticeToQuit, "NTQ"),
        (.garage, nil, .noticeToQuit, "NTQ"),
        (.sundry, nil, .letterBeforeAction, "DCL"),
        (.leasehold, .serviceCharge, .letterBeforeAction, "SLB"),
        (.freehold, .serviceCharge, .letterBeforeAction, "SLB"),
        (.sharedOwnership, .majorWorks, .letterBeforeAction, "MW3"),
    ])
    func eachAccountTypeGetsItsOwnNotice(type: AccountType, debt: DebtKind?, kind: NoticeKind, code: String) throws {
        var file = F.rentCase(type: type)
        file.account.debtKind = debt
        let world = try F.world(kind: .sqlite, cases: [file])
        let servedOn = F.date("2026-11-27")
        let outcome = try world.actions(F.teamLead).recordNotice(ref: F.rentRef, expectedVersion: 1, servedOn: servedOn, terms: Self.nosp)
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: [code], operation: .recordNotice, by: F.teamLead,
                                        versionBefore: 1)
        #expect(outcome.caseFile.notices == [Notice(id: 1, kind: kind, servedOn: servedOn, mayBeginOn: F.date("2026-12-25"),
                                                    validUntil: F.date("2027-12-24"))])
        #expect(NoticeRoute.kind(for: type) == kind)
    }

    @Test(arguments: StoreKind.tested) func aNoticeCannotBeRecordedBeforeItIsServed(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).recordNotice(ref: F.rentRef, expectedVersion: nil, servedOn: F.date("2026-12-01"), terms: Self.nosp)
        }
        #expect((error as? ActionRefused)?.field == "Served on")
    }

    @Test(arguments: StoreKind.tested) func aCourtDateOpensACaseThenEditsItUntilThereIsAnOutcome(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        let first = try actions.recordCourtDate(ref: F.rentRef, expectedVersion: 1, date: F.date("2027-01-12"), minutes: 630)
        try ActionChecks.expectRecorded(world, first, ref: F.rentRef, codes: ["CDS"], operation: .recordCourtDate, by: F.agent,
                                        versionBefore: 1)
        #expect(first.caseFile.courtCases == [CourtCase(id: 1, hearingDate: F.date("2027-01-12"), hearingMinutes: 630)])
        #expect(first.caseFile.diary.last?.comment == "Court date set for 12 January 2027 at 10:30.")
        #expect(first.summary.courtDate == F.date("2027-01-12"))

        let moved = try actions.recordCourtDate(ref: F.rentRef, expectedVersion: 2, date: F.date("2027-01-19"), minutes: 600)
        #expect(moved.caseFile.courtCases.count == 1)
        #expect(moved.caseFile.courtCases[0].hearingDate == F.date("2027-01-19"))
        #expect(moved.caseFile.diary.last?.comment == "Court date set for 19 January 2027 at 10:00 (was 12 January 2027).")
    }

    @Test(arguments: StoreKind.tested) func aHearingWithAnOutcomeIsFollowedByANewCourtCase(kind: StoreKind) throws {
        var file = F.rentCase()
        file.courtCases = [CourtCase(id: 1, hearingDate: F.date("2026-06-01"), outcome: .adjournedGenerally,
                                     outcomeDate: F.date("2026-06-01"), terms: false, disrepairCounterClaim: false)]
        let world = try F.world(kind: kind, cases: [file])
        let outcome = try world.actions(F.agent).recordCourtDate(ref: F.rentRef, expectedVersion: nil, date: F.date("2027-02-02"), minutes: 840)
        #expect(outcome.caseFile.courtCases.map(\.id) == [1, 2])
        #expect(outcome.caseFile.courtCases[1].hearingTimeText == "14:00")
    }

    static func heardCase() -> CaseFile {
        var file = F.rentCase()
        file.courtCases = [CourtCase(id: 1, hearingDate: F.date("2026-10-12"), hearingMinutes: 600)]
        return file
    }

    @Test(arguments: StoreKind.tested) func anOutcomeWithTermsLeadsOnToACourtAgreement(kind: StoreKind) throws {
        let world = try F.world(kind: kind, cases: [Self.heardCase()])
        let outcome = try world.actions(F.agent).recordCourtOutcome(
            ref: F.rentRef, expectedVersion: 1,
            CourtOutcomeRequest(outcome: .suspensionOnTerms, terms: true, disrepairCounterClaim: false))
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["IC6"], operation: .recordCourtOutcome,
                                        by: F.agent, versionBefore: 1)
        let court = outcome.caseFile.courtCases[0]
        #expect(court.outcome == .suspensionOnTerms)
        #expect(court.outcomeDate == F.date("2026-10-12"))
        #expect(court.balanceOnOutcomeDate == Money(pence: 60_000), "the ledger on the hearing date, before the payment of 20 Oct")
        #expect(court.terms == true)
        #expect(outcome.followUp == .createCourtAgreement(courtCaseId: 1))
        #expect(outcome.caseFile.diary.last?.comment
                == "Court outcome added: Suspended possession on terms. Terms: yes. Disrepair counter claim: no.")
    }

    @Test(arguments: [
        CourtOutcomeRequest(outcome: .suspensionOnTerms),
        CourtOutcomeRequest(outcome: .adjournedOnTerms, terms: true),
        CourtOutcomeRequest(outcome: .struckOut, terms: false),
        CourtOutcomeRequest(outcome: .outrightPossessionWithDate, disrepairCounterClaim: true),
        CourtOutcomeRequest(outcome: .withdrawn, outcomeDate: ActionFixtures.date("2026-10-11")),
        CourtOutcomeRequest(outcome: .withdrawn, outcomeDate: ActionFixtures.date("2026-12-01")),
        CourtOutcomeRequest(outcome: .struckOut, strikeOutDate: ActionFixtures.date("2026-10-01")),
        CourtOutcomeRequest(outcome: .withdrawn, balanceOnOutcomeDate: Money(pence: -1)),
    ])
    func theTermsQuestionsAndDatesAreChecked(request: CourtOutcomeRequest) throws {
        let world = try F.world(kind: .sqlite, cases: [Self.heardCase()])
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).recordCourtOutcome(ref: F.rentRef, expectedVersion: nil, request)
        }
        #expect(error is ActionRefused)
    }

    @Test(arguments: StoreKind.tested) func anOutcomeWithoutTermsNeedsNoAnswersAndLeadsNowhere(kind: StoreKind) throws {
        let world = try F.world(kind: kind, cases: [Self.heardCase()])
        let outcome = try world.actions(F.agent).recordCourtOutcome(
            ref: F.rentRef, expectedVersion: nil,
            CourtOutcomeRequest(outcome: .outrightPossessionWithDate, balanceOnOutcomeDate: Money(pence: 51_234)))
        #expect(outcome.followUp == nil)
        #expect(outcome.caseFile.courtCases[0].balanceOnOutcomeDate == Money(pence: 51_234))
        #expect(outcome.caseFile.courtCases[0].terms == nil)
    }

    @Test(arguments: StoreKind.tested) func anOutcomeNeedsAHearing(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).recordCourtOutcome(ref: F.rentRef, expectedVersion: nil, CourtOutcomeRequest(outcome: .withdrawn))
        }
        #expect((error as? ActionRefused)?.field == "Court case")
    }

    @Test(arguments: StoreKind.tested) func anEvictionDateWritesEDSOnce(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        let outcome = try actions.recordEvictionDate(ref: F.rentRef, expectedVersion: 1, date: F.date("2027-03-03"))
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["EDS"], operation: .recordEvictionDate, by: F.agent,
                                        versionBefore: 1)
        #expect(outcome.caseFile.evictions == [Eviction(id: 1, date: F.date("2027-03-03"))])
        #expect(outcome.summary.evictionDate == F.date("2027-03-03"))
        #expect(outcome.caseFile.diary.last?.comment == "Eviction date set to 3 March 2027.")
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.recordEvictionDate(ref: F.rentRef, expectedVersion: nil, date: F.date("2027-03-03"))
        }
    }
}
