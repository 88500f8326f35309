import Testing
import ArrearsCore
@testable import ArrearsUI

/// The Balance box says what letters print when it differs from the balance, so a letter's "You owe"
/// is a figure the caseworker has seen.
@Suite struct CaseBalanceBoxTests {
    let context = ScreenContext(glyphs: .unicode, user: FixtureData.agent, asOf: Fixtures.asOf, officerNames: [:],
                                keys: KeyNames(keymap: Keymap(registry: .standard), registry: .standard))

    @Test func showsTheCollectableArrearsLettersPrint() {
        let file = Fixtures.cases[0]
        var summary = Fixtures.summary(Fixtures.specs[0], file)
        summary.collectableArrears = file.balance - Money(pence: 14_334)
        let lines = CaseBoxes(file: file, summary: summary, context: context).balance().map(\.text)
        #expect(lines.contains("Due now \(summary.collectableArrears.tableText)  what letters print; £143.34 charged is not yet due"))
    }

    @Test func saysNothingMoreWhenTheyAgree() {
        let file = Fixtures.cases[0]
        let summary = Fixtures.summary(Fixtures.specs[0], file)
        let lines = CaseBoxes(file: file, summary: summary, context: context).balance().map(\.text)
        #expect(!lines.contains { $0.hasPrefix("Due now") })
    }
}
