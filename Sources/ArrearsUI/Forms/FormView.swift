import ArrearsCore

/// Draws a form as a centred overlay: its fields (scrolled so the focused one shows), then any
/// problem, then the question when it is asking before discarding or sending.
enum FormView {
    static let preferredWidth = 76

    /// Returns where the cursor goes: in the focused field, or on the question.
    static func render(_ form: Form, into grid: inout Grid, area: Rect, glyphs: Glyphs, keymap: Keymap) -> (row: Int, column: Int) {
        let innerWidth = max(1, min(preferredWidth, area.width - 2) - 4)
        let innerMaxHeight = max(1, area.height - 4)
        let metrics = FormLayout.metrics(for: form, width: innerWidth, height: innerMaxHeight)
        let layout = FormLayout(form, metrics: metrics, glyphs: glyphs)
        let footer = footerLines(form, width: innerWidth, keymap: keymap)
        let gap = footer.isEmpty ? 0 : 1
        let rect = Overlay.frame(in: area, width: innerWidth + 4, height: layout.lines.count + gap + footer.count + 2)
        let inner = Overlay.draw(into: &grid, rect: rect, title: form.title, glyphs: glyphs)
        let fieldRows = max(1, inner.height - footer.count - gap)
        let offset = scrollOffset(layout, focus: form.focus, rows: fieldRows)
        for i in 0..<min(fieldRows, max(0, layout.lines.count - offset)) {
            grid.draw(layout.lines[offset + i], row: inner.y + i, column: inner.x, width: inner.width)
        }
        if layout.lines.count > fieldRows {
            let shown = " \(offset + 1)-\(min(layout.lines.count, offset + fieldRows)) of \(layout.lines.count) "
            grid.putRight(shown, row: rect.maxY - 1, endColumn: rect.maxX - 2, role: .borderFocus)
        }
        let footerTop = inner.maxY - footer.count
        for (i, line) in footer.enumerated() where footerTop + i >= inner.y {
            grid.draw(line, row: footerTop + i, column: inner.x, width: inner.width)
        }
        if form.phase != .editing, !footer.isEmpty { return (max(inner.y, footerTop), inner.x) }
        if let c = layout.cursor, c.line >= offset, c.line < offset + fieldRows {
            return (inner.y + c.line - offset, inner.x + min(c.column, inner.width - 1))
        }
        return (inner.y, inner.x)
    }

    /// The focused field whole if it fits, else the lines around the cursor; the top when possible.
    static func scrollOffset(_ layout: FormLayout, focus: Int, rows: Int) -> Int {
        guard layout.lines.count > rows, let range = layout.ranges[focus] else { return 0 }
        var offset = 0
        if range.upperBound > rows { offset = range.upperBound - rows }
        if range.lowerBound < offset { offset = range.lowerBound }
        if let c = layout.cursor {
            if c.line < offset { offset = c.line }
            if c.line >= offset + rows { offset = c.line - rows + 1 }
        }
        return max(0, min(offset, layout.lines.count - rows))
    }

    static func footerLines(_ form: Form, width: Int, keymap: Keymap) -> [StyledLine] {
        var out: [StyledLine] = []
        if let problem = form.problem {
            out += WordWrap.lines("! " + problem.text, width: width).prefix(3).map { StyledLine($0, .error) }
        }
        let question: String
        switch form.phase {
        case .editing: return out
        case .confirmingDiscard: question = "Throw away what you typed?"
        case .confirmingSubmit(let text, _): question = text
        }
        out += WordWrap.lines(question, width: width).map { StyledLine($0, .highlight) }
        let answer = Dialog.answerLine(Dialog.yesNo(keymap, no: form.phase == .confirmingDiscard ? "keep editing" : "no, back to the form"))
        out.append(answer)
        return out
    }
}
