import Testing
import ArrearsCore
@testable import ArrearsUI

@Suite struct TeamLeadTests {
    func report(_ area: ServiceArea) -> TeamLeadReport {
        let data = FixtureData(user: FixtureData.teamLead)
        return TeamLeadReport(groups: SummaryGroups(Fixtures.summaries), area: area, asOf: Fixtures.asOf, snapshots: try! data.snapshots(),
                              letters: try! data.letterCounts(), officerName: { $0 ?? "none" }, glyphs: .unicode)
    }

    @Test(arguments: ServiceArea.allCases)
    func everyCountOpensAWorklistOfExactlyThoseCases(_ area: ServiceArea) {
        let index = WorklistIndex(summaries: Fixtures.summaries)
        var checked = 0
        for table in report(area).tables {
            for row in table.rows {
                for cell in row.cells {
                    guard let drill = cell.drill else { continue }
                    let w = WorklistScreen(index: index, settings: WorklistSettings(area: drill.area, tab: drill.tab, filter: drill.filter),
                                           persists: false, user: FixtureData.teamLead, asOf: Fixtures.asOf)
                    #expect(String(w.rows.count) == cell.shortText, "\(table.title) / \(row.label)")
                    checked += 1
                }
            }
        }
        #expect(checked > 20)
    }

    @Test func bandTotalsCarryMoneyAndChangesCarryArrows() {
        let tables = report(.rent).tables
        let byPatch = tables[0]
        #expect(byPatch.rows.map(\.label) == ["E01", "E02", "W01", "Unassigned", "All patches"])
        #expect(byPatch.rows[0].cells[0].text == "3 £6,961")
        let change = tables.last!
        #expect(change.title == "Change since 4 Mar 2026")
        #expect(change.rows.map { $0.cells.map(\.text) } == [["3", "1", "▲ 2"], ["2", "3", "▼ 1"], ["3", "2", "▲ 1"], ["8", "6", "▲ 2"]])
        #expect(change.rows[0].cells[2].role == .warning && change.rows[1].cells[2].role == .success)
    }

    @Test func lettersAndPausesAreCounted() {
        let tables = report(.rent).tables
        let paused = tables.first { $0.title == "Paused" }!
        #expect(paused.rows.map(\.label) == ["Paused now", "Pauses ending by 15 Mar 2026", "  Promise of payment"])
        #expect(paused.rows.map { $0.cells[0].text } == ["1", "0", "1"])
        let letters = tables.first { $0.title.hasPrefix("Letters") }!
        #expect(letters.rows.map { $0.cells[0].text } == ["3", "1"])
        #expect(letters.rows.allSatisfy { $0.cells[0].drill == nil })
    }

    @Test func withoutAnEarlierSnapshotTheChangeTableSaysSo() {
        let r = TeamLeadReport(groups: SummaryGroups(Fixtures.summaries), area: .rent, asOf: Fixtures.asOf, snapshots: [],
                               letters: [:], officerName: { $0 ?? "" }, glyphs: .ascii)
        #expect(r.tables.last?.note == "No earlier classify snapshot to compare with.")
    }

    /// A case in arrears but owing nothing overdue has no band: it is in no red, amber or green count, not in
    /// the change table's "All bands", yet still counted among all open cases and findable by its band.
    @Test func aCaseNotInArrearsIsInNoBandCount() {
        var clear = Fixtures.summaries[0]
        clear.ref = "0109999/01"
        clear.band = .clear
        let summaries = Fixtures.summaries + [clear]
        let data = FixtureData(user: FixtureData.teamLead)
        let r = TeamLeadReport(groups: SummaryGroups(summaries), area: .rent, asOf: Fixtures.asOf, snapshots: try! data.snapshots(),
                               letters: [:], officerName: { $0 ?? "none" }, glyphs: .unicode)
        let before = report(.rent).tables
        #expect(r.tables[0].columns == ["R Red", "A Amber", "G Green", "All"])
        let all = r.tables[0].rows.last!.cells
        let allBefore = before[0].rows.last!.cells
        #expect(all[0...2].map(\.text) == allBefore[0...2].map(\.text), "no band count moves")
        #expect(all[3].text != allBefore[3].text, "the open-case total includes it")
        #expect(r.tables.last!.rows.map { $0.cells[0].text } == before.last!.rows.map { $0.cells[0].text })
        let w = WorklistScreen(index: WorklistIndex(summaries: summaries),
                               settings: WorklistSettings(area: .rent, tab: .fullPatch, filter: WorklistFilter(patch: .all, band: .clear)),
                               persists: false, user: FixtureData.teamLead, asOf: Fixtures.asOf)
        #expect(w.rows.count == 1)
        #expect(Format.role(for: .clear) == .muted && Band.clear.letter == "-")
    }
}
