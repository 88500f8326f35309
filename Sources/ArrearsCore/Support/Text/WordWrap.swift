/// The one word wrap, by display width (`DisplayWidth`), for screens, letters and the comment editor.
/// Greedy: a line takes words while they fit; a word longer than the line is broken where it must
/// be. Words are separated by spaces; explicit line breaks ("\n") always start a new line.
public enum WordWrap {
    /// Lines for showing or printing: runs of spaces between words print as one space, spaces at the
    /// ends of lines are dropped, and an empty paragraph is an empty line. `keepTogether(previous,
    /// word)` names places a line must not break (a letter keeps "4 June 2026" whole).
    public static func lines(_ text: String, width: Int,
                             keepTogether: ((Substring, Substring) -> Bool)? = nil) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        for paragraph in paragraphs(text) {
            layout(paragraph, width: width, keepSpaces: false, keepTogether: keepTogether) { out.append($0.text) }
        }
        return out
    }

    /// Where each line starts when every character stays in place, for an editor: a space that
    /// reaches the edge hangs at the end of its line, so spaces never start a line (except the
    /// paragraph's own leading ones), and runs of spaces keep their width.
    public static func lineStarts(_ text: String, width: Int) -> [String.Index] {
        guard width > 0 else { return [text.startIndex] }
        var out: [String.Index] = []
        for paragraph in paragraphs(text) {
            layout(paragraph, width: width, keepSpaces: true, keepTogether: nil) { out.append($0.start) }
        }
        return out
    }

    /// "\r\n" is one Character in Swift, so both line ends are named.
    static func paragraphs(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    }

    struct Line {
        var start: String.Index
        var text: String
    }

    /// A word, or words joined where the line must not break, with the columns of the spaces before it.
    struct Unit {
        var start: String.Index
        var end: String.Index
        var gap: Int
        var columns: Int
        var joined: Bool

        func text(in p: Substring) -> Substring {
            joined ? Substring(p[start..<end].split(separator: " ").joined(separator: " ")) : p[start..<end]
        }
    }

    private static func layout(_ p: Substring, width: Int, keepSpaces: Bool,
                               keepTogether: ((Substring, Substring) -> Bool)?, emit: (Line) -> Void) {
        var line = Line(start: p.startIndex, text: "")
        var used = 0
        var hasContent = false
        for (n, unit) in units(p, keepTogether: keepTogether).enumerated() {
            // Collapsed spaces count one between words; kept spaces count as they are, leading ones too.
            var gap = keepSpaces ? unit.gap : (hasContent ? 1 : 0)
            if n == 0 && keepSpaces { hasContent = gap > 0 }
            if hasContent && used + gap + unit.columns > width {
                emit(line)
                line = Line(start: unit.start, text: "")
                used = 0; hasContent = false; gap = 0
            }
            if !hasContent && gap == 0 && unit.columns > width {
                var rest = unit.text(in: p)
                while DisplayWidth.of(rest) > width {
                    var (head, _) = DisplayWidth.prefix(rest, fitting: width)
                    if head.isEmpty, let first = rest.first { head = String(first) } // wider than the line
                    line.text = head
                    emit(line)
                    rest = rest.dropFirst(head.count)
                    line = Line(start: rest.startIndex, text: "")
                }
                line.text = String(rest)
                used = DisplayWidth.of(rest)
            } else {
                if hasContent && !keepSpaces { line.text += " " }
                line.text += unit.text(in: p)
                used += gap + unit.columns
            }
            hasContent = true
        }
        emit(line)
    }

    /// The paragraph's units: words split at spaces, joined where `keepTogether` says so.
    private static func units(_ p: Substring, keepTogether: ((Substring, Substring) -> Bool)?) -> [Unit] {
        var units: [Unit] = []
        let bytes = p.utf8
        var i = bytes.startIndex
        var previousWord: Substring?
        while i < bytes.endIndex {
            var gap = 0
            while i < bytes.endIndex && bytes[i] == 0x20 { gap += 1; i = bytes.index(after: i) }
            guard i < bytes.endIndex else { break }
            let end = bytes[i...].firstIndex(of: 0x20) ?? bytes.endIndex
            let word = p[i..<end]
            let columns = DisplayWidth.of(word)
            if let previousWord, let keepTogether, !units.isEmpty, keepTogether(previousWord, word) {
                units[units.count - 1].end = end
                units[units.count - 1].columns += 1 + columns
                units[units.count - 1].joined = true
            } else {
                units.append(Unit(start: i, end: end, gap: gap, columns: columns, joined: false))
            }
            previousWord = word
            i = end
        }
        return units
    }
}
