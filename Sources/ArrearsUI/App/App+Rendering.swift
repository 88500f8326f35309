import ArrearsCore

extension App {
    /// Draws the whole screen into `grid`, laying out for the grid's size first if it changed.
    /// Parks `grid.cursor` on the selected row (or the text being typed) for screen readers.
    public mutating func render(into grid: inout Grid) {
        if grid.width != size.width || grid.height != size.height { resize(width: grid.width, height: grid.height) }
        grid.cursor = nil
        if isTooSmall {
            TooSmallScreen.render(into: &grid, minimum: App.minimumSize)
            return
        }
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: grid.height), role: .normal)
        renderBreadcrumbs(into: &grid)
        let area = body, s = session
        var cursor = stack[stack.count - 1].render(into: &grid, area: area, session: s)
        if var o = overlay {
            if let overlayCursor = o.render(into: &grid, area: area, under: stack[stack.count - 1], session: s) { cursor = overlayCursor }
            overlay = o
        }
        let bottom = grid.height - 1
        if overlay == nil, let line = stack[stack.count - 1].renderStatusLine(into: &grid, row: bottom) {
            cursor = line
        } else {
            StatusBar.render(into: &grid, row: bottom, width: grid.width, hints: hints(for: currentContext), message: message,
                             glyphs: s.glyphs)
        }
        grid.cursor = cursor
    }

    /// A fresh grid of the given size with the current screen drawn in it.
    public mutating func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height)
        render(into: &grid)
        return grid
    }

    /// The status bar's key hints: actions of the context that have a hint, in registry order, the
    /// context's own before those that work everywhere. In a text input, keys that would be typed are left out.
    func hints(for context: ActionContext) -> [KeyHint] {
        let atRoot = stack.count == 1 && overlay == nil
        let actions = registry.actions(in: context)
        let ordered = actions.filter { !$0.contexts.contains(.generic) } + actions.filter { $0.contexts.contains(.generic) }
        let availability = Availability(session: session, screen: stack.last)
        return ordered.compactMap { action in
            guard let hint = action.hint, availability.offers(action), !(action.id == .back && atRoot),
                  let key = keymap.keys(for: action.id, in: context).first(where: { keys in
                      !context.isTextInput || keys.keys.first?.typedCharacter == nil || keymap.binding(keys, in: context) != nil
                  }) else { return nil }
            return KeyHint(key: key.displayName, label: hint)
        }
    }

    private func renderBreadcrumbs(into grid: inout Grid) {
        let g = session.glyphs
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), role: .breadcrumb)
        var right = "\(user.displayName) \(g.separator) \(user.role.label) \(g.separator) \(asOf.shortText) "
        let crumbs = " " + breadcrumbs.joined(separator: " \(g.breadcrumb) ")
        if DisplayWidth.of(crumbs) + DisplayWidth.of(right) + 2 > grid.width { right = "\(asOf.shortText) " }
        let rightWidth = DisplayWidth.of(right)
        let leftWidth = max(0, grid.width - rightWidth - 1)
        grid.put(g.truncate(crumbs, to: leftWidth), row: 0, column: 0, role: .breadcrumb)
        if rightWidth < grid.width { grid.putRight(right, row: 0, endColumn: grid.width, role: .breadcrumb) }
    }
}
