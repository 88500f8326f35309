import ArrearsCore

/// The `:` palette: type part of an action's title, pick it, run it where you were.
struct CommandPalette {
    /// The context the palette was opened over; its actions are offered and run there.
    let openedOver: ActionContext
    var input = TextInput()
    var selected = 0

    static let maxHeight = 18

    /// One line of the list: an action that matches what was typed, and why it cannot run here, if so.
    struct Result {
        var item: ActionSpec
        var match: FuzzyMatch
        var unavailable: String?
    }

    /// What matches, best first; actions that cannot run here come last, with their reasons.
    func results(registry: ActionRegistry, unavailable: (ActionSpec) -> String?) -> [Result] {
        let ranked = FuzzyMatcher.rank(input.text, registry.paletteCandidates(in: openedOver)) { $0.title }
            .map { Result(item: $0.item, match: $0.match, unavailable: unavailable($0.item)) }
        return ranked.filter { $0.unavailable == nil } + ranked.filter { $0.unavailable != nil }
    }

    mutating func move(by delta: Int, count: Int) {
        guard count > 0 else { selected = 0; return }
        selected = ((selected + delta) % count + count) % count
    }

    /// Returns the row and column of the input's cursor.
    func render(into grid: inout Grid, area: Rect, registry: ActionRegistry, keymap: Keymap, unavailable: (ActionSpec) -> String?,
                glyphs: Glyphs) -> (Int, Int) {
        let found = results(registry: registry, unavailable: unavailable)
        let rect = Overlay.frame(in: area, width: 72, height: min(CommandPalette.maxHeight, max(6, found.count + 3)))
        let inner = Overlay.draw(into: &grid, rect: rect, title: "Commands (\(found.count))", glyphs: glyphs)
        let cursorColumn = input.render(into: &grid, row: inner.y, column: inner.x, width: inner.width, prompt: ": ")
        var list = ListViewport(count: found.count)
        list.setVisibleRows(inner.height - 1)
        list.select(selected)
        if found.isEmpty, inner.height > 1 {
            grid.put("No command matches.", row: inner.y + 1, column: inner.x, role: .muted, maxWidth: inner.width)
        }
        for (line, i) in list.visibleRange.enumerated() {
            let y = inner.y + 1 + line
            let (action, match) = (found[i].item, found[i].match)
            let isSelected = i == list.selected
            if let reason = found[i].unavailable {
                // Greyed: the title and why it cannot run here, cut with an ellipsis on a narrow screen.
                let line = StyledLine(action.title + " (\(reason))", isSelected ? .selection : .muted)
                grid.draw(line.fitted(to: inner.width, glyphs: glyphs, fill: isSelected ? .selection : .overlay), row: y,
                          column: inner.x, width: inner.width)
                continue
            }
            let keys = keymap.keys(for: action.id, in: openedOver).first?.displayName ?? ""
            let keyWidth = DisplayWidth.of(keys)
            let titleWidth = max(1, inner.width - keyWidth - 1)
            let matched = Set(match.positions)
            var x = inner.x
            for (offset, ch) in action.title.enumerated() {
                let w = DisplayWidth.of(ch)
                if x + w > inner.x + titleWidth { break }
                let role: StyleRole = isSelected ? .selection : matched.contains(offset) ? .highlight : .overlay
                x += grid.put(String(ch), row: y, column: x, role: role)
            }
            if isSelected { grid.paint(row: y, from: inner.x, width: inner.width, role: .selection) }
            grid.putRight(keys, row: y, endColumn: inner.maxX, role: isSelected ? .selection : .statusKey)
        }
        return (inner.y, cursorColumn)
    }
}

extension CommandPalette: OverlayScreen {
    var context: ActionContext { .palette }

    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome? {
        let found = results(registry: session.registry, unavailable: Availability(session: session, screen: under).reason)
        switch id {
        case .paletteNext: move(by: 1, count: found.count)
        case .palettePrevious: move(by: -1, count: found.count)
        case .paletteRun:
            guard selected < found.count else { return Outcome.closeOverlay.then(.message("No command matches.", .warning)) }
            return Outcome([.closeOverlay, .perform(found[selected].item.id, openedOver)])
        default: return nil
        }
        return .handled
    }

    /// Typing narrows the list and starts again from its best match.
    mutating func type(_ key: Key, under: inout any Screen, session: Session) -> Outcome? {
        guard input.handle(key) else { return nil }
        selected = 0
        return .handled
    }

    func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor? {
        render(into: &grid, area: area, registry: session.registry, keymap: session.keymap,
               unavailable: Availability(session: session, screen: under).reason, glyphs: session.glyphs)
    }
}
