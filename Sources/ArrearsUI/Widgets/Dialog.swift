import ArrearsCore

/// A centred box: a question, what to know before answering, then the keys that answer it.
enum Dialog {
    /// One answer: the keys that give it (from the keymap) and what it means.
    struct Answer {
        var keys: [String]
        var label: String
    }

    /// The yes/no answers of the `confirm` context in the user's keys: `y yes   n or Esc no`.
    static func yesNo(_ keymap: Keymap, no: String) -> [Answer] {
        [Answer(keys: Array(keymap.keyNames(for: .confirmYes, in: .confirm).prefix(1)), label: "yes"),
         Answer(keys: keymap.keyNames(for: .confirmNo, in: .confirm) + Array(keymap.keyNames(for: .back, in: .confirm).prefix(1)),
                label: no)]
    }

    /// `y yes   n or Esc no`.
    static func answerLine(_ answers: [Answer]) -> StyledLine {
        var line = StyledLine()
        for (i, a) in answers.enumerated() {
            for (k, key) in a.keys.enumerated() {
                if k > 0 { line.append(" or ", .overlay) }
                line.append(key, .statusKey)
            }
            line.append(" \(a.label)" + (i == answers.count - 1 ? "" : "   "), .overlay)
        }
        return line
    }

    static func render(into grid: inout Grid, area: Rect, title: String, width: Int, lead: String, details: [String],
                       answers: [Answer], glyphs: Glyphs) -> Cursor {
        // The frame shrinks on a narrow screen; the text wraps to what is left inside it.
        let textWidth = max(10, min(width, area.width - 2) - 4)
        var lines: [StyledLine] = WordWrap.lines(lead, width: textWidth).map { StyledLine($0, .overlay) }
        for detail in details {
            lines += WordWrap.lines(detail, width: textWidth).map { StyledLine($0, detail.hasPrefix("! ") ? .error : .muted) }
        }
        let answer = answerLine(answers)
        let rect = Overlay.frame(in: area, width: width, height: lines.count + 4)
        let inner = Overlay.draw(into: &grid, rect: rect, title: title, glyphs: glyphs)
        // The answer keys always show; long details give way to them.
        let room = max(0, inner.height - 2)
        for (i, line) in lines.prefix(room).enumerated() {
            grid.draw(line, row: inner.y + i, column: inner.x, width: inner.width)
        }
        if inner.height >= 1 { grid.draw(answer, row: inner.maxY - 1, column: inner.x, width: inner.width) }
        return (inner.y, inner.x)
    }
}
