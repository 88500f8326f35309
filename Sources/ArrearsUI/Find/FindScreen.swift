import ArrearsCore

/// Find-anywhere (`O`): one query line over every case the user may open — in arrears, clear or in
/// credit, in any patch and tab — unlike `/`, which searches the worklist's current tab. Exact
/// reference, payment reference and postcode matches come first; Enter opens the highlighted case,
/// and Esc from the case comes back to the same results.
struct FindScreen {
    var input = TextInput()
    var found: CaseFinder.Found?
    var viewport = ListViewport()
    /// How many cases the user may find, for the count line.
    let searchable: Int

    var crumb: String { "Find" }

    /// The columns of a found case: the worklist's own cells, for both service areas at once. Name,
    /// address and postcode matter most here, so that column is wider, and the payment reference and next
    /// action give way first on a narrow terminal.
    static let columns: [WorklistColumn] = [.band, .reference, .tenant, .type, .balance, .paymentReference, .nextAction]

    static let tableColumns: [TableColumn] = columns.map { column in
        var t = column.tableColumn
        switch column {
        case .tenant: t.title = "Name, address, postcode"; t.minWidth = 40; t.preferredWidth = 50
        case .paymentReference: t.priority = 30
        case .nextAction: t.priority = 20
        default: break
        }
        return t
    }

    var positions: [Int32] { found?.positions ?? [] }

    /// The summary position of the highlighted case.
    var selectedPosition: Int? { viewport.isEmpty ? nil : Int(positions[viewport.selected]) }

    /// After each keystroke: search again, narrowing the last answer when the query only grew, and
    /// highlight the best match.
    mutating func search(with finder: CaseFinder) {
        found = finder.find(input.text, after: found)
        viewport = ListViewport(count: positions.count)
    }

    /// The table sits under the query line and the count line.
    static func tableArea(in area: Rect) -> Rect { Rect(x: area.x, y: area.y + 2, width: area.width, height: max(0, area.height - 2)) }

    mutating func fit(_ area: Rect) { viewport.setVisibleRows(FindScreen.tableArea(in: area).height - 1) }

    mutating func render(into grid: inout Grid, area: Rect, summaries: [CaseSummary], glyphs: Glyphs) -> Cursor? {
        guard area.height > 0 else { return nil }
        fit(area)
        let cursorColumn = input.render(into: &grid, row: area.y, column: area.x, width: area.width, prompt: "Find: ")
        grid.fill(Rect(x: area.x, y: area.y + 1, width: area.width, height: min(1, area.height - 1)), role: .filterLine)
        if area.height > 1 { grid.put(countLine, row: area.y + 1, column: area.x, role: .filterLine, maxWidth: area.width) }
        let table = FindScreen.tableArea(in: area)
        guard table.height > 0 else { return (area.y, cursorColumn) }
        if positions.isEmpty {
            grid.fill(table, role: .normal)
            for (i, line) in emptyLines.enumerated() where i < table.height {
                grid.put(line, row: table.y + i, column: table.x, role: .muted, maxWidth: table.width)
            }
            return (area.y, cursorColumn)
        }
        let columns = FindScreen.tableColumns
        let widths = TableLayout.fit(columns, width: table.width)
        let positions = self.positions
        VirtualTable.render(into: &grid, area: table, columns: columns, widths: widths, viewport: viewport, glyphs: glyphs) { row, column in
            FindScreen.columns[column].cell(summaries[Int(positions[row])], width: widths[column])
        }
        return (area.y, cursorColumn)
    }

    private var countLine: String {
        let all = Format.count(searchable) + (searchable == 1 ? " case" : " cases")
        guard let found, !found.positions.isEmpty else { return "Searching all \(all) you may open, in arrears or not" }
        let exact = found.exactCount > 0 ? "; \(Format.count(found.exactCount)) exact match first" : ""
        return "\(Format.count(found.positions.count)) found of \(all)\(exact)"
    }

    private var emptyLines: [String] {
        if input.text.allSatisfy(\.isWhitespace) {
            return ["Type part of a reference, payment reference, name, address or postcode.",
                    "Every case you may open is searched: in arrears, clear or in credit, in any patch."]
        }
        return ["No case matches \u{201C}\(input.text)\u{201D}."]
    }
}
