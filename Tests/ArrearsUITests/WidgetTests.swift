import Testing
import ArrearsCore
@testable import ArrearsUI

@Suite struct ListViewportTests {
    func viewport(count: Int, rows: Int) -> ListViewport {
        var v = ListViewport(count: count)
        v.setVisibleRows(rows)
        return v
    }

    @Test func movesKeepTheSelectionOnScreen() {
        var v = viewport(count: 100, rows: 10)
        v.move(by: 12)
        #expect(v.selected == 12 && v.offset == 3)
        v.move(by: -5)
        #expect(v.selected == 7 && v.offset == 3)
        v.move(by: -100)
        #expect(v.selected == 0 && v.offset == 0)
        v.last()
        #expect(v.selected == 99 && v.offset == 90)
        v.first()
        #expect(v.selected == 0 && v.offset == 0)
    }

    @Test func pagesMoveTheViewAndTheSelectionTogether() {
        var v = viewport(count: 100, rows: 10)
        v.move(by: 3)
        v.page(by: 1)
        #expect(v.selected == 13 && v.offset == 10)
        v.halfPage(by: 1)
        #expect(v.selected == 18 && v.offset == 15)
        v.page(by: 20)
        #expect(v.selected == 99 && v.offset == 90)
        v.halfPage(by: -1)
        #expect(v.selected == 94 && v.offset == 85)
    }

    @Test func emptyAndShrinkingListsStayValid() {
        var v = viewport(count: 0, rows: 10)
        v.move(by: 1); v.page(by: 1); v.last()
        #expect(v.selected == 0 && v.offset == 0 && v.visibleRange.isEmpty)
        v = viewport(count: 50, rows: 10)
        v.last()
        v.setCount(5)
        #expect(v.selected == 4 && v.offset == 0)
        v.setVisibleRows(2)
        #expect(v.visibleRange == 3..<5)
    }
}

@Suite struct VirtualTableTests {
    /// 100,000 rows must cost no more than the rows on screen: count the cells asked for.
    @Test func onlyVisibleRowsAreDrawn() {
        let columns = [TableColumn("A", min: 5, priority: 2), TableColumn("B", min: 10, priority: 1, flexible: true)]
        var viewport = ListViewport(count: 100_000)
        viewport.setVisibleRows(22)
        viewport.select(73_512)
        var grid = Grid(width: 80, height: 23)
        var asked = 0
        var rowsAsked = Set<Int>()
        let widths = TableLayout.fit(columns, width: 80)
        let cursor = VirtualTable.render(into: &grid, area: Rect(x: 0, y: 0, width: 80, height: 23), columns: columns, widths: widths,
                                         viewport: viewport, glyphs: .unicode) { row, column in
            asked += 1
            rowsAsked.insert(row)
            return TableCell("\(row)")
        }
        #expect(asked == 22 * 2)
        #expect(rowsAsked == Set(viewport.visibleRange))
        #expect(cursor == 1 + viewport.selectedScreenRow)
        #expect(grid.rowText(cursor!).hasPrefix("73512"))
        #expect(grid[cursor!, 0].role == .selection)
    }

    @Test func aHundredThousandCaseWorklistShowsItsFirstAndLastRows() {
        let base = Fixtures.summaries[0]
        var summaries: [CaseSummary] = []
        summaries.reserveCapacity(100_000)
        for i in 0..<100_000 {
            var s = base
            s.ref = "R\(i)"
            s.score = i % 997
            summaries.append(s)
        }
        var app = App(environment: AppEnvironment(data: FixtureData(summaries: summaries)))
        let first = app.render(width: 120, height: 40)
        #expect(first.rowText(1).contains("Immediate (100000)"))
        #expect(first.rowText(4).contains(" 996 "))
        app.handle(.char("G"))
        let last = app.render(width: 120, height: 40)
        #expect(last.cursor?.row == 38)
        #expect(last.rowText(38).contains("   0 "))
    }

    @Test func narrowTablesDropTheLeastImportantColumns() {
        let columns = [TableColumn("Band", min: 1, priority: 100), TableColumn("Ref", min: 10, priority: 90),
                       TableColumn("Type", min: 8, priority: 10), TableColumn("Name", min: 10, preferred: 30, priority: 80, flexible: true)]
        #expect(TableLayout.fit(columns, width: 80) == [1, 10, 8, 58])
        #expect(TableLayout.fit(columns, width: 30) == [1, 10, 0, 17])
        #expect(TableLayout.fit(columns, width: 20) == [1, 10, 0, 0])
    }
}

@Suite struct TextWidgetTests {
    @Test func wrappingMeasuresWideCharactersAndKeepsBreaks() {
        #expect(WordWrap.lines("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
        #expect(WordWrap.lines("作者作者作者", width: 5) == ["作者", "作者", "作者"])
        #expect(WordWrap.lines("one\n\ntwo", width: 10) == ["one", "", "two"])
        #expect(WordWrap.lines("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func textInputEditsLikeReadline() {
        var input = TextInput("okafor road")
        let deletedWord = input.handle(.ctrl("w"))
        #expect(deletedWord && input.text == "okafor ")
        _ = input.handle(.home)
        _ = input.handle(.char("z"))
        #expect(input.text == "zokafor " && input.cursor == 1)
        _ = input.handle(.delete)
        #expect(input.text == "zkafor ")
        _ = input.handle(.backspace)
        #expect(input.text == "kafor " && input.cursor == 0)
        _ = input.handle(.end); _ = input.handle(.left); _ = input.handle(.ctrl("k"))
        #expect(input.text == "kafor")
        _ = input.handle(.ctrl("u"))
        #expect(input.text == "")
        let handled = input.handle(.pageDown)
        #expect(!handled)
    }

    @Test func textInputScrollsToKeepTheCursorVisible() {
        var grid = Grid(width: 10, height: 1)
        let input = TextInput("abcdefghijklmnop")
        let column = input.render(into: &grid, row: 0, column: 0, width: 10, prompt: "/")
        #expect(column == 9)
        #expect(grid.rowText(0) == "/ijklmnop ")
        #expect(grid[0, 9].role == .inputCursor)
    }

    @Test func tabsShrinkToFit() {
        let tabs = [TabItem(title: "Immediate actions", shortTitle: "Immediate", count: 12), TabItem(title: "Paused", count: 3)]
        #expect(TabBar.line(tabs, selected: 0, width: 80, glyphs: .unicode, numbered: true).text == " 1 Immediate actions (12) │ 2 Paused (3) ")
        #expect(TabBar.line(tabs, selected: 0, width: 33, glyphs: .unicode, numbered: true).text == " 1 Immediate (12) │ 2 Paused (3) ")
        #expect(TabBar.line(tabs, selected: 1, width: 29, glyphs: .unicode, numbered: true).text == "1 Immediate (12)│2 Paused (3)")
        #expect(TabBar.line(tabs, selected: 1, width: 20, glyphs: .ascii, numbered: true).text == "1 (12)|2 Paused (3)")
    }

    @Test func boxesFitTheirContent() {
        let lines = Box.lines(title: "Notice", content: [StyledLine("a very long line that does not fit")], width: 20, glyphs: .ascii)
        #expect(lines.map(\.text) == ["+- Notice ---------+", "| a very long lin~ |", "+------------------+"])
    }
}

@Suite struct BalanceGraphTests {
    @Test func barsRiseInEighths() {
        let values = [0, 100, 200, 400, 800].map { Money(pence: Int64($0)) }
        let lines = BalanceGraph.lines(values, width: 10, height: 1, glyphs: .unicode)
        #expect(lines.map(\.text) == [" ▁▂▄█"])
        let two = BalanceGraph.lines(values, width: 10, height: 2, glyphs: .unicode)
        #expect(two.map(\.text) == ["    █", " ▂▄██"])
    }

    @Test func asciiFallbackUsesPlainCharacters() {
        let values = (0..<8).map { Money(pounds: Int64($0 * 100)) }
        let lines = BalanceGraph.lines(values, width: 52, height: 2, glyphs: .ascii)
        #expect(lines.allSatisfy { $0.text.unicodeScalars.allSatisfy(\.isASCII) })
        #expect(lines.last!.text.hasSuffix("#"))
    }

    @Test func creditWeeksAreMarkedAndTheNewestWeeksAreKept() {
        let values = [Money(pounds: -50), Money(pounds: 100)] + Array(repeating: Money(pounds: 10), count: 60)
        let lines = BalanceGraph.lines(values, width: 52, height: 3, glyphs: .unicode)
        #expect(lines.allSatisfy { $0.width == 52 })
        let credit = BalanceGraph.lines([Money(pounds: -50), Money(pounds: 100)], width: 52, height: 3, glyphs: .unicode)
        #expect(credit.last!.segments.first?.role == .moneyCredit)
    }
}

@Suite struct DocumentViewportTests {
    func doc(items: Int, linesEach: Int = 1, header: Int = 10) -> Document {
        var d = Document(lines: Array(repeating: StyledLine("header"), count: header))
        for i in 0..<items { d.appendItem(Array(repeating: StyledLine("item \(i)"), count: linesEach)) }
        return d
    }

    @Test func theTopIsAPlaceAboveTheFirstItem() {
        let d = doc(items: 30)
        var v = DocumentViewport(topIsAPlace: true)
        #expect(v.selectedItem == nil && v.offset == 0)
        v.move(by: 1, in: d, visibleRows: 8)
        #expect(v.selectedItem == 0 && v.offset == 3)
        v.move(by: -1, in: d, visibleRows: 8)
        #expect(v.selectedItem == nil && v.offset == 0)
        v.last(in: d, visibleRows: 8)
        #expect(v.selectedItem == 29 && v.offset == 32)
        v.first(in: d, visibleRows: 8)
        #expect(v.selectedItem == nil && v.offset == 0)
    }

    @Test func pagingSelectsAnItemInView() {
        let d = doc(items: 30, header: 0)
        var v = DocumentViewport()
        v.scrollPage(by: 8, in: d, visibleRows: 8)
        #expect(v.offset == 8 && v.selectedItem == 8)
        v.scrollPage(by: -100, in: d, visibleRows: 8)
        #expect(v.offset == 0 && v.selectedItem == 0)
    }

    @Test func withoutItemsItScrollsLikeAPager() {
        let d = Document(lines: Array(repeating: StyledLine("x"), count: 20))
        var v = DocumentViewport()
        v.move(by: 3, in: d, visibleRows: 5)
        #expect(v.offset == 3)
        v.move(by: 100, in: d, visibleRows: 5)
        #expect(v.offset == 15)
    }
}
