import ArrearsCore
import Testing
@testable import ArrearsUI

/// Another caseworker's commit on the same store: the workbench compares summary stamps and reads
/// again only the cases that changed.
@Suite struct ChangedElsewhereTests {
    static let ada = "0101001/01"

    @Test func onlyTheChangedCaseIsReadAgain() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        let loads = world.data.summaryCalls
        // A second workbench, another session of the same agent, adds a diary entry to the case on screen.
        let other = StoreWorld.executor(store: world.store, user: FixtureData.agent)
        let file = try world.load(Self.ada)
        let result = other.perform(.onCase(ref: Self.ada, expectedVersion: file.account.version,
                                           .addDiaryEntry(code: "INC", comment: "Rang from the other desk.")))
        guard case .done = result.outcome else { Issue.record("the other workbench could not save: \(result.message)"); return }
        world.app.reloadChanged()
        #expect(world.data.summaryCalls == loads, "no full read of the summaries")
        #expect(world.app.caseScreen?.file.diary.last?.comment == "Rang from the other desk.", "the case on screen shows it")
        world.press("<Esc>")
        let row = world.app.worklist?.index.summaries.first { $0.ref == Self.ada }
        #expect(row?.lastActionCode == "INC" && row?.version == file.account.version + 1, "the worklist row is the new one")
        var fresh = world.app.worklist!
        fresh.recompute(user: FixtureData.agent, asOf: Fixtures.asOf)
        #expect(world.app.worklist?.rows == fresh.rows && world.app.worklist?.counts == fresh.counts)
    }

    @Test func nothingChangedReadsNothing() throws {
        let world = try StoreWorld()
        let loads = world.data.summaryCalls
        world.app.reloadChanged()
        #expect(world.data.summaryCalls == loads)
    }

    @Test func aStampTellsEveryPartOfAChange() {
        let s = Fixtures.summaries[0]
        var moved = s
        moved.officer = "wagent"
        var saved = s
        saved.version += 1
        var nightly = s
        nightly.asOf = s.asOf.adding(days: 1)
        for changed in [moved, saved, nightly] { #expect(SummaryStamp(changed) != SummaryStamp(s)) }
        var cosmetic = s
        cosmetic.explanationJSON = "{}"
        #expect(SummaryStamp(cosmetic) == SummaryStamp(s), "the explanation is not part of the row's state")
    }
}
