import Foundation
import Testing
@testable import ArrearsCore

@Suite struct HoldActionTests {
    typealias F = ActionFixtures

    @Test(arguments: StoreKind.tested) func aStandardBreathingSpaceProtectsTheDebtAtItsStartForSixtyDays(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let outcome = try world.actions(F.agent).startHold(
            ref: F.rentRef, expectedVersion: 1,
            HoldRequest(kind: .breathingSpaceStandard, start: F.date("2026-10-10"), reference: "BS-123456"))
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["BSS"], operation: .startHold, by: F.agent, versionBefore: 1)
        let hold = try #require(outcome.caseFile.holds.first)
        #expect(hold.end == F.date("2026-12-09"))
        #expect(hold.debtAtStart == Money(pence: 60_000), "the ledger balance on the start date")
        #expect(outcome.summary.holds == [.breathingSpaceStandard])
        #expect(outcome.caseFile.diary.last?.comment
                == "Breathing space from 10 October 2026 to 9 December 2026, reference BS-123456, protecting £600.00.")
        let audit = try #require(try world.store.audit(ref: F.rentRef, user: nil, since: nil, limit: 1).first)
        #expect(audit.after?.contains("BS-123456") == false, "the moratorium reference stays out of the audit trail")
    }

    @Test(arguments: StoreKind.tested) func aSecondBreathingSpaceOfEitherKindIsRefusedWhileOneIsActive(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.startHold(ref: F.rentRef, expectedVersion: nil,
                                  HoldRequest(kind: .breathingSpaceStandard, start: F.date("2026-11-20"), reference: "BS-1"))
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.startHold(ref: F.rentRef, expectedVersion: nil,
                                      HoldRequest(kind: .breathingSpaceMentalHealth, start: F.date("2026-11-30"), reference: "BS-2"))
        }
        _ = try actions.startHold(ref: F.rentRef, expectedVersion: nil,
                                  HoldRequest(kind: .dispute, start: F.asOf, note: "Disputes the recharge for the door"))
    }

    @Test(arguments: [
        HoldRequest(kind: .breathingSpaceStandard, start: ActionFixtures.asOf),
        HoldRequest(kind: .vulnerability, start: ActionFixtures.asOf),
        HoldRequest(kind: .dispute, start: ActionFixtures.asOf, reference: "D-1"),
        HoldRequest(kind: .breathingSpaceMentalHealth, start: ActionFixtures.asOf, reference: "BS-9", debtAtStart: Money(pence: -5)),
    ])
    func eachKindAsksForWhatItNeeds(request: HoldRequest) throws {
        let world = try F.world(kind: .sqlite)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).startHold(ref: F.rentRef, expectedVersion: nil, request)
        }
        #expect(error is ActionRefused)
    }

    @Test(arguments: [
        (HoldKind.benefitClaimPending, "BCP", "HEN"),
        (.vulnerability, "VUL", "HEN"),
        (.dispute, "DIS", "HEN"),
        (.breathingSpaceMentalHealth, "BSS", "BSE"),
    ])
    func startingAndEndingWriteTheirCodes(kind: HoldKind, start: String, end: String) throws {
        let world = try F.world(kind: .sqlite)
        let actions = world.actions(F.agent)
        let started = try actions.startHold(ref: F.rentRef, expectedVersion: 1,
                                            HoldRequest(kind: kind, start: F.date("2026-11-16"), reference: "REF-1", note: "Noted"))
        try ActionChecks.expectRecorded(world, started, ref: F.rentRef, codes: [start], operation: .startHold, by: F.agent, versionBefore: 1)
        #expect(started.caseFile.holds[0].end == nil)
        #expect(started.summary.holds == [kind])
        let ended = try actions.endHold(ref: F.rentRef, expectedVersion: 2, holdId: 1, endsOn: F.asOf)
        try ActionChecks.expectRecorded(world, ended, ref: F.rentRef, codes: [end], operation: .endHold, by: F.agent, versionBefore: 2)
        #expect(ended.caseFile.holds[0].end == F.date("2026-11-29"), "the last day it applied")
        #expect(ended.summary.holds.isEmpty, "no longer active today")
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.endHold(ref: F.rentRef, expectedVersion: nil, holdId: 1, endsOn: F.asOf)
        }
    }

    @Test(arguments: StoreKind.tested) func aHoldCannotEndBeforeItStarted(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.startHold(ref: F.rentRef, expectedVersion: nil, HoldRequest(kind: .benefitClaimPending, start: F.asOf))
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.endHold(ref: F.rentRef, expectedVersion: nil, holdId: 1, endsOn: F.date("2026-11-29"))
        }
        #expect((error as? ActionRefused)?.field == "Ends on")
    }
}
