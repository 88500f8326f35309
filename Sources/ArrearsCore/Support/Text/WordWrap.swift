/// The one word wrap, by display width (`DisplayWidth`), for screens, letters and the comment editor.
/// Greedy: a line takes words while they fit; a word longer than the line is broken where it must
/// be. Words are separated by spaces; a line end in the text (LF or CRLF) always starts a new line.
/// It works on UTF-8 bytes with integer offsets, because it runs for every paragraph of every letter
/// in a 20,000-letter run; pure-ASCII words (most of them) are measured by their length.
public enum WordWrap {
    /// One word's bytes, as `keepTogether` sees it.
    public typealias Word = Slice<UnsafeBufferPointer<UInt8>>

    /// Lines for showing or printing: runs of spaces between words print as one space, spaces at the
    /// ends of lines are dropped, and an empty paragraph is an empty line. `keepTogether(previous,
    /// word)` names places a line must not break (a letter keeps "4 June 2026" whole).
    public static func lines(_ text: String, width: Int, keepTogether: ((Word, Word) -> Bool)? = nil) -> [String] {
        guard width > 0 else { return [] }
        var out: [String] = []
        var contiguous = text
        contiguous.withUTF8 { bytes in
            for paragraph in paragraphs(bytes) {
                layout(bytes, paragraph, width: width, keepSpaces: false, keepTogether: keepTogether) {
                    out.append(String(decoding: $0.bytes, as: UTF8.self))
                }
            }
        }
        return out
    }

    /// Where each line starts when every character stays in place, for an editor: a space that
    /// reaches the edge hangs at the end of its line, so spaces never start a line (except the
    /// paragraph's own leading ones), and runs of spaces keep their width.
    public static func lineStarts(_ text: String, width: Int) -> [String.Index] {
        guard width > 0 else { return [text.startIndex] }
        var offsets: [Int] = []
        var contiguous = text
        contiguous.withUTF8 { bytes in
            for paragraph in paragraphs(bytes) {
                layout(bytes, paragraph, width: width, keepSpaces: true, keepTogether: nil) { offsets.append($0.start) }
            }
        }
        return offsets.map { text.utf8.index(text.startIndex, offsetBy: $0) }
    }

    struct Line {
        /// Byte offset in the text where the line starts.
        var start: Int
        var bytes: [UInt8]
    }

    /// A word, or words joined where the line must not break, as a byte range, with the columns of
    /// the spaces before it.
    struct Unit {
        var start: Int
        var end: Int
        var gap: Int
        var columns: Int
        var joined: Bool

        /// Appends the unit's bytes, printing any run of spaces inside a joined unit as one.
        func append(to line: inout [UInt8], from text: UnsafeBufferPointer<UInt8>) {
            guard joined else { line.append(contentsOf: text[start..<end]); return }
            for i in start..<end where !(text[i] == 0x20 && text[i - 1] == 0x20) { line.append(text[i]) }
        }
    }

    /// The byte ranges between line ends (LF, or CRLF without its CR).
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in 0..<bytes.count where bytes[i] == 0x0A {
            out.append(start..<(i > start && bytes[i - 1] == 0x0D ? i - 1 : i))
            start = i + 1
        }
        out.append(start..<bytes.count)
        return out
    }

    private static func layout(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>, width: Int, keepSpaces: Bool,
                               keepTogether: ((Word, Word) -> Bool)?, emit: (Line) -> Void) {
        var line = Line(start: paragraph.lowerBound, bytes: [])
        line.bytes.reserveCapacity(width + 8)
        var used = 0
        var hasContent = false
        for (n, unit) in units(bytes, paragraph, keepTogether: keepTogether).enumerated() {
            // Collapsed spaces count one between words; kept spaces count as they are, leading ones too.
            var gap = keepSpaces ? unit.gap : (hasContent ? 1 : 0)
            if n == 0 && keepSpaces { hasContent = gap > 0 }
            if hasContent && used + gap + unit.columns > width {
                emit(line)
                line.start = unit.start
                line.bytes.removeAll(keepingCapacity: true)
                used = 0; hasContent = false; gap = 0
            }
            if !hasContent && gap == 0 && unit.columns > width {
                var unitBytes: [UInt8] = []
                unit.append(to: &unitBytes, from: bytes)
                var rest = Substring(String(decoding: unitBytes, as: UTF8.self))
                var offset = unit.start
                while DisplayWidth.of(rest) > width {
                    var (head, _) = DisplayWidth.prefix(rest, fitting: width)
                    if head.isEmpty, let first = rest.first { head = String(first) } // wider than the line
                    line.bytes = Array(head.utf8)
                    emit(line)
                    rest = rest.dropFirst(head.count)
                    offset += head.utf8.count
                    line.start = offset
                }
                line.bytes = Array(rest.utf8)
                used = DisplayWidth.of(rest)
            } else {
                if hasContent && !keepSpaces { line.bytes.append(0x20) }
                unit.append(to: &line.bytes, from: bytes)
                used += gap + unit.columns
            }
            hasContent = true
        }
        emit(line)
    }

    /// The paragraph's units: words split at spaces, joined where `keepTogether` says so.
    private static func units(_ bytes: UnsafeBufferPointer<UInt8>, _ paragraph: Range<Int>,
                              keepTogether: ((Word, Word) -> Bool)?) -> [Unit] {
        var units: [Unit] = []
        var previous: Range<Int>?
        var i = paragraph.lowerBound
        let limit = paragraph.upperBound
        while i < limit {
            var gap = 0
            while i < limit && bytes[i] == 0x20 { gap += 1; i += 1 }
            guard i < limit else { break }
            var end = i
            var ascii = true
            while end < limit && bytes[end] != 0x20 {
                if bytes[end] >= 0x80 || bytes[end] < 0x20 || bytes[end] == 0x7F { ascii = false }
                end += 1
            }
            let columns = ascii ? end - i : DisplayWidth.of(String(decoding: bytes[i..<end], as: UTF8.self))
            if let previous, let keepTogether, !units.isEmpty, keepTogether(bytes[previous], bytes[i..<end]) {
                units[units.count - 1].end = end
                units[units.count - 1].columns += 1 + columns
                units[units.count - 1].joined = true
            } else {
                units.append(Unit(start: i, end: end, gap: gap, columns: columns, joined: false))
            }
            previous = i..<end
            i = end
        }
        return units
    }
}
