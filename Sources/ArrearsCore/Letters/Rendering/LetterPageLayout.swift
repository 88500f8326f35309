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
        case .paragraph(let text), .heading(let text): return LetterLineWrap.wrap(text, width: width)
        case .list(let items):
            return items.flatMap { item in
                LetterLineWrap.wrap(item, width: width - 2).enumerated().map { ($0.offset == 0 ? "• " : "  ") + $0.element }
            }
        case .verbatim(let lines): return lines.flatMap { LetterLineWrap.fitted($0, width: width) }
        case .pageBreak: return []
        }
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
        let gap = max(1, width - DisplayWidth.of(left) - DisplayWidth.of(right))
        return left + LetterText.spaces(gap) + right
    }

    static func rightAligned(_ text: String, width: Int) -> String {
        let n = DisplayWidth.of(text)
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
