import Testing
@testable import ArrearsCore

/// Every undoable action, done and undone, for its effect on the recommendation (issue 9 §3): a letter
/// cancelled, rejected or reviewed unsent, a voided diary entry, a lifted pause and a cancelled agreement
/// must leave the ladder where it was. Runs the real engine on a secure tenancy £375 in arrears after
/// grace (£125 a week) whose letter 1 went out 20 days before the working date.
@Suite struct UndoAndTheLadderTests {
    typealias F = ActionFixtures

    static func letterOneSent() -> CaseFile {
        var file = F.rentCase()
        file.diary = [DiaryEntry(id: 1, at: Timestamp(london: F.date("2026-11-10"), hour: 9), code: "IC1",
                                 comment: "Letter 1 sent", user: "amy.agent", balance: Money(pence: 50_000))]
        return file
    }

    /// A world whose summaries come from the real engine, as the worklist's Immediate tab reads them.
    struct Ladder {
        let world: World
        let actions: CaseActions

        init() throws {
            world = try F.world(kind: .sqlite, cases: [UndoAndTheLadderTests.letterOneSent()])
            let clock = Clock()
            let engine = { (file: CaseFile) in ArrearsEngine.summary(of: file, ArrearsEngine.classify(file, asOf: F.asOf), officer: nil) }
            actions = CaseActions(store: world.store, user: F.agent, now: clock.tick, asOf: F.asOf, reclassify: engine)
            try world.store.saveSummaries([engine(try world.load(F.rentRef))], snapshot: nil)
        }

        /// What the engine recommends for the case as stored, and what the stored summary says.
        func recommendation() throws -> (engine: RecommendedAction, stored: String?) {
            let file = try world.load(F.rentRef)
            return (ArrearsEngine.classify(file, asOf: F.asOf).action, try world.store.summary(ref: F.rentRef)?.actionId)
        }

        func expect(_ action: RecommendedAction, _ why: Comment) throws {
            let now = try recommendation()
            #expect(now.engine == action, why)
            #expect(now.stored == action.rawValue, why)
        }

        func queueLetterTwo(_ id: String) throws {
            _ = try actions.queueLetters(ref: F.rentRef, expectedVersion: nil, [LetterToQueue(letter: F.letter(id: id, ref: F.rentRef), diaryCode: "IC2")])
        }
    }

    @Test func aQueuedLetterMovesTheLadderAndItsUndoMovesItBack() throws {
        let l = try Ladder()
        try l.expect(.sendLetterTwo, "letter 1 went out 20 days ago")
        try l.queueLetterTwo("L-2")
        try l.expect(.noAction, "letter 2 queued: the NOSP waits a week and needs four weeks' charge")
        #expect(try l.actions.undoLast() == "Undone: cancelled 1 letter")
        try l.expect(.sendLetterTwo, "a cancelled letter 2 is not a communication")
        let file = try l.world.load(F.rentRef)
        #expect(ArrearsEngine.classify(file, asOf: F.asOf).measures.lastCommunication?.code == "IC1")
        #expect(file.diary.map(\.code) == ["IC1", "IC2", "LCN"], "the diary keeps both entries")
    }

    @Test func aLetterCancelledFromItsPaneIsNotACommunication() throws {
        let l = try Ladder()
        try l.queueLetterTwo("L-2")
        _ = try l.actions.cancelLetter(ref: F.rentRef, expectedVersion: nil, letterId: "L-2")
        try l.expect(.sendLetterTwo, "cancelled before sending")
    }

    @Test func aLetterNotifyRejectedIsReviewedThenTheLadderResumes() throws {
        let l = try Ladder()
        try l.queueLetterTwo("L-2")
        try l.world.store.update(ref: F.rentRef, expectedVersion: nil) { file in
            file.letters[0].status = .failed
            file.letters[0].updatedAt = Timestamp(london: F.asOf, hour: 11)
        }
        let file = try l.world.load(F.rentRef)
        let c = ArrearsEngine.classify(file, asOf: F.asOf)
        #expect(c.action == .reviewFailedLetter)
        #expect(c.conflict?.fired == [.reviewFailedLetter, .sendLetterTwo], "the failed letter 2 does not count as sent")
        _ = try l.actions.markLetterReviewed(ref: F.rentRef, expectedVersion: nil, letterId: "L-2", printedLocally: false)
        try l.expect(.sendLetterTwo, "reviewed and not sent: letter 2 is still due")
    }

    @Test func aRejectedLetterPrintedLocallyWentOut() throws {
        let l = try Ladder()
        try l.queueLetterTwo("L-2")
        try l.world.store.update(ref: F.rentRef, expectedVersion: nil) { file in file.letters[0].status = .failed }
        _ = try l.actions.markLetterReviewed(ref: F.rentRef, expectedVersion: nil, letterId: "L-2", printedLocally: true)
        try l.expect(.noAction, "printed and posted locally: letter 2 counts")
    }

    @Test func aSentLetterCounts() throws {
        let l = try Ladder()
        try l.queueLetterTwo("L-2")
        try l.world.store.update(ref: F.rentRef, expectedVersion: nil) { file in file.letters[0].status = .sent }
        try l.expect(.noAction, "a letter that went out moves the ladder on")
    }

    @Test func aVoidedDiaryEntryIsNotACommunication() throws {
        let l = try Ladder()
        _ = try l.actions.addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "VIM", comment: "Visited")
        try l.expect(.sendLetterOne, "a visit is the last communication now: letter 2 follows only letter 1 (Hackney)")
        _ = try l.actions.undoLast()
        try l.expect(.sendLetterTwo, "the voided visit no longer counts")
    }

    @Test func anUndonePauseLetsTheLadderResume() throws {
        let l = try Ladder()
        _ = try l.actions.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-10"), reason: .promiseOfPayment, comment: "Pay")
        try l.expect(.noAction, "paused")
        _ = try l.actions.undoLast()
        try l.expect(.sendLetterTwo, "the pause is lifted")
    }

    @Test func anUndoneAgreementNoLongerHoldsTheCase() throws {
        let l = try Ladder()
        _ = try l.actions.createAgreement(ref: F.rentRef, expectedVersion: nil, AgreementActionTests.weekly)
        try l.expect(.noAction, "a live agreement holds the case")
        _ = try l.actions.undoLast()
        try l.expect(.sendLetterTwo, "the cancelled agreement holds nothing")
    }

    @Test func aLetterCancelledAfterTheAsOfDateStillCountedOnTheDaysBefore() throws {
        var file = Self.letterOneSent()
        let queuedAt = Timestamp(london: F.date("2026-11-25"), hour: 10)
        file.diary.append(DiaryEntry(id: 2, at: queuedAt, code: "IC2",
                                     comment: LetterDiaryNote.queued(letterId: "L-2", templateId: "letter_2", localPrint: false),
                                     user: "amy.agent", balance: .zero))
        var letter = F.letter(id: "L-2", ref: F.rentRef)
        letter.status = .cancelled
        letter.createdAt = queuedAt
        letter.updatedAt = Timestamp(london: F.date("2026-11-28"), hour: 10)
        file.letters = [letter]
        #expect(ArrearsEngine.classify(file, asOf: F.date("2026-11-27")).measures.lastCommunication?.code == "IC2")
        #expect(ArrearsEngine.classify(file, asOf: F.date("2026-11-28")).measures.lastCommunication?.code == "IC1")
    }

    @Test func theQueueNoteNamesItsLetter() {
        let note = LetterDiaryNote.queued(letterId: "L 7", templateId: "letter_1", localPrint: true)
        #expect(LetterDiaryNote.letterId(in: note) == "L 7")
        #expect(LetterDiaryNote.letterId(in: "Letter 1 sent") == nil)
        #expect(LetterDiaryNote.letterId(in: "Visited; Letter L-1 from template x was discussed") == nil)
    }
}
