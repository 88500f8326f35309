import Foundation
import Testing
@testable import ArrearsCore

@Suite struct DiaryAndPauseActionTests {
    typealias F = ActionFixtures

    @Test(arguments: StoreKind.tested) func aDiaryEntryIsSavedWithUserTimeAndBalanceReclassifiedAndAudited(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        let before = try world.load(F.rentRef)
        let calls = world.engine.calls
        let outcome = try actions.addDiaryEntry(ref: F.rentRef, expectedVersion: before.account.version, code: "OTC",
                                                comment: "  Rang about the arrears; will call back Friday.  ")
        #expect(world.engine.calls == calls + 1, "the engine classifies the saved case once")
        let audit = try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["OTC"], operation: .addDiaryEntry,
                                                    by: F.agent, versionBefore: before.account.version)
        let entry = try #require(outcome.caseFile.diary.last)
        #expect(entry.comment == "Rang about the arrears; will call back Friday.")
        #expect(entry.balance == Money(pence: 50_000))
        #expect(entry.at == F.at)
        #expect(outcome.summary.lastActionCode == "OTC")
        #expect(outcome.summary.officer == "amy.agent")
        #expect(outcome.message == "Added OTC Outgoing telephone call to 0104321/01")
        #expect(audit.summary == "Diary entry OTC added")
        #expect(audit.after == #"{"code":"OTC"}"#)
        #expect(!(audit.after ?? "").contains("Friday"), "comments stay out of the audit trail")
    }

    @Test(arguments: StoreKind.tested, ["UNP", "VOI", "IC1", "AGR", "XYZ", ""])
    func onlyUserSelectableCodesMayBeAddedByHand(kind: StoreKind, code: String) throws {
        let world = try F.world(kind: kind)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: code, comment: "Note")
        }
        #expect((error as? ActionRefused)?.field == "Action")
    }

    @Test(arguments: [("", false), ("   \n ", false), (String(repeating: "x", count: 2_000), true),
                      (String(repeating: "x", count: 2_001), false), ("é" + String(repeating: "🙂", count: 1_999), true)])
    func theCommentIsRequiredAndAtMostTwoThousandCharacters(comment: String, accepted: Bool) throws {
        let world = try F.world(kind: .sqlite)
        let add = { try world.actions(F.agent).addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "INC", comment: comment) }
        if accepted {
            #expect(try add().caseFile.diary.last?.comment == comment)
        } else {
            let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) { _ = try add() }
            #expect((error as? ActionRefused)?.field == "Comment")
        }
    }

    @Test(arguments: StoreKind.tested) func aPauseWritesTheReasonsCodeWithHackneysWording(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let before = try world.load(F.rentRef)
        let until = F.date("2026-12-24")
        let outcome = try world.actions(F.agent).pause(ref: F.rentRef, expectedVersion: before.account.version, until: until,
                                                       reason: .promiseOfPayment, comment: "Will pay on the 20th")
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["POP"], operation: .pause, by: F.agent,
                                        versionBefore: before.account.version)
        #expect(outcome.caseFile.pause == Pause(until: until, reason: .promiseOfPayment, comment: "Will pay on the 20th",
                                                setBy: "amy.agent", setAt: F.at))
        #expect(outcome.caseFile.diary.last?.comment == "Promise of payment: Paused to 24 December 2026. Will pay on the 20th")
        #expect(outcome.summary.pauseUntil == until)
        #expect(outcome.message == "Paused 0104321/01 until 24 Dec 2026")
    }

    @Test(arguments: StoreKind.tested, ["2026-11-30", "2026-11-01"])
    func aPauseMustEndAfterToday(kind: StoreKind, until: String) throws {
        let world = try F.world(kind: kind)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).pause(ref: F.rentRef, expectedVersion: nil, until: F.date(until), reason: .other, comment: "x")
        }
        #expect((error as? ActionRefused)?.field == "Pause until")
    }

    @Test(arguments: StoreKind.tested) func aPauseNeedsAComment(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-01"), reason: .other, comment: " ")
        }
    }

    @Test(arguments: StoreKind.tested) func unpauseEndsAnActivePauseWithUNP(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        let paused = try actions.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2027-01-04"), reason: .delayedBenefit, comment: "UC")
        let outcome = try actions.unpause(ref: F.rentRef, expectedVersion: paused.caseFile.account.version)
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["UNP"], operation: .unpause, by: F.agent,
                                        versionBefore: paused.caseFile.account.version)
        #expect(outcome.caseFile.pause == nil)
        #expect(outcome.summary.pauseUntil == nil)
        #expect(outcome.caseFile.diary.last?.comment == "Pause ended early (was paused to 4 January 2027, delayed benefit).")
    }

    @Test(arguments: StoreKind.tested) func unpausingACaseThatIsNotPausedIsRefused(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).unpause(ref: F.rentRef, expectedVersion: nil)
        }
        #expect("\(error)" == "0104321/01 is not paused, so there is no pause to end.")
    }

    @Test(arguments: StoreKind.tested) func aRoleRefusedInTheCoreWritesNothing(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let onLeasehold = try ActionChecks.expectRefusedUntouched(world, ref: F.leaseRef) {
            _ = try world.actions(F.agent).addDiaryEntry(ref: F.leaseRef, expectedVersion: nil, code: "INC", comment: "Call")
        }
        #expect((onLeasehold as? AccessDenied)?.account == .leasehold)
        let byAuditor = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.auditor).pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-10"), reason: .other, comment: "x")
        }
        #expect((byAuditor as? AccessDenied)?.reason == "auditors read everything and change nothing")
    }

    @Test(arguments: StoreKind.tested) func aUserDisabledMidSessionIsRefusedFromTheNextAction(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "INC", comment: "First")
        var disabled = F.agent
        disabled.disabled = true
        try world.store.saveUsers([disabled])
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "INC", comment: "Second")
        }
        #expect((error as? AccessDenied)?.reason.contains("disabled") == true)
    }

    @Test(arguments: StoreKind.tested) func openingACaseChecksTheSide(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        #expect(try world.actions(F.agent).open(ref: F.rentRef).ref == F.rentRef)
        #expect(throws: AccessDenied.self) { try world.actions(F.agent).open(ref: F.leaseRef) }
        #expect(throws: AccessDenied.self) { try world.actions(F.admin).open(ref: F.rentRef) }
        #expect(try world.actions(F.auditor).open(ref: F.leaseRef).ref == F.leaseRef)
    }
}
