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
        let area = body
        var cursor: (row: Int, column: Int)?
        switch stack.last {
        case .worklist(var w)?:
            cursor = w.render(into: &grid, area: area, context: context).map { ($0, 0) }
            w.fit(area)
            stack[stack.count - 1] = .worklist(w)
        case .caseDetails(var c)?:
            cursor = c.render(into: &grid, area: area, context: context).map { ($0, 0) }
            stack[stack.count - 1] = .caseDetails(c)
        case .teamLead(var t)?:
            cursor = t.render(into: &grid, area: area, context: context).map { ($0, 0) }
            stack[stack.count - 1] = .teamLead(t)
        case .caseload(var c)?:
            cursor = c.render(into: &grid, area: area, context: context).map { ($0, 0) }
            stack[stack.count - 1] = .caseload(c)
        case .letters(var l)?:
            cursor = l.render(into: &grid, area: area, context: context)
            stack[stack.count - 1] = .letters(l)
        case nil:
            break
        }
        if let overlayCursor = renderOverlay(into: &grid, area: area) { cursor = overlayCursor }
        let bottom = grid.height - 1
        if case .worklist(let w)? = stack.last, w.search.isEditing, overlay == nil {
            cursor = renderSearchLine(w, into: &grid, row: bottom)
        } else {
            StatusBar.render(into: &grid, row: bottom, width: grid.width, hints: hints(for: currentContext), message: message,
                             glyphs: context.glyphs)
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
        return ordered.compactMap { action in
            guard let hint = action.hint, offers(action), !(action.id == .back && atRoot),
                  let key = keymap.keys(for: action.id, in: context).first(where: { keys in
                      !context.isTextInput || keys.keys.first?.typedCharacter == nil || keymap.binding(keys, in: context) != nil
                  }) else { return nil }
            return KeyHint(key: key.displayName, label: hint)
        }
    }

    private func renderBreadcrumbs(into grid: inout Grid) {
        let g = context.glyphs
        grid.fill(Rect(x: 0, y: 0, width: grid.width, height: 1), role: .breadcrumb)
        var right = "\(user.displayName) \(g.separator) \(user.role.label) \(g.separator) \(asOf.shortText) "
        let crumbs = " " + breadcrumbs.joined(separator: " \(g.breadcrumb) ")
        if DisplayWidth.of(crumbs) + DisplayWidth.of(right) + 2 > grid.width { right = "\(asOf.shortText) " }
        let rightWidth = DisplayWidth.of(right)
        let leftWidth = max(0, grid.width - rightWidth - 1)
        grid.put(g.truncate(crumbs, to: leftWidth), row: 0, column: 0, role: .breadcrumb)
        if rightWidth < grid.width { grid.putRight(right, row: 0, endColumn: grid.width, role: .breadcrumb) }
    }

    private func renderSearchLine(_ w: WorklistScreen, into grid: inout Grid, row: Int) -> (Int, Int) {
        let text = w.search.input.text
        let count = w.search.matchCount
        let matches = text.isEmpty ? "" : " \(Format.count(count)) matching "
        let inputWidth = max(10, grid.width - DisplayWidth.of(matches))
        let column = w.search.input.render(into: &grid, row: row, column: 0, width: inputWidth, prompt: "/")
        if !matches.isEmpty {
            grid.put(matches, row: row, column: inputWidth, role: count == 0 ? .error : .statusBar)
        }
        return (row, column)
    }

    private mutating func renderOverlay(into grid: inout Grid, area: Rect) -> (row: Int, column: Int)? {
        switch overlay {
        case .pager(var p)?:
            let width = min(PagerOverlay.preferredWidth - 4, area.width - 6)
            let doc = p.document(width: width, registry: registry, keymap: keymap, role: user.role)
            let rect = PagerOverlay.frame(in: area, lineCount: doc.lines.count)
            let inner = Overlay.draw(into: &grid, rect: rect, title: p.title, glyphs: context.glyphs)
            p.viewport.fit(doc, visibleRows: inner.height)
            p.viewport.render(doc, into: &grid, area: inner, glyphs: context.glyphs, highlight: false, fill: .overlay)
            if doc.lines.count > inner.height {
                let shown = "\(p.viewport.offset + 1)-\(min(doc.lines.count, p.viewport.offset + inner.height)) of \(doc.lines.count)"
                grid.putRight(" \(shown) ", row: rect.maxY - 1, endColumn: rect.maxX - 2, role: .borderFocus)
            }
            overlay = .pager(p)
            return (inner.y, inner.x)
        case .palette(let p)?:
            let (row, column) = p.render(into: &grid, area: area, registry: registry, keymap: keymap, role: user.role,
                                         glyphs: context.glyphs)
            return (row, column)
        case .confirm(let c)?:
            return c.render(into: &grid, area: area, glyphs: context.glyphs)
        case .filter(let f)?:
            guard case .worklist(let w)? = stack.last else { return nil }
            let row = f.render(into: &grid, area: area, worklist: w, context: context)
            return (row, 0)
        case .form(let f)?:
            return FormView.render(f.form, into: &grid, area: area, glyphs: context.glyphs)
        case .letters?:
            return renderLetterOverlay(into: &grid, area: area)
        case nil:
            return nil
        }
    }
}
