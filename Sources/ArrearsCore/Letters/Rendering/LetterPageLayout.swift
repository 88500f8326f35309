/// The printed page, in lines and columns of monospaced text: an A4 page at 6 lines to the
/// inch is 66 lines; the printable width between Notify's 15 mm margins is 70 columns.
/// Page one keeps Notify's zones: the sender block at the top, the address in the window
/// (about 40 to 66 mm down, 25 mm in), and the body from 95 mm down.
public enum LetterPageGeometry {
    public static let linesPerPage = 66
    public static let width = 70
    public static let senderRows = 0..<8
    public static let addressRows = 9..<16
    public static let addressIndent = 4
    public static let referenceRows = 17..<20
    public static let firstBodyRowOnPageOne = 21
    /// Body text stops here; a blank row, then the footer on the last row.
    public static let bodyRowLimit = 64
}

/// Lays a filled-in template body out as pages. Body markup, one block per paragraph:
/// a blank line separates blocks; `# ` starts a heading (kept with what follows); `- ` a list
/// item; `|` a line printed exactly as written (forms and tables); `[page break]` starts a new page.
enum LetterPageLayout {

    enum Block {
        case paragraph(String)
        case heading(String)
        case list([String])
        case verbatim([String])
        case pageBreak
    }

    static let pageBreakMarker: StaticString = "[page break]"

    static func blocks(_ body: String) -> [Block] {
        var body = body
        return body.withUTF8 { bytes in
            var out: [Block] = []
            var paragraph: [UInt8] = []
            var list: [String] = []
            var verbatim: [String] = []
            func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
            func flush() {
                if !paragraph.isEmpty { out.append(.paragraph(String(decoding: paragraph, as: UTF8.self))); paragraph.removeAll() }
                if !list.isEmpty { out.append(.list(list)); list = [] }
                if !verbatim.isEmpty { out.append(.verbatim(verbatim)); verbatim = [] }
            }
            // Markup is ASCII, so lines are found and classified on UTF-8 bytes: much cheaper than
            // comparing Characters, and this runs for every letter of a 20,000-letter run.
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                var first = lineStart, last = lineEnd
                while first < last && (bytes[first] == 0x20 || bytes[first] == 0x09) { first += 1 }
                while last > first && (bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09) { last -= 1 }
                let line = first..<last
                func starts(with marker: StaticString) -> Bool {
                    marker.withUTF8Buffer { m in line.count >= m.count && bytes[first..<(first + m.count)].elementsEqual(m) }
                }
                if lineStart < bytes.count && bytes[lineStart] == UInt8(ascii: "|") {
                    if verbatim.isEmpty { flush() }
                    var from = lineStart + 1
                    if from < lineEnd && bytes[from] == 0x20 { from += 1 }
                    verbatim.append(text(from..<lineEnd))
                } else if line.isEmpty {
                    flush()
                } else if starts(with: pageBreakMarker) && line.count == pageBreakMarker.utf8CodeUnitCount {
                    flush(); out.append(.pageBreak)
                } else if starts(with: "# ") {
                    flush(); out.append(.heading(text((first + 2)..<last)))
                } else if starts(with: "- ") {
                    if list.isEmpty { flush() }
                    list.append(text((first + 2)..<last))
                } else if !list.isEmpty {
                    list[list.count - 1] += " " + text(line)    // a continuation of the last item
                } else {
                    if !verbatim.isEmpty { flush() }
                    if !paragraph.isEmpty { paragraph.append(0x20) }
                    paragraph.append(contentsOf: bytes[line])
                }
            }
            flush()
            return out
        }
    }

    /// A block with its printed lines, worked out once, and the pieces pagination may not
    /// split: a form's rows between its blank lines; for text, each line is its own piece.
    struct LaidBlock {
        var block: Block
        var lines: [String]
        var pieces: [[String]]
        var isForm: Bool
    }

    static func lay(_ block: Block, width: Int) -> LaidBlock {
        let lines = lines(of: block, width: width)
        guard case .verbatim = block else { return LaidBlock(block: block, lines: lines, pieces: lines.map { [$0] }, isForm: false) }
        var pieces: [[String]] = []
        var current: [String] = []
        for row in lines {
            if trimmed(Substring(row)).isEmpty {
                if !current.isEmpty { pieces.append(current); current = [] }
            } else {
                current.append(row)
            }
        }
        if !current.isEmpty { pieces.append(current) }
        return LaidBlock(block: block, lines: lines, pieces: pieces, isForm: true)
    }

    /// How many lines must share a page with the start of a block: a block of up to 6 lines
    /// whole (longer ones may split, leaving at least two lines at the foot of a page), and a
    /// heading with the start of what follows it.
    static func keepTogether(_ laid: LaidBlock, followedBy next: LaidBlock?) -> Int {
        func leading(_ b: LaidBlock) -> Int {
            if b.lines.count <= 6 { return b.lines.count }
            // A long form may break at its blank lines; its first piece stays whole if small.
            if b.isForm, let first = b.pieces.first, first.count <= 6 { return first.count }
            return 2
        }
        guard case .heading = laid.block else { return leading(laid) }
        let following = next.map(leading) ?? 0
        return leading(laid) + (following > 0 ? 1 + following : 0)
    }

    static func lines(of block: Block, width: Int) -> [String] {
        switch block {
        case .paragraph(let text), .heading(let text): return wrap(text, width: width)
        case .list(let items):
            return items.flatMap { item in
                wrap(item, width: width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
            }
        case .verbatim(let lines): return lines.flatMap { fitted($0, width: width) }
        case .pageBreak: return []
        }
    }

    /// Greedy word wrap that never breaks inside a date ("4 June 2026"); a word longer than the
    /// line is split. Runs of spaces count as one. Works on UTF-8 bytes, because it runs for
    /// every paragraph of every letter in a 20,000-letter run.
    static func wrap(_ text: String, width: Int) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var line: [UInt8] = []
            line.reserveCapacity(width * 2)
            var lineColumns = 0
            func finishLine() {
                if lineColumns > 0 { lines.append(String(decoding: line, as: UTF8.self)) }
                line.removeAll(keepingCapacity: true); lineColumns = 0
            }
            for unit in unbreakableUnits(bytes) {
                if unit.columns > width {
                    finishLine()
                    var unitBytes: [UInt8] = []
                    unit.append(to: &unitBytes, from: bytes)
                    var rest = Substring(String(decoding: unitBytes, as: UTF8.self))
                    while TextColumns.count(rest) > width { lines.append(String(rest.prefix(width))); rest = rest.dropFirst(width) }
                    line = Array(rest.utf8); lineColumns = TextColumns.count(rest)
                    continue
                }
                if lineColumns > 0 && lineColumns + 1 + unit.columns > width { finishLine() }
                if lineColumns > 0 { line.append(UInt8(ascii: " ")); lineColumns += 1 }
                unit.append(to: &line, from: bytes)
                lineColumns += unit.columns
            }
            finishLine()
            return lines
        }
    }

    /// A form line as written; if data made it too long, wrapped with its continuation indented.
    static func fitted(_ line: String, width: Int) -> [String] {
        guard TextColumns.count(Substring(line)) > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let hanging = indent + "  "
        let parts = wrap(String(line.dropFirst(indent.count)), width: width - hanging.count)
        return parts.enumerated().map { ($0.offset == 0 ? indent : hanging) + $0.element }
    }

    /// A word, or words joined where a line must not break (a day and its month, a month and its
    /// year), as a byte range of the text. `columns` counts one space between joined words.
    struct Unit {
        var start: Int
        var end: Int
        var columns: Int
        var joined: Bool

        /// Appends the unit's bytes, printing any run of spaces inside a joined unit as one.
        func append(to line: inout [UInt8], from text: UnsafeBufferPointer<UInt8>) {
            guard joined else { line.append(contentsOf: text[start..<end]); return }
            for i in start..<end where !(text[i] == UInt8(ascii: " ") && text[i - 1] == UInt8(ascii: " ")) {
                line.append(text[i])
            }
        }
    }

    static func unbreakableUnits(_ bytes: UnsafeBufferPointer<UInt8>) -> [Unit] {
        var units: [Unit] = []
        var previous = 0..<0
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: " ") { i += 1; continue }
            var end = i
            var ascii = true
            while end < bytes.count && bytes[end] != UInt8(ascii: " ") { if bytes[end] >= 0x80 { ascii = false }; end += 1 }
            let word = bytes[i..<end]
            let columns = ascii ? word.count : TextColumns.count(Substring(String(decoding: word, as: UTF8.self)))
            let last = bytes[previous]
            if !units.isEmpty, (isDayNumber(last) && isMonth(word)) || (isYear(word) && isMonth(last)) {
                units[units.count - 1].end = end
                units[units.count - 1].columns += 1 + columns
                units[units.count - 1].joined = true
            } else {
                units.append(Unit(start: i, end: end, columns: columns, joined: false))
            }
            previous = i..<end
            i = end
        }
        return units
    }

    private static let monthBytes = CivilDate.monthNames.map { Array($0.utf8) }
    private static func isMonth(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { monthBytes.contains { $0.elementsEqual(w) } }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isDayNumber(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool { (1...2).contains(w.count) && w.allSatisfy(isDigit) }
    /// Four digits, perhaps followed by punctuation ("2026," or "2026.").
    private static func isYear(_ w: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        w.count >= 4 && w.prefix(4).allSatisfy(isDigit) && w.dropFirst(4).allSatisfy { ".,;:)".utf8.contains($0) }
    }

    /// Pages of exactly `linesPerPage` lines: page one starts with `firstPageTop` (the sender,
    /// address and reference rows), and every page ends with a footer and "Page n of m".
    static func paginate(firstPageTop: [String], body: String, footer: String) -> [[String]] {
        let g = LetterPageGeometry.self
        var pages: [[String]] = [Array(firstPageTop.prefix(g.firstBodyRowOnPageOne))]
        while pages[0].count < g.firstBodyRowOnPageOne { pages[0].append("") }
        var bodyOnPage = false
        func newPage() { pages.append([]); bodyOnPage = false }
        func room() -> Int { g.bodyRowLimit - pages[pages.count - 1].count }

        func put(_ line: String) {
            if room() <= 0 { newPage() }
            pages[pages.count - 1].append(line)
            bodyOnPage = true
        }

        let laid = blocks(body).map { lay($0, width: g.width) }
        for (index, block) in laid.enumerated() {
            if case .pageBreak = block.block { newPage(); continue }
            if block.pieces.isEmpty { continue }
            let next = index + 1 < laid.count ? laid[index + 1] : nil
            if bodyOnPage && 1 + keepTogether(block, followedBy: next) > room() { newPage() }
            if bodyOnPage { put("") }
            for (n, piece) in block.pieces.enumerated() {
                if n > 0 && block.isForm && bodyOnPage {
                    if 1 + min(piece.count, 6) > room() { newPage() } else { put("") }
                }
                piece.forEach(put)
            }
        }
        let total = pages.count
        return pages.enumerated().map { number, page in
            var lines = page
            while lines.count < g.linesPerPage - 1 { lines.append("") }
            lines.append(spread(footer, "Page \(number + 1) of \(total)", width: g.width))
            return lines.map(trimTrailing)
        }
    }

    /// Left text and right text on one line of the given width.
    static func spread(_ left: String, _ right: String, width: Int) -> String {
        let gap = max(1, width - TextColumns.count(Substring(left)) - TextColumns.count(Substring(right)))
        return left + LetterText.spaces(gap) + right
    }

    static func rightAligned(_ text: String, width: Int) -> String {
        let n = TextColumns.count(Substring(text))
        return n >= width ? text : LetterText.spaces(width - n) + text
    }

    /// Spaces and tabs off both ends, found on UTF-8 bytes.
    static func trimmed(_ s: Substring) -> Substring {
        let bytes = s.utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return s[s.endIndex...] }
        return Substring(bytes[first...last])
    }

    private static func trimTrailing(_ s: String) -> String {
        guard s.last == " " else { return s }
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}

/// Columns a piece of text takes in the monospaced layout: one per character, found cheaply.
enum TextColumns {
    static func count(_ s: Substring) -> Int {
        var ascii = true
        for byte in s.utf8 where byte >= 0x80 { ascii = false; break }
        if ascii { return s.utf8.count }
        var n = 0
        // Nothing below U+0300 (where combining marks start) is zero-width: skip the lookup.
        for scalar in s.unicodeScalars where scalar.value < 0x300 || !isZeroWidth(scalar) { n += 1 }
        return n
    }

    /// Combining marks, joiners and variation selectors add no column of their own.
    private static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return s.value == 0x200D || (0xFE00...0xFE0F).contains(s.value)
        }
    }
}
