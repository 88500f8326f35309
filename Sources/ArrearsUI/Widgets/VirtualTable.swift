/// What one table cell shows.
public struct TableCell: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    /// Keeps its own role on the selected row (the band letter stays red when selected).
    public var keepsRoleWhenSelected: Bool

    public init(_ text: String, _ role: StyleRole = .normal, keepsRoleWhenSelected: Bool = false) {
        self.text = text; self.role = role; self.keepsRoleWhenSelected = keepsRoleWhenSelected
    }
}

/// A table that asks for the cells of visible rows only, so drawing a frame costs the same for
/// 30 rows as for 100,000 (ratatui's `skip(offset).take(height)`).
///
/// The selected row is highlighted from its first cell through its first flexible column (what names
/// the row: the tenant, the letter's template), not across the whole width: the cells after it keep
/// their own colours. A one-row move then changes about half as many cells, and the terminal is sent
/// about half the bytes (issue 12: under 200 bytes at 80×24), while the highlight still starts at the
/// row's left edge where the eye looks for it, in colour and in reverse video alike.
public enum VirtualTable {
    /// Draws the header on the first line of `area` and rows below it. The caller sets the viewport's
    /// visible rows to `area.height - 1`. Returns the screen row of the selection, for the cursor.
    @discardableResult
    public static func render(into grid: inout Grid, area: Rect, columns: [TableColumn], widths: [Int],
                              viewport: ListViewport, glyphs: Glyphs, showsSelection: Bool = true,
                              cell: (_ row: Int, _ column: Int) -> TableCell) -> Int? {
        guard area.height > 0 else { return nil }
        grid.fill(area, role: .normal)
        var header = StyledLine()
        forEachColumn(columns, widths) { i, _, w, first in
            if !first { header.append(" ", .heading) }
            header.append(glyphs.pad(columns[i].title, to: w, alignRight: columns[i].alignRight), .heading)
        }
        grid.draw(header, row: area.y, column: area.x, width: area.width)
        var cursorRow: Int?
        let highlightedColumns = highlightedColumnCount(columns, widths)
        for (line, row) in viewport.visibleRange.enumerated() where line + 1 < area.height {
            let y = area.y + 1 + line
            let isSelected = showsSelection && row == viewport.selected
            var x = area.x
            forEachColumn(columns, widths) { i, _, w, first in
                let highlighted = isSelected && i < highlightedColumns
                if !first { grid.put(" ", row: y, column: x, role: highlighted ? .selection : .normal); x += 1 }
                let c = cell(row, i)
                let role = highlighted && !c.keepsRoleWhenSelected ? .selection : c.role
                grid.put(glyphs.pad(c.text, to: w, alignRight: columns[i].alignRight), row: y, column: x, role: role,
                         maxWidth: min(w, area.maxX - x))
                x += w
            }
            if isSelected {
                if highlightedColumns == columns.count, x < area.maxX { grid.paint(row: y, from: x, width: area.maxX - x, role: .selection) }
                cursorRow = y
            }
        }
        return cursorRow
    }

    /// How many leading columns the selection covers: through the first flexible column shown, or all
    /// of them (and the rest of the line) when no flexible column is shown.
    static func highlightedColumnCount(_ columns: [TableColumn], _ widths: [Int]) -> Int {
        guard let flexible = columns.indices.first(where: { columns[$0].flexible && widths[$0] > 0 }) else { return columns.count }
        return flexible + 1
    }

    private static func forEachColumn(_ columns: [TableColumn], _ widths: [Int], _ body: (Int, TableColumn, Int, Bool) -> Void) {
        var first = true
        for (i, c) in columns.enumerated() where widths[i] > 0 {
            body(i, c, widths[i], first)
            first = false
        }
    }
}
