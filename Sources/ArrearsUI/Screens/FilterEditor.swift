import ArrearsCore

/// The `f` overlay: one line per filter; left and right change its value at once, so the list
/// behind shows the effect while you choose.
struct FilterEditor {
    enum Field: CaseIterable {
        case patch, band, accountType, action, pauseReason, officer, pauseEndsBy

        var title: String {
            switch self {
            case .patch: return "Patch"
            case .band: return "Band"
            case .accountType: return "Account type"
            case .action: return "Next action"
            case .pauseReason: return "Pause reason"
            case .officer: return "Officer"
            case .pauseEndsBy: return "Pause ends by"
            }
        }
    }

    var field = 0

    /// The fields offered: the pause-end date is only shown when a drill-down set it.
    static func fields(for filter: WorklistFilter) -> [Field] {
        Field.allCases.filter { $0 != .pauseEndsBy || filter.pauseEndsBy != nil }
    }

    /// Every value a field can take, in cycling order, for this area.
    static func values(of field: Field, filter: WorklistFilter, options: FilterOptions, area: ServiceArea) -> [WorklistFilter] {
        func with(_ change: (inout WorklistFilter) -> Void) -> WorklistFilter { var f = filter; change(&f); return f }
        switch field {
        case .patch:
            var choices: [WorklistFilter.PatchChoice] = [.mine, .all]
            if options.hasUnassigned { choices.append(.unassigned) }
            choices += options.patches.map { .patch($0) }
            return choices.map { c in with { $0.patch = c } }
        case .band:
            return ([nil] + Band.allCases).map { b in with { $0.band = b } }
        case .accountType:
            let types = options.accountTypes.filter { $0.serviceArea == area }
            return ([nil] + types).map { t in with { $0.accountType = t } }
        case .action:
            return ([nil] + options.actions.map(\.id)).map { a in with { $0.action = a } }
        case .pauseReason:
            return ([nil] + PauseReason.allCases).map { r in with { $0.pauseReason = r } }
        case .officer:
            return ([nil] + options.officers).map { o in with { $0.officer = o } }
        case .pauseEndsBy:
            return [filter, with { $0.pauseEndsBy = nil }]
        }
    }

    /// The filter with the selected field moved `delta` values along (wrapping).
    func cycled(_ filter: WorklistFilter, by delta: Int, options: FilterOptions, area: ServiceArea) -> WorklistFilter {
        let fields = FilterEditor.fields(for: filter)
        let f = fields[min(field, fields.count - 1)]
        let values = FilterEditor.values(of: f, filter: filter, options: options, area: area)
        let i = values.firstIndex(of: filter) ?? 0
        return values[((i + delta) % values.count + values.count) % values.count]
    }

    /// The filter with the selected field back to where the user starts.
    func reset(_ filter: WorklistFilter, user: User) -> WorklistFilter {
        var f = filter
        let fields = FilterEditor.fields(for: filter)
        switch fields[min(field, fields.count - 1)] {
        case .patch: f.patch = WorklistFilter.initial(for: user).patch
        case .band: f.band = nil
        case .accountType: f.accountType = nil
        case .action: f.action = nil
        case .pauseReason: f.pauseReason = nil
        case .officer: f.officer = nil
        case .pauseEndsBy: f.pauseEndsBy = nil
        }
        return f
    }

    static func valueText(_ field: Field, _ filter: WorklistFilter, options: FilterOptions, context: ScreenContext) -> String {
        switch field {
        case .patch:
            switch filter.patch {
            case .mine: return context.user.patches.isEmpty ? "mine (assigned to me)" : "mine (\(context.user.patches.joined(separator: ", ")))"
            case .all: return "all patches"
            case .unassigned: return "unassigned"
            case .patch(let p): return p
            }
        case .band: return filter.band?.label ?? "any"
        case .accountType: return filter.accountType?.label ?? "any"
        case .action: return filter.action.map { a in options.actions.first { $0.id == a }?.label ?? a } ?? "any"
        case .pauseReason: return filter.pauseReason?.label ?? "any"
        case .officer: return filter.officer.map(context.officerName) ?? "any"
        case .pauseEndsBy: return filter.pauseEndsBy?.shortText ?? "any"
        }
    }

    func render(into grid: inout Grid, area: Rect, worklist: WorklistScreen, context: ScreenContext) -> Int {
        let fields = FilterEditor.fields(for: worklist.filter)
        let rect = Overlay.frame(in: area, width: 64, height: fields.count + 5)
        let inner = Overlay.draw(into: &grid, rect: rect, title: "Filters", glyphs: context.glyphs)
        var cursorRow = inner.y
        for (i, f) in fields.enumerated() where i < inner.height {
            let y = inner.y + i
            let value = FilterEditor.valueText(f, worklist.filter, options: worklist.index.options(for: worklist.area), context: context)
            let selected = i == field
            var line = StyledLine(DisplayWidth.pad(f.title, to: 14), selected ? .selection : .heading)
            line.append(selected ? "\(context.glyphs.previousValue) \(value) \(context.glyphs.nextValue)" : "  \(value)",
                        selected ? .selection : .overlay)
            grid.draw(line.fitted(to: inner.width, glyphs: context.glyphs, fill: selected ? .selection : .overlay),
                      row: y, column: inner.x, width: inner.width)
            if selected { cursorRow = y }
        }
        let count = worklist.counts[worklist.tab] ?? 0
        let summary = "\(Format.count(count)) case\(count == 1 ? "" : "s") in \(worklist.tab.title)"
        if inner.height > fields.count + 1 {
            grid.put(summary, row: inner.y + fields.count + 1, column: inner.x, role: .overlay, maxWidth: inner.width)
        }
        if inner.height > fields.count + 2 {
            grid.put("Left/Right change, x resets, Enter or Esc closes", row: inner.y + fields.count + 2, column: inner.x,
                     role: .muted, maxWidth: inner.width)
        }
        return cursorRow
    }
}
