import ArrearsCore

/// A letter's pages as a screen shows them: each page framed, 70 columns wide exactly as printed,
/// centred when the screen is wider. A narrower screen cuts the right of the page (the frame shows
/// where), never rewraps it, so what is seen is what will print.
enum LetterPages {
    /// A page and its frame.
    static let framedWidth = LetterPageGeometry.width + 4

    /// The printed pages of a stored letter's text (pages end at form feeds).
    static func pages(ofStoredText text: String) -> [[String]] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    /// - Parameter limit: show only the first pages (a glimpse, as beside the bulk results).
    static func lines(_ pages: [[String]], width: Int, glyphs: Glyphs, limit: Int? = nil) -> [StyledLine] {
        let boxWidth = min(framedWidth, width)
        let margin = StyledLine(String(repeating: " ", count: max(0, (width - boxWidth) / 2)))
        var out: [StyledLine] = []
        for (n, page) in pages.prefix(limit ?? pages.count).enumerated() {
            if n > 0 { out.append(.empty) }
            let content = page.map { StyledLine($0) }
            for line in Box.lines(title: "Page \(n + 1) of \(pages.count)", content: content, width: boxWidth, glyphs: glyphs,
                                  border: .border, fill: .normal) {
                out.append(margin + line)
            }
        }
        return out
    }
}

/// A verdict's problems, one line per field, for previews and the review prompt: "Court date  Court
/// date is missing". Messages wrap under themselves.
enum LetterProblemLines {
    static func lines(_ problems: [LetterProblem], width: Int, indent: Int = 2) -> [StyledLine] {
        let fieldWidth = min(24, problems.map { DisplayWidth.of($0.field) }.max() ?? 0)
        let textWidth = max(10, width - indent - fieldWidth - 2)
        var out: [StyledLine] = []
        for p in problems {
            for (i, part) in WordWrap.lines(p.message, width: textWidth).enumerated() {
                var line = StyledLine(String(repeating: " ", count: indent))
                line.append(DisplayWidth.pad(i == 0 ? p.field : "", to: fieldWidth) + "  ", .heading)
                line.append(part, .error)
                out.append(line)
            }
        }
        return out
    }
}
