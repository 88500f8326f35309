import Foundation
import Testing
@testable import ArrearsCore

@Suite struct UndoTests {
    typealias F = ActionFixtures

    @Test(arguments: StoreKind.tested) func undoingADiaryEntryVoidsItWithANewEntry(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        let added = try actions.addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "VIM", comment: "Visited")
        #expect(actions.lastAction == "Added VIM Visit made to 0104321/01")
        let message = try actions.undoLast()
        #expect(message == "Undone: diary entry VIM on 0104321/01 voided")
        let file = try world.load(F.rentRef)
        #expect(file.diary.count == 2)
        #expect(file.diary[0] == added.caseFile.diary[0], "the voided entry is kept as it was")
        #expect(file.diary[1].code == "VOI")
        #expect(file.diary[1].voids == file.diary[0].id)
        #expect(try world.store.summary(ref: F.rentRef)?.lastActionCode == nil, "the engine no longer sees the voided entry")
        #expect(try world.store.audit(ref: F.rentRef, user: nil, since: nil, limit: 1).first?.operation == .undo)
        #expect(actions.lastAction == nil)
        #expect(throws: ActionRefused.self) { try actions.undoLast() }
    }

    @Test(arguments: StoreKind.tested) func undoingAPauseLiftsItOrPutsBackTheOneItReplaced(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-10"), reason: .delayedBenefit, comment: "UC")
        let first = try world.load(F.rentRef).pause
        _ = try actions.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2027-01-10"), reason: .promiseOfPayment, comment: "Pay")
        #expect(try actions.undoLast() == "Undone: 0104321/01 is paused until 10 Dec 2026 again")
        #expect(try world.load(F.rentRef).pause == first)
        #expect(try actions.undoLast() == "Undone: 0104321/01 is no longer paused")
        let file = try world.load(F.rentRef)
        #expect(file.pause == nil)
        #expect(file.diary.map(\.code) == ["MBH", "POP", "UNP", "UNP"])
    }

    @Test(arguments: StoreKind.tested) func aPauseChangedBySomeoneElseIsLeftAlone(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let mine = world.actions(F.agent)
        _ = try mine.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-10"), reason: .other, comment: "Mine")
        _ = try world.actions(F.teamLead).pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-20"), reason: .other, comment: "Lead's")
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) { _ = try mine.undoLast() }
        #expect("\(error)".contains("has changed since you set it"))
    }

    @Test(arguments: StoreKind.tested) func undoingAnAgreementCancelsIt(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.createAgreement(ref: F.rentRef, expectedVersion: nil, AgreementActionTests.weekly)
        #expect(try actions.undoLast() == "Undone: agreement 1 on 0104321/01 cancelled")
        let file = try world.load(F.rentRef)
        #expect(file.agreements[0].state == .cancelled)
        #expect(file.diary.last?.code == "AGC")
    }

    @Test(arguments: StoreKind.tested) func undoingQueuedLettersCancelsThoseNotYetSent(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.queueLetters(ref: F.rentRef, expectedVersion: nil,
                                     [LetterActionTests.ready("L-1"), LetterActionTests.ready("L-2")])
        // The export run sends one of them before the user presses u.
        try world.store.update(ref: F.rentRef, expectedVersion: nil) { file in file.letters[0].status = .sent }
        #expect(try actions.undoLast() == "Undone: cancelled 1 letter; 1 had already left the queue")
        #expect(try world.load(F.rentRef).letters.map(\.status) == [.sent, .cancelled])
    }

    @Test(arguments: StoreKind.tested) func lettersAllSentCannotBeUndone(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.queueLetters(ref: F.rentRef, expectedVersion: nil, [LetterActionTests.ready("L-1")])
        try world.store.update(ref: F.rentRef, expectedVersion: nil) { file in file.letters[0].status = .sent }
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) { _ = try actions.undoLast() }
        #expect("\(error)".contains("have all left the queue"))
        #expect(actions.lastAction != nil, "a refused undo leaves the action in place")
    }

    @Test(arguments: StoreKind.tested) func undoingABulkStepCancelsEveryLetterStillQueued(kind: StoreKind) throws {
        let world = try LetterActionTests.bulkWorld(kind: kind, cases: 3)
        let actions = world.actions(F.leaseholdOfficer)
        let items = (1...3).map { n in BulkLetterItem(ref: "LH-\(1000 + n)", letters: [LetterActionTests.ready("B-\(n)", "LH-\(1000 + n)", code: "LL1")]) }
        _ = try actions.bulkQueueLetters(items)
        #expect(try actions.undoLast() == "Undone: cancelled 3 letters")
        for n in 1...3 { #expect(try world.load("LH-\(1000 + n)").letters.map(\.status) == [.cancelled]) }
    }

    @Test(arguments: StoreKind.tested, ["notice", "court date", "eviction", "hold", "unpause", "cancel agreement", "reassign"])
    func legalStepsAndOthersSayPlainlyTheyCannotBeUndone(kind: StoreKind, action: String) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.teamLead)
        switch action {
        case "notice": _ = try actions.recordNotice(ref: F.rentRef, expectedVersion: nil, servedOn: F.asOf, terms: LegalActionTests.nosp)
        case "court date": _ = try actions.recordCourtDate(ref: F.rentRef, expectedVersion: nil, date: F.date("2027-01-05"), minutes: 600)
        case "eviction": _ = try actions.recordEvictionDate(ref: F.rentRef, expectedVersion: nil, date: F.date("2027-01-05"))
        case "hold": _ = try actions.startHold(ref: F.rentRef, expectedVersion: nil, HoldRequest(kind: .benefitClaimPending, start: F.asOf))
        case "unpause":
            _ = try actions.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2027-01-05"), reason: .other, comment: "x")
            _ = try actions.unpause(ref: F.rentRef, expectedVersion: nil)
        case "cancel agreement":
            _ = try actions.createAgreement(ref: F.rentRef, expectedVersion: nil, AgreementActionTests.weekly)
            _ = try actions.cancelAgreement(ref: F.rentRef, expectedVersion: nil, agreementId: 1, reason: "Wrong")
        default: try actions.reassignCases([F.rentRef], to: "aziz.agent")
        }
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) { _ = try actions.undoLast() }
        #expect("\(error)".contains("cannot be undone: "))
    }

    @Test(arguments: StoreKind.tested) func anotherUsersServiceHasNothingToUndo(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        _ = try world.actions(F.agent).addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "INC", comment: "Call")
        #expect(throws: ActionRefused("Nothing to undo: you have not changed anything in this session.")) {
            try world.actions(F.teamLead).undoLast()
        }
    }
}
