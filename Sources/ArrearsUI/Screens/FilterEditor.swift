import ArrearsCore

/// A screen whose list the `f` overlay filters: one line per filter, each cycling through values.
protocol FilterableScreen: Screen {
    /// The editor's title ("Filters", "Letter filters") and the width its field names are padded to.
    var filterEditorTitle: String { get }
    var filterNameWidth: Int { get }
    /// Each filter's name and the words for its current value.
    func filterRows(context: ScreenContext) -> [(name: String, value: String)]
    /// Moves a filter `delta` values along (wrapping), so the list shows the effect at once.
    mutating func cycleFilter(_ row: Int, by delta: Int, session: Session)
    /// Puts a filter back to where the user starts.
    mutating func resetFilter(_ row: Int, session: Session)
    /// What the filters leave: "12 cases in Immediate", "3 letters shown".
    var filterSummary: String { get }
}

/// The `f` overlay over any `FilterableScreen`: left and right change the selected filter at once,
/// so the list behind shows the effect while you choose; x resets it; Enter or Esc closes.
struct FilterEditor: OverlayScreen {
    var field = 0

    var context: ActionContext { .filter }

    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome? {
        guard var screen = under as? any FilterableScreen else { return nil }
        let count = screen.filterRows(context: session.context).count
        switch id {
        case .moveDown: field = min(count - 1, field + 1)
        case .moveUp: field = max(0, field - 1)
        case .moveRight, .moveLeft: screen.cycleFilter(field, by: id == .moveRight ? 1 : -1, session: session)
        case .filterResetField: screen.resetFilter(field, session: session)
        case .filterDone: return .closeOverlay
        default: return nil
        }
        field = max(0, min(field, screen.filterRows(context: session.context).count - 1))
        under = screen
        return .handled
    }

    /// Returns the selected field's row, for the cursor.
    func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor? {
        guard let screen = under as? any FilterableScreen else { return nil }
        let context = session.context, g = context.glyphs
        let rows = screen.filterRows(context: context)
        let rect = Overlay.frame(in: area, width: 64, height: rows.count + 5)
        let inner = Overlay.draw(into: &grid, rect: rect, title: screen.filterEditorTitle, glyphs: g)
        var cursorRow = inner.y
        for (i, row) in rows.enumerated() where i < inner.height {
            let selected = i == field
            var line = StyledLine(DisplayWidth.pad(row.name, to: screen.filterNameWidth), selected ? .selection : .heading)
            line.append(selected ? "\(g.previousValue) \(row.value) \(g.nextValue)" : "  \(row.value)", selected ? .selection : .overlay)
            grid.draw(line.fitted(to: inner.width, glyphs: g, fill: selected ? .selection : .overlay), row: inner.y + i,
                      column: inner.x, width: inner.width)
            if selected { cursorRow = inner.y + i }
        }
        if inner.height > rows.count + 1 {
            grid.put(screen.filterSummary, row: inner.y + rows.count + 1, column: inner.x, role: .overlay, maxWidth: inner.width)
        }
        if inner.height > rows.count + 2 {
            grid.put(keysLine(session), row: inner.y + rows.count + 2, column: inner.x, role: .muted, maxWidth: inner.width)
        }
        return (cursorRow, area.x)
    }

    /// "Left/Right change, x resets, Enter or Esc closes", in the user's keys.
    private func keysLine(_ session: Session) -> String {
        let keymap = session.keymap
        let left = keymap.lastKeyName(for: .moveLeft, in: .filter) ?? "?"
        let right = keymap.lastKeyName(for: .moveRight, in: .filter) ?? "?"
        return "\(left)/\(right) change, \(session.key(.filterResetField, in: .filter)) resets, "
            + "\(session.key(.filterDone, in: .filter)) or \(session.key(.back, in: .filter)) closes"
    }
}
