import ArrearsCore
import Testing
@testable import ArrearsUI

/// An action's saved case and summary update the screens in place: the worklist's rows and tab counts
/// come out exactly as a full recompute would, and nothing else is read from the data source.
@Suite struct InPlaceUpdateTests {
    let agent = FixtureData.agent
    let asOf = FixtureData.asOfDate

    /// Changes that move a case between bands, tabs and sort positions.
    static let changes: [(name: String, change: @Sendable (inout CaseSummary) -> Void)] = [
        ("to green, low score", { $0.band = .green; $0.score = 1 }),
        ("to red, top score", { $0.band = .red; $0.score = 9_999 }),
        ("paused", { $0.pauseUntil = FixtureData.asOfDate.adding(days: 14); $0.pauseReason = PauseReason.allCases.first }),
        ("balance up", { $0.balance = Money(pence: $0.balance.pence + 500_000) }),
        ("actioned today", { $0.lastActionDate = FixtureData.asOfDate; $0.lastActionCode = "INC" }),
        ("onto another patch", { $0.patch = "W01" }),
    ]

    @Test(arguments: 0..<changes.count)
    func theWorklistMatchesAFullRecompute(_ change: Int) {
        for sort in WorklistSort.allCases {
            for reversed in [false, true] {
                for ref in Fixtures.summaries.map(\.ref) {
                    let index = WorklistIndex(summaries: Fixtures.summaries)
                    var w = WorklistScreen(index: index, settings: WorklistSettings(area: .rent, tab: .fullPatch, filter: .initial(for: agent)),
                                           persists: false, user: agent, asOf: asOf)
                    while w.sort != sort, WorklistSort.choices(for: w.tab).contains(sort) { w.cycleSort(user: agent, asOf: asOf) }
                    if reversed { w.reverseSort(user: agent, asOf: asOf) }
                    var new = index.summaries[index.position(ofRef: ref)!]
                    InPlaceUpdateTests.changes[change].change(&new)
                    guard let old = index.replace(new) else { Issue.record("not replaced"); return }
                    w.caseChanged(from: old, at: index.position(ofRef: ref)!, user: agent, asOf: asOf)
                    var fresh = w
                    fresh.recompute(user: agent, asOf: asOf)
                    #expect(w.rows == fresh.rows, "\(InPlaceUpdateTests.changes[change].name), \(sort) reversed \(reversed), \(ref)")
                    #expect(w.counts == fresh.counts, "\(InPlaceUpdateTests.changes[change].name), \(ref)")
                }
            }
        }
    }

    @Test func aSavedCaseDoesNotReadEverySummaryAgain() throws {
        let data = FixtureData()
        var app = App(environment: AppEnvironment(data: data))
        app.press("jj<Enter>")
        let calls = data.summaryCalls
        guard let screen = app.caseScreen, var summary = screen.summary else { Issue.record("no case"); return }
        summary.band = .green
        summary.score = 3
        let saved = SavedCase(file: screen.file, summary: summary)
        app.apply(ActionResult(request: .undo, outcome: .done(followUp: nil), message: "Saved.", undoable: nil, saved: saved))
        #expect(data.summaryCalls == calls, "no summaries were read again")
        #expect(app.caseScreen?.summary?.band == .green, "the case screen shows the saved summary")
        app.press("<Esc>")
        guard let w = app.worklist else { Issue.record("no worklist"); return }
        var fresh = w
        fresh.recompute(user: agent, asOf: asOf)
        #expect(w.rows == fresh.rows && w.counts == fresh.counts, "the worklist is as a full recompute leaves it")
        #expect(w.index.summaries[w.index.position(ofRef: summary.ref)!].band == .green)
        #expect(app.render(width: 80, height: 24).text.contains("G     3 \(summary.ref)"), "its row shows the new band and score")
    }
}
