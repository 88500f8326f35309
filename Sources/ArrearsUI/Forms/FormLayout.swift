import ArrearsCore

/// A form laid out as lines for a given width: labels in a column, values beside them, the focused
/// field drawn open (a list's choices, a comment's lines), and where the text cursor goes.
struct FormLayout {
    var lines: [StyledLine] = []
    /// Field index → the lines it occupies.
    var ranges: [Int: Range<Int>] = [:]
    /// The cursor's line and column within the lines, for the focused field.
    var cursor: (line: Int, column: Int)?

    /// Columns for a short value (a date, a time, an amount), so its meaning fits beside it.
    static let shortInputWidth = 16

    struct Metrics {
        var width: Int
        var labelWidth: Int
        var listRows: Int
        var commentRows: Int
        var valueWidth: Int { max(1, width - labelWidth - 2) }
        var valueColumn: Int { labelWidth + 2 }
    }

    static func metrics(for form: Form, width: Int, height: Int) -> Metrics {
        let longest = form.fields.filter { !$0.isHidden }.map { DisplayWidth.of($0.label) }.max() ?? 0
        let labelWidth = min(longest, max(10, width * 2 / 5))
        return Metrics(width: width, labelWidth: labelWidth, listRows: max(3, min(8, height - 6)),
                       commentRows: max(3, min(6, height - 10)))
    }

    init(_ form: Form, metrics m: Metrics, glyphs: Glyphs) {
        for (i, field) in form.fields.enumerated() where !field.isHidden {
            let start = lines.count
            let focused = i == form.focus && form.phase == .editing
            let labelRole: StyleRole = form.problem?.field == field.label ? .error : focused ? .highlight : .overlay
            let label = StyledLine(glyphs.pad(field.label, to: m.labelWidth) + "  ", labelRole)
            add(field, label: label, focused: focused, today: form.today, metrics: m, glyphs: glyphs)
            ranges[i] = start..<lines.count
        }
    }

    /// The blank label column, for a field's second and later lines.
    private func indent(_ m: Metrics) -> StyledLine { StyledLine(String(repeating: " ", count: m.valueColumn), .overlay) }

    private mutating func add(_ field: FormField, label: StyledLine, focused: Bool, today: CivilDate, metrics m: Metrics,
                              glyphs: Glyphs) {
        switch field.kind {
        case .text(let t):
            addInput(t, width: m.valueWidth, label: label, focused: focused, note: placeholderNote(field), metrics: m, glyphs: glyphs)
        case .date(let t), .time(let t), .money(let t):
            let note = field.feedback(today: today) ?? placeholderNote(field)
            addInput(t, width: min(FormLayout.shortInputWidth, m.valueWidth), label: label, focused: focused, note: note,
                     metrics: m, glyphs: glyphs)
        case .comment(let editor):
            addComment(editor, field: field, label: label, focused: focused, metrics: m)
        case .choice(let picker):
            addChoice(picker, label: label, focused: focused, metrics: m, glyphs: glyphs)
        case .yesNo(let answer):
            var line = label
            line.append("[\(answer == true ? "x" : " ")] yes  [\(answer == false ? "x" : " ")] no", focused ? .input : .overlay)
            if focused { line.append("  y or n", .muted) }
            lines.append(line)
            if focused { cursor = (lines.count - 1, m.valueColumn + (answer == false ? 10 : 1)) }
        case .info(let text, let role):
            addWrapped(text, role: role, first: label, metrics: m)
        }
    }

    private func placeholderNote(_ field: FormField) -> (text: String, role: StyleRole)? {
        field.isBlank && !field.placeholder.isEmpty ? (field.placeholder, .muted) : nil
    }

    /// One input line; what the value means goes beside it when it fits, else on the lines below.
    private mutating func addInput(_ input: TextInput, width: Int, label: StyledLine, focused: Bool,
                                   note: (text: String, role: StyleRole)?, metrics m: Metrics, glyphs: Glyphs) {
        let (field, column) = input.line(width: width, showsCursor: focused)
        var line = label + field
        if focused { cursor = (lines.count, m.valueColumn + column) }
        guard let note else { lines.append(line); return }
        let room = m.valueWidth - width - 2
        if room >= DisplayWidth.of(note.text) {
            line.append("  " + note.text, note.role)
            lines.append(line)
        } else {
            lines.append(line)
            addWrapped(note.text, role: note.role, first: indent(m), metrics: m)
        }
    }

    private mutating func addComment(_ editor: CommentEditor, field: FormField, label: StyledLine, focused: Bool, metrics m: Metrics) {
        let wrapped = editor.lines(width: m.valueWidth)
        let (cursorLine, cursorColumn) = editor.cursorPosition(width: m.valueWidth)
        let rows = min(m.commentRows, max(3, wrapped.count))
        let top = max(0, min(cursorLine - rows + 1, wrapped.count - rows))
        for row in 0..<rows {
            let n = top + row
            let text = n < wrapped.count ? wrapped[n] : ""
            var line = row == 0 ? label : indent(m)
            let (shown, shownWidth) = DisplayWidth.prefix(text, fitting: m.valueWidth)
            line.append(shown, .input)
            if shownWidth < m.valueWidth { line.append(String(repeating: " ", count: m.valueWidth - shownWidth), .input) }
            lines.append(line)
            if focused && n == cursorLine {
                let column = min(cursorColumn, m.valueWidth - 1)
                cursor = (lines.count - 1, m.valueColumn + column)
                paintCursor(line: lines.count - 1, column: m.valueColumn + column)
            }
        }
        var count = "\(Format.count(editor.count)) of \(Format.count(editor.limit)) characters"
        if editor.isOverLimit { count += ": \(Format.count(editor.count - editor.limit)) too many" }
        if field.isBlank && !field.placeholder.isEmpty { count = field.placeholder + " " + "\u{00B7}" + " " + count }
        var line = indent(m)
        line.append(count, editor.isOverLimit ? .error : .muted)
        lines.append(line)
    }

    private mutating func addChoice(_ picker: ChoicePicker, label: StyledLine, focused: Bool, metrics m: Metrics, glyphs: Glyphs) {
        if picker.isInline {
            var line = label
            let value = picker.selected?.label ?? "choose"
            if focused {
                line.append("\(glyphs.previousValue) \(value) \(glyphs.nextValue)", .input)
                line.append("  " + EditingKeys.choiceHint, .muted)
                cursor = (lines.count, m.valueColumn + 2)
            } else {
                line.append(value, picker.selected == nil ? .muted : .overlay)
            }
            lines.append(line)
            return
        }
        guard focused else {
            var line = label
            if let chosen = picker.selected {
                line.append(chosen.label, .overlay)
            } else {
                line.append("choose from the list", .muted)
            }
            lines.append(line)
            return
        }
        let (filter, column) = picker.filter.line(width: m.valueWidth, prompt: "/ ")
        var first = label + filter
        if picker.filter.text.isEmpty {
            // The hint sits inside the empty filter, after the cursor, so the field keeps one line.
            first = label + StyledLine("/ ", .input)
            first.append(" ", .inputCursor)
            let hint = DisplayWidth.truncate("type to narrow the list", to: max(0, m.valueWidth - 3))
            first.append(hint, .muted)
            first.append(String(repeating: " ", count: max(0, m.valueWidth - 3 - DisplayWidth.of(hint))), .input)
        }
        cursor = (lines.count, m.valueColumn + column)
        lines.append(first)
        let rows = picker.rows(limit: m.listRows)
        if rows.isEmpty {
            var line = indent(m)
            line.append("Nothing matches \u{201C}\(picker.filter.text)\u{201D}; Backspace widens the list.", .warning)
            lines.append(line)
        }
        for row in rows {
            var line = indent(m)
            switch row {
            case .heading(let group):
                line.append(glyphs.truncate(group, to: m.valueWidth), .heading)
            case let .choice(choice, isSelected):
                let text = glyphs.pad("  " + choice.label, to: m.valueWidth)
                line.append(text, isSelected ? .selection : .overlay)
            }
            lines.append(line)
        }
    }

    private mutating func addWrapped(_ text: String, role: StyleRole, first: StyledLine, metrics m: Metrics) {
        let parts = WordWrap.lines(text, width: m.valueWidth)
        for (n, part) in (parts.isEmpty ? [""] : parts).enumerated() {
            var line = n == 0 ? first : indent(m)
            line.append(part, role)
            lines.append(line)
        }
    }

    /// Puts the cursor role on the character at `column` of an input run.
    private mutating func paintCursor(line: Int, column: Int) {
        var out = StyledLine()
        var x = 0
        for segment in lines[line].segments {
            let w = DisplayWidth.of(segment.text)
            guard column >= x && column < x + w, segment.role == .input else {
                out.segments.append(segment)
                x += w
                continue
            }
            let (head, _) = DisplayWidth.prefix(segment.text, fitting: column - x)
            let rest = segment.text.dropFirst(head.count)
            out.append(head, .input)
            out.append(rest.first.map(String.init) ?? " ", .inputCursor)
            out.append(String(rest.dropFirst()), .input)
            x += w
        }
        lines[line] = out
    }
}
