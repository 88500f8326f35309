import ArrearsCore

/// The Letters screen's `f` overlay, worked like the worklist's: one line per filter, left and
/// right change its value at once so the list behind shows the effect, x resets, Enter closes.
struct LetterFilterEditor {
    enum Field: CaseIterable {
        case status, template, patch

        var title: String {
            switch self {
            case .status: return "Status"
            case .template: return "Template"
            case .patch: return "Patch"
            }
        }
    }

    var field = 0

    var selectedField: Field { Field.allCases[min(field, Field.allCases.count - 1)] }

    mutating func move(by delta: Int) { field = max(0, min(Field.allCases.count - 1, field + delta)) }

    /// The filter with the selected field moved `delta` values along (wrapping).
    func cycled(_ filter: LetterFilter, by delta: Int, screen: LettersScreen, user: User) -> LetterFilter {
        func with(_ change: (inout LetterFilter) -> Void) -> LetterFilter { var f = filter; change(&f); return f }
        let values: [LetterFilter]
        switch selectedField {
        case .status: values = LettersScreen.tabs.map { s in with { $0.status = s } }
        case .template: values = screen.templateChoices().map { t in with { $0.templateId = t } }
        case .patch: values = screen.patchChoices(user: user).map { p in with { $0.patch = p } }
        }
        let i = values.firstIndex(of: filter) ?? 0
        return values[((i + delta) % values.count + values.count) % values.count]
    }

    func reset(_ filter: LetterFilter, user: User) -> LetterFilter {
        var f = filter
        switch selectedField {
        case .status: f.status = nil
        case .template: f.templateId = nil
        case .patch: f.patch = LetterFilter.initial(for: user).patch
        }
        return f
    }

    static func valueText(_ field: Field, _ filter: LetterFilter, context: ScreenContext) -> String {
        switch field {
        case .status: return filter.status.map { $0.label.lowercased() } ?? "every status"
        case .template: return filter.templateId.map(LetterRows.templateTitle) ?? "every template"
        case .patch:
            switch filter.patch {
            case .mine: return "my patches (\(context.user.patches.joined(separator: ", ")))"
            case .all: return "every patch"
            case .unassigned: return "no patch"
            case .patch(let p): return "patch \(p)"
            }
        }
    }

    /// Returns the row of the selected field, for the cursor.
    func render(into grid: inout Grid, area: Rect, screen: LettersScreen, context: ScreenContext) -> Int {
        let fields = Field.allCases
        let g = context.glyphs
        let rect = Overlay.frame(in: area, width: 64, height: fields.count + 5)
        let inner = Overlay.draw(into: &grid, rect: rect, title: "Letter filters", glyphs: g)
        var cursorRow = inner.y
        for (i, f) in fields.enumerated() where i < inner.height {
            let selected = i == field
            let value = LetterFilterEditor.valueText(f, screen.filter, context: context)
            var line = StyledLine(DisplayWidth.pad(f.title, to: 12), selected ? .selection : .heading)
            line.append(selected ? "\(g.previousValue) \(value) \(g.nextValue)" : "  \(value)", selected ? .selection : .overlay)
            grid.draw(line.fitted(to: inner.width, glyphs: g, fill: selected ? .selection : .overlay), row: inner.y + i,
                      column: inner.x, width: inner.width)
            if selected { cursorRow = inner.y + i }
        }
        let count = screen.rows.count
        if inner.height > fields.count + 1 {
            grid.put("\(Format.count(count)) letter\(count == 1 ? "" : "s") shown", row: inner.y + fields.count + 1,
                     column: inner.x, role: .overlay, maxWidth: inner.width)
        }
        if inner.height > fields.count + 2 {
            grid.put("Left/Right change, x resets, Enter or Esc closes", row: inner.y + fields.count + 2, column: inner.x,
                     role: .muted, maxWidth: inner.width)
        }
        return cursorRow
    }
}
