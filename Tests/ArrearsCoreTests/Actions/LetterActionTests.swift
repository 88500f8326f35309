import Foundation
import Testing
@testable import ArrearsCore

@Suite struct LetterActionTests {
    typealias F = ActionFixtures

    static func ready(_ id: String, _ ref: String = F.rentRef, code: String = "IC1", errors: [String] = []) -> LetterToQueue {
        LetterToQueue(letter: F.letter(id: id, ref: ref, errors: errors), diaryCode: code)
    }

    @Test(arguments: StoreKind.tested) func queueingSavesTheLettersAndWritesEachOnesCode(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let outcome = try world.actions(F.agent).queueLetters(ref: F.rentRef, expectedVersion: 1, [Self.ready("L-1"), Self.ready("L-2")])
        let audit = try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["IC1", "IC1"], operation: .queueLetter,
                                                    by: F.agent, versionBefore: 1)
        #expect(outcome.caseFile.letters.map(\.id) == ["L-1", "L-2"])
        for letter in outcome.caseFile.letters {
            #expect(letter.status == .queued)
            #expect(letter.author == "amy.agent")
            #expect(letter.createdAt == F.at)
        }
        #expect(outcome.caseFile.diary.last?.comment == "Letter L-2 from template letter_1_in_arrears queued.")
        #expect(outcome.message == "Queued 2 letters (letter_1_in_arrears) for 0104321/01")
        #expect(audit.summary == "Queued 2 letters: L-1, L-2")
        #expect(audit.after?.contains("Dear") == false, "letter text stays out of the audit trail")
    }

    @Test(arguments: [
        LetterToQueue(letter: ActionFixtures.letter(id: "L-9", ref: ActionFixtures.rentRef, errors: ["Address line 1 needs a letter or digit"]), diaryCode: "IC1"),
        LetterToQueue(letter: ActionFixtures.letter(id: "L-9", ref: "9999999/01"), diaryCode: "IC1"),
        LetterToQueue(letter: ActionFixtures.letter(id: "L-9", ref: ActionFixtures.rentRef), diaryCode: "ZZZ"),
    ])
    func aLetterThatIsNotReadyIsNeverQueued(item: LetterToQueue) throws {
        let world = try F.world(kind: .sqlite)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).queueLetters(ref: F.rentRef, expectedVersion: nil, [Self.ready("L-1"), item])
        }
        #expect((error as? ActionRefused)?.field == "Letter")
    }

    @Test(arguments: StoreKind.tested) func theSameLetterCannotBeQueuedTwice(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.queueLetters(ref: F.rentRef, expectedVersion: nil, [Self.ready("L-1")])
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.queueLetters(ref: F.rentRef, expectedVersion: nil, [Self.ready("L-1")])
        }
    }

    static func bulkWorld(kind: StoreKind, cases: Int) throws -> World {
        try F.world(kind: kind, cases: (1...cases).map { F.leaseholdCase(ref: "LH-\(1000 + $0)") })
    }

    /// One letter for each of the bulk world's first `cases` cases; with `previews`, each item carries
    /// the copy of its case the preview read (the appending path), as `arrears letters queue` does.
    static func bulkItems(_ world: World, cases: Int, previews: Bool) throws -> [BulkLetterItem] {
        try (1...cases).map { n in
            let ref = "LH-\(1000 + n)"
            let copy = previews ? try world.load(ref) : nil
            return BulkLetterItem(ref: ref, expectedVersion: copy?.account.version, letters: [Self.ready("B-\(n)", ref, code: "LL1")],
                                  preview: copy)
        }
    }

    @Test(arguments: StoreKind.tested, [false, true]) func aBulkStepQueuesEveryCaseInOneGo(kind: StoreKind, previews: Bool) throws {
        let world = try Self.bulkWorld(kind: kind, cases: 25)
        let items = try Self.bulkItems(world, cases: 25, previews: previews)
        let result = try world.actions(F.leaseholdOfficer).bulkQueueLetters(items)
        #expect(result.cases == 25)
        #expect(result.letters == 25)
        #expect(result.message == "Queued 25 letters for 25 cases")
        for n in 1...25 {
            let file = try world.load("LH-\(1000 + n)")
            #expect(file.letters.map(\.status) == [.queued])
            #expect(file.diary.last?.code == "LL1")
            #expect(try world.store.summary(ref: file.ref)?.version == file.account.version)
        }
        let audit = try world.store.audit(ref: nil, user: "leo.lease", since: nil, limit: nil)
        #expect(audit.count == 25)
        #expect(Set(audit.map(\.operation)) == [.bulkQueueLetters])
    }

    /// The appending path writes exactly what loading and rewriting each case writes: the same cases,
    /// summaries and audit rows.
    @Test(arguments: StoreKind.tested) func writingFromThePreviewsCopiesMatchesLoadingEachCase(kind: StoreKind) throws {
        var results: [(cases: [CaseFile], summaries: [CaseSummary], audit: [String])] = []
        for previews in [false, true] {
            let world = try Self.bulkWorld(kind: kind, cases: 70)
            _ = try world.actions(F.leaseholdOfficer).addDiaryEntry(ref: "LH-1003", expectedVersion: nil, code: "VIM", comment: "Rang.")
            let items = try Self.bulkItems(world, cases: 70, previews: previews)
            #expect(try world.actions(F.leaseholdOfficer).bulkQueueLetters(items).cases == 70)
            let audit = try world.store.audit(ref: nil, user: nil, since: nil, limit: nil)
            results.append((try (1...70).map { try world.load("LH-\($0 + 1000)") }, try world.store.summaries(),
                            audit.map { "\($0.at) \($0.user) \($0.operation) \($0.accountRef ?? "") \($0.summary) \($0.after ?? "")" }))
        }
        #expect(results[0].cases == results[1].cases)
        #expect(results[0].summaries == results[1].summaries)
        #expect(results[0].audit == results[1].audit)
    }

    /// A case another caseworker changed after the preview read it is never queued from the stale copy:
    /// it is read again (and prepared again, or reported), and the other caseworker's entry is kept.
    @Test(arguments: StoreKind.tested, [true, false])
    func aCaseChangedAfterThePreviewIsNotQueuedFromTheStaleCopy(kind: StoreKind, recheckSucceeds: Bool) throws {
        let world = try Self.bulkWorld(kind: kind, cases: 3)
        let items = try Self.bulkItems(world, cases: 3, previews: true)
        _ = try world.actions(F.teamLead).addDiaryEntry(ref: "LH-1002", expectedVersion: nil, code: "VIM", comment: "Paid at the office.")
        let changed = try world.load("LH-1002")
        var rechecked: [CaseFile] = []
        let outcome = try world.actions(F.leaseholdOfficer).bulkQueueLetters(items) { fresh in
            rechecked.append(fresh)
            guard recheckSucceeds else { throw ActionRefused("the balance is now clear") }
            return BulkLetterItem(ref: fresh.ref, letters: [Self.ready("B-again", fresh.ref, code: "LL1")])
        }
        #expect(rechecked == [changed], "prepared again from the stored case, not the preview's copy")
        #expect(outcome.cases == (recheckSucceeds ? 3 : 2))
        let after = try world.load("LH-1002")
        #expect(after.diary.map(\.comment).contains("Paid at the office."))
        if recheckSucceeds {
            #expect(after.letters.map(\.id) == ["B-again"])
            #expect(after.account.version == changed.account.version + 1)
        } else {
            #expect(after == changed)
            #expect(outcome.notQueued.map(\.reason) == ["changed after the preview, and now: the balance is now clear"])
        }
        #expect(try world.store.summary(ref: "LH-1002")?.version == after.account.version)
        #expect(try world.load("LH-1001").letters.map(\.id) == ["B-1"])
        #expect(try world.load("LH-1003").letters.map(\.id) == ["B-3"])
    }

    /// With no version to hold it to, an item whose copy is stale is queued on the case as stored.
    @Test func aStaleCopyWithNoExpectedVersionQueuesOnTheStoredCase() throws {
        let world = try Self.bulkWorld(kind: .sqlite, cases: 2)
        var items = try Self.bulkItems(world, cases: 2, previews: true)
        items[0].expectedVersion = nil
        _ = try world.actions(F.teamLead).addDiaryEntry(ref: "LH-1001", expectedVersion: nil, code: "VIM", comment: "Rang.")
        #expect(try world.actions(F.leaseholdOfficer).bulkQueueLetters(items).cases == 2)
        let file = try world.load("LH-1001")
        #expect(file.diary.map(\.code).suffix(2) == ["VIM", "LL1"])
        #expect(file.letters.map(\.id) == ["B-1"])
    }

    @Test func aCaseChangedSinceThePreviewIsReportedAndTheRestAreQueued() throws {
        let world = try Self.bulkWorld(kind: .sqlite, cases: 5)
        var items = (1...5).map { n in BulkLetterItem(ref: "LH-\(1000 + n)", letters: [Self.ready("B-\(n)", "LH-\(1000 + n)", code: "LL1")]) }
        // The last case changed since the preview was made, and nobody can prepare it again.
        items[4].expectedVersion = 99
        let before = try world.load("LH-1005")
        let outcome = try world.actions(F.leaseholdOfficer).bulkQueueLetters(items)
        #expect(outcome.cases == 4)
        #expect(outcome.notQueued.map(\.ref) == ["LH-1005"])
        #expect(outcome.notQueued.first?.reason == "the case changed after the preview; preview it again")
        #expect(outcome.message == "Queued 4 letters for 4 cases; 1 case not queued")
        #expect(try world.load("LH-1005") == before)
        #expect(try world.load("LH-1004").letters.map(\.status) == [.queued])
        #expect(try world.store.audit(ref: "LH-1005", user: nil, since: nil, limit: nil).isEmpty)
    }

    /// Bounded re-checks: a changed case is prepared again from the stored case and queued; one whose
    /// re-check fails is reported with the reason, and the batch is still queued.
    @Test(arguments: [true, false])
    func aChangedCaseIsCheckedAgainAndQueued(recheckSucceeds: Bool) throws {
        let world = try Self.bulkWorld(kind: .sqlite, cases: 3)
        var items = (1...3).map { n in BulkLetterItem(ref: "LH-\(1000 + n)", letters: [Self.ready("B-\(n)", "LH-\(1000 + n)", code: "LL1")]) }
        items[1].expectedVersion = 0
        var rechecks = 0
        let outcome = try world.actions(F.leaseholdOfficer).bulkQueueLetters(items) { fresh in
            rechecks += 1
            guard recheckSucceeds else { throw ActionRefused("the balance is now clear") }
            return BulkLetterItem(ref: fresh.ref, letters: [Self.ready("B-again", fresh.ref, code: "LL1")])
        }
        #expect(rechecks == 1)
        #expect(outcome.cases == (recheckSucceeds ? 3 : 2))
        #expect(outcome.rechecked == (recheckSucceeds ? ["LH-1002"] : []))
        #expect(outcome.notQueued.map(\.reason) == (recheckSucceeds ? [] : ["changed after the preview, and now: the balance is now clear"]))
        #expect(try world.load("LH-1002").letters.map(\.id) == (recheckSucceeds ? ["B-again"] : []))
    }

    @Test(arguments: StoreKind.tested, [false, true]) func aBulkStepOnTheOtherSideIsRefused(kind: StoreKind, previews: Bool) throws {
        let world = try Self.bulkWorld(kind: kind, cases: 2)
        let items = try Self.bulkItems(world, cases: 2, previews: previews)
        #expect {
            try world.actions(F.agent).bulkQueueLetters(items)
        } throws: { error in
            (error as? BulkQueueRefused)?.reason is AccessDenied
        }
        #expect(try world.load("LH-1001").letters.isEmpty)
    }

    /// The core checks the remit again: a bulk request for a case in another patch is refused whole.
    @Test(arguments: [false, true]) func aBulkStepOutsideTheOfficersPatchesIsRefused(previews: Bool) throws {
        var other = F.leaseholdCase(ref: "LH-2001")
        other.account.patch = "SC4"
        let world = try F.world(kind: .sqlite, cases: [F.leaseholdCase(ref: "LH-2000"), other])
        let items = try ["LH-2000", "LH-2001"].enumerated().map { n, ref in
            BulkLetterItem(ref: ref, letters: [Self.ready("B-\(n)", ref, code: "LL1")], preview: previews ? try world.load(ref) : nil)
        }
        #expect {
            try world.actions(F.leaseholdOfficer).bulkQueueLetters(items)
        } throws: { error in
            guard let refused = error as? BulkQueueRefused, refused.ref == "LH-2001" else { return false }
            return (refused.reason as? ActionRefused)?.field == "Patch"
        }
        #expect(try world.load("LH-2000").letters.isEmpty, "all or nothing")
        #expect(try world.actions(F.teamLead).bulkQueueLetters(items).letters == 2, "a team lead's bulk run has no patch limit")
    }

    @Test(arguments: StoreKind.tested) func aQueuedLetterCanBeCancelledButASentOneCannot(kind: StoreKind) throws {
        var file = F.rentCase()
        file.letters = [F.letter(id: "L-SENT", ref: F.rentRef)]
        file.letters[0].status = .sent
        let world = try F.world(kind: kind, cases: [file])
        let actions = world.actions(F.agent)
        let queued = try actions.queueLetters(ref: F.rentRef, expectedVersion: nil, [Self.ready("L-1")])
        let version = queued.caseFile.account.version
        let cancelled = try actions.cancelLetter(ref: F.rentRef, expectedVersion: version, letterId: "L-1")
        try ActionChecks.expectRecorded(world, cancelled, ref: F.rentRef, codes: ["LCN"], operation: .cancelLetter, by: F.agent,
                                        versionBefore: version)
        #expect(cancelled.caseFile.letters.first { $0.id == "L-1" }?.status == .cancelled)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try actions.cancelLetter(ref: F.rentRef, expectedVersion: nil, letterId: "L-SENT")
        }
        #expect("\(error)".contains("L-SENT is sent"))
    }

    @Test(arguments: [(true, "PLS"), (false, "LCN")])
    func aFailedLetterIsMarkedReviewed(printedLocally: Bool, code: String) throws {
        var file = F.rentCase()
        file.letters = [F.letter(id: "L-F", ref: F.rentRef)]
        file.letters[0].status = .failed
        let world = try F.world(kind: .sqlite, cases: [file])
        let outcome = try world.actions(F.agent).markLetterReviewed(ref: F.rentRef, expectedVersion: 1, letterId: "L-F",
                                                                    printedLocally: printedLocally)
        try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: [code], operation: .markLetterReviewed, by: F.agent,
                                        versionBefore: 1)
        #expect(outcome.caseFile.letters[0].status == .reviewed)
        #expect(outcome.caseFile.letters[0].localPrint == printedLocally)
        _ = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).markLetterReviewed(ref: F.rentRef, expectedVersion: nil, letterId: "L-F", printedLocally: true)
        }
    }
}
