import ArrearsCore

/// The question asked before a letter request reaches the host: queue, bulk queue or cancel.
/// Nothing happens until the user says yes (`confirm` context: y or Enter, n or Esc).
struct LetterConfirmation {
    var title: String
    var question: String
    /// What the user should know before answering: recipients, local printing, what is left out.
    var details: [String]
    var request: LetterRequest

    func render(into grid: inout Grid, area: Rect, glyphs: Glyphs) -> (row: Int, column: Int) {
        LetterDialog.render(into: &grid, area: area, title: title, lead: question, details: details,
                            answers: [("y", "yes"), ("n", "no")], glyphs: glyphs)
    }
}

/// The question asked before a failed letter is marked reviewed: was it printed and posted locally,
/// or is it not to be sent? (`review` context: p, n, Esc.)
struct LetterReviewPrompt {
    var letter: LetterOnCase
    var description: String
    var problems: [String]

    func render(into grid: inout Grid, area: Rect, glyphs: Glyphs) -> (row: Int, column: Int) {
        LetterDialog.render(into: &grid, area: area, title: "Review a failed letter", lead: description,
                            details: problems.map { "! " + $0 },
                            answers: [("p", "printed and posted locally"), ("n", "not to be sent"), ("Esc", "leave it")],
                            glyphs: glyphs)
    }
}

/// A centred box: the question, its details, then the keys that answer it.
enum LetterDialog {
    static let width = 66

    static func render(into grid: inout Grid, area: Rect, title: String, lead: String, details: [String],
                       answers: [(key: String, label: String)], glyphs: Glyphs) -> (row: Int, column: Int) {
        // The frame shrinks on a narrow screen; the text wraps to what is left inside it.
        let textWidth = max(10, min(width, area.width - 2) - 4)
        var lines: [StyledLine] = WordWrap.lines(lead, width: textWidth).map { StyledLine($0, .overlay) }
        for detail in details {
            lines += WordWrap.lines(detail, width: textWidth).map { StyledLine($0, detail.hasPrefix("! ") ? .error : .muted) }
        }
        var answer = StyledLine()
        for (i, a) in answers.enumerated() {
            answer.append(a.key, .statusKey)
            answer.append(" \(a.label)" + (i == answers.count - 1 ? "" : "   "), .overlay)
        }
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
