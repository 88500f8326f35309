import ArrearsCore

/// The team lead view: counts per band, patch, type, officer and action; pauses; letters; change
/// since the last snapshot. Rows move with j/k, cells with h/l, and Enter opens a worklist of
/// exactly the cases behind the selected count.
struct TeamLeadScreen {
    private(set) var area: ServiceArea = .rent
    private(set) var counts: TeamLeadCounts
    private var reports: [ServiceArea: TeamLeadReport]
    private var viewports: [ServiceArea: DocumentViewport] = [:]
    private var cellIndex: [ServiceArea: Int] = [:]
    private var cache: (key: CacheKey, layout: Layout)?

    private struct CacheKey: Hashable { var area: ServiceArea, width: Int }

    /// A laid-out report: the document and, per selectable row, the column ranges of its drillable cells.
    struct Layout {
        var document: Document
        var cells: [[(columns: Range<Int>, target: TeamLeadTarget)]]
    }

    init(counts: TeamLeadCounts, context: ScreenContext) {
        self.counts = counts
        reports = counts.reports(context: context)
    }

    /// New counts, keeping the area, selection and scroll (the caller fits the screen again).
    mutating func update(_ counts: TeamLeadCounts, context: ScreenContext) {
        self.counts = counts
        reports = counts.reports(context: context)
        cache = nil
    }

    var crumb: String { "Team lead (\(area == .rent ? "rents" : "leasehold"))" }

    static func contentArea(in area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    }

    mutating func switchArea(area body: Rect) {
        area = area == .rent ? .leasehold : .rent
        fit(body)
    }

    mutating func move(_ motion: Motion, area body: Rect) {
        let content = TeamLeadScreen.contentArea(in: body)
        let l = layout(width: content.width)
        var v = viewports[area] ?? DocumentViewport()
        v.apply(motion, in: l.document, visibleRows: content.height)
        viewports[area] = v
        clampCell(l)
    }

    mutating func moveCell(by delta: Int, area body: Rect) {
        cellIndex[area] = (cellIndex[area] ?? 0) + delta
        clampCell(layout(width: TeamLeadScreen.contentArea(in: body).width))
    }

    mutating func fit(_ body: Rect) {
        let content = TeamLeadScreen.contentArea(in: body)
        let l = layout(width: content.width)
        var v = viewports[area] ?? DocumentViewport()
        v.fit(l.document, visibleRows: content.height)
        viewports[area] = v
        clampCell(l)
    }

    private mutating func clampCell(_ l: Layout) {
        let row = viewports[area]?.selectedItem ?? 0
        let count = row < l.cells.count ? l.cells[row].count : 0
        cellIndex[area] = max(0, min(cellIndex[area] ?? 0, count - 1))
    }

    /// What the selected count opens, if anything.
    mutating func selectedTarget(area body: Rect) -> TeamLeadTarget? {
        let l = layout(width: TeamLeadScreen.contentArea(in: body).width)
        guard let row = viewports[area]?.selectedItem, row < l.cells.count, !l.cells[row].isEmpty else { return nil }
        return l.cells[row][min(cellIndex[area] ?? 0, l.cells[row].count - 1)].target
    }

    private mutating func layout(width: Int) -> Layout {
        let key = CacheKey(area: area, width: width)
        if let cache, cache.key == key { return cache.layout }
        let l = TeamLeadScreen.layOut(reports[area]!, width: width)
        cache = (key, l)
        return l
    }

    /// Tables one under another. A row is selectable when it has a count to open.
    static func layOut(_ report: TeamLeadReport, width: Int) -> Layout {
        var doc = Document()
        var cells: [[(Range<Int>, TeamLeadTarget)]] = []
        for line in report.preface {
            for part in WordWrap.lines(line.text, width: max(1, width)) { doc.append(StyledLine(part, line.segments.first?.role ?? .normal)) }
        }
        for table in report.tables {
            if !doc.lines.isEmpty { doc.append(StyledLine.empty) }
            let labelWidth = min(max(12, (table.rows.map { DisplayWidth.of($0.label) }.max() ?? 0)), max(12, width / 3))
            let columnCount = table.columns.count
            func widths(short: Bool) -> [Int] {
                (0..<columnCount).map { c in
                    max(DisplayWidth.of(table.columns[c]),
                        table.rows.map { DisplayWidth.of(short ? $0.cells[c].shortText : $0.cells[c].text) }.max() ?? 0)
                }
            }
            var useShort = false
            var cellWidths = widths(short: false)
            if labelWidth + cellWidths.reduce(0, { $0 + $1 + 2 }) > width {
                useShort = true
                cellWidths = widths(short: true)
            }
            doc.append(StyledLine(table.title, .heading))
            var header = StyledLine(String(repeating: " ", count: labelWidth))
            for (c, title) in table.columns.enumerated() { header.append("  " + DisplayWidth.pad(title, to: cellWidths[c], alignRight: true), .muted) }
            doc.append(header)
            for row in table.rows {
                var line = StyledLine(DisplayWidth.pad(row.label, to: labelWidth))
                var x = labelWidth
                var drills: [(Range<Int>, TeamLeadTarget)] = []
                for (c, cell) in row.cells.enumerated() {
                    line.append("  ")
                    x += 2
                    line.append(DisplayWidth.pad(useShort ? cell.shortText : cell.text, to: cellWidths[c], alignRight: true),
                                cell.target == nil ? cell.role : cell.role == .normal ? .link : cell.role)
                    if let t = cell.target { drills.append((x..<(x + cellWidths[c]), t)) }
                    x += cellWidths[c]
                }
                if drills.isEmpty {
                    doc.append(line)
                } else {
                    doc.appendItem([line])
                    cells.append(drills)
                }
            }
            if table.rows.isEmpty && table.note == nil { doc.append(StyledLine("  Nothing to count.", .muted)) }
            if let note = table.note { doc.append(StyledLine(note, .muted)) }
        }
        return Layout(document: doc, cells: cells)
    }

    mutating func render(into grid: inout Grid, area body: Rect, context: ScreenContext) -> Int? {
        let tabs = [ServiceArea.rent, .leasehold].map { a in
            TabItem(title: a == .rent ? "Rents" : "Leasehold", count: reports[a]?.openCount)
        }
        grid.fill(Rect(x: body.x, y: body.y, width: body.width, height: 1), role: .normal)
        grid.draw(TabBar.line(tabs, selected: area == .rent ? 0 : 1, width: body.width, glyphs: context.glyphs),
                  row: body.y, column: body.x, width: body.width)
        let content = TeamLeadScreen.contentArea(in: body)
        let l = layout(width: content.width)
        var v = viewports[area] ?? DocumentViewport()
        v.fit(l.document, visibleRows: content.height)
        viewports[area] = v
        let cursor = v.render(l.document, into: &grid, area: content, glyphs: context.glyphs, highlight: false)
        guard let row = v.selectedItem, row < l.cells.count, !l.cells[row].isEmpty else { return cursor ?? content.y }
        let y = content.y + l.document.items[row].lowerBound - v.offset
        let cell = l.cells[row][min(cellIndex[area] ?? 0, l.cells[row].count - 1)]
        // The row's label is highlighted too, so the selected count reads with its row.
        grid.paint(row: y, from: content.x, width: max(0, l.cells[row][0].columns.lowerBound - 2), role: .highlight)
        grid.paint(row: y, from: content.x + cell.columns.lowerBound, width: cell.columns.count, role: .selection)
        return y
    }
}
