import Foundation

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
    static let pageBreakMarker = "[page break]"

    enum Block {
        case paragraph(String)
        case heading(String)
        case list([String])
        case verbatim([String])
        case pageBreak
    }

    static func blocks(_ body: String) -> [Block] {
        var out: [Block] = []
        var paragraph: [Substring] = []
        var list: [String] = []
        var verbatim: [String] = []
        func flush() {
            if !paragraph.isEmpty { out.append(.paragraph(paragraph.joined(separator: " "))); paragraph = [] }
            if !list.isEmpty { out.append(.list(list)); list = [] }
            if !verbatim.isEmpty { out.append(.verbatim(verbatim)); verbatim = [] }
        }
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if raw.hasPrefix("|") {
                if verbatim.isEmpty { flush() }
                var text = raw.dropFirst()
                if text.hasPrefix(" ") { text = text.dropFirst() }
                verbatim.append(String(text))
            } else if line.isEmpty {
                flush()
            } else if line == pageBreakMarker {
                flush(); out.append(.pageBreak)
            } else if line.hasPrefix("# ") {
                flush(); out.append(.heading(String(line.dropFirst(2))))
            } else if line.hasPrefix("- ") {
                if list.isEmpty { flush() }
                list.append(String(line.dropFirst(2)))
            } else if !list.isEmpty {
                list[list.count - 1] += " " + line    // a continuation of the last item
            } else {
                if !verbatim.isEmpty { flush() }
                paragraph.append(Substring(line))
            }
        }
        flush()
        return out
    }

    /// A block's lines in the pieces pagination may not split: a form's rows between blank
    /// lines; for text, each line is its own piece.
    static func pieces(of block: Block, width: Int) -> [[String]] {
        guard case .verbatim(let rows) = block else { return lines(of: block, width: width).map { [$0] } }
        var out: [[String]] = []
        var current: [String] = []
        for row in rows {
            if row.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { out.append(current); current = [] }
            } else {
                current.append(row)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// How many lines must share a page with the start of a block: a block of up to 6 lines
    /// whole (longer ones may split, leaving at least two lines at the foot of a page), and a
    /// heading with the start of what follows it.
    static func keepTogether(_ block: Block, followedBy next: Block?, width: Int) -> Int {
        func leading(_ b: Block) -> Int {
            let whole = lines(of: b, width: width).count
            if whole <= 6 { return whole }
            // A long form may break at its blank lines; its first piece stays whole if small.
            if case .verbatim = b, let first = pieces(of: b, width: width).first, first.count <= 6 { return first.count }
            return 2
        }
        guard case .heading = block else { return leading(block) }
        let following = next.map(leading) ?? 0
        return leading(block) + (following > 0 ? 1 + following : 0)
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
    /// line is split.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentCount = 0
        for unit in unbreakableUnits(text.split(separator: " ")) {
            var word = Substring(unit)
            while word.count > width {
                if currentCount > 0 { lines.append(current); current = ""; currentCount = 0 }
                lines.append(String(word.prefix(width)))
                word = word.dropFirst(width)
            }
            let n = word.count
            if n == 0 { continue }
            if currentCount == 0 {
                current = String(word); currentCount = n
            } else if currentCount + 1 + n <= width {
                current += " "; current += word; currentCount += 1 + n
            } else {
                lines.append(current); current = String(word); currentCount = n
            }
        }
        if currentCount > 0 { lines.append(current) }
        return lines
    }

    /// A form line as written; if data made it too long, wrapped with its continuation indented.
    static func fitted(_ line: String, width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let indent = String(line.prefix { $0 == " " })
        let hanging = indent + "  "
        let parts = wrap(String(line.dropFirst(indent.count)), width: width - hanging.count)
        return parts.enumerated().map { ($0.offset == 0 ? indent : hanging) + $0.element }
    }

    /// Words joined where a line must not break: a day and its month, a month and its year.
    static func unbreakableUnits(_ words: [Substring]) -> [String] {
        var units: [String] = []
        var previous: Substring = ""
        for word in words {
            let joins = (isDayNumber(previous) && monthNames.contains(word)) || (monthNames.contains(previous) && isYear(word))
            if joins, !units.isEmpty { units[units.count - 1] += " " + word } else { units.append(String(word)) }
            previous = word
        }
        return units
    }

    private static let monthNames = Set(CivilDate.monthNames.map { Substring($0) })
    private static func isDayNumber(_ w: Substring) -> Bool { (1...2).contains(w.count) && w.allSatisfy(isDigit) }
    private static func isDigit(_ c: Character) -> Bool { c >= "0" && c <= "9" }
    private static func isYear(_ w: Substring) -> Bool {
        let digits = w.prefix(while: isDigit)
        return digits.count == 4 && w.dropFirst(4).allSatisfy { ".,;:)".contains($0) }
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

        let all = blocks(body)
        for (index, block) in all.enumerated() {
            if case .pageBreak = block { newPage(); continue }
            let chunks = pieces(of: block, width: g.width)
            if chunks.isEmpty { continue }
            let next = index + 1 < all.count ? all[index + 1] : nil
            if bodyOnPage && 1 + keepTogether(block, followedBy: next, width: g.width) > room() { newPage() }
            if bodyOnPage { put("") }
            for (n, chunk) in chunks.enumerated() {
                if n > 0, case .verbatim = block, bodyOnPage {
                    if 1 + min(chunk.count, 6) > room() { newPage() } else { put("") }
                }
                chunk.forEach(put)
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
        let gap = max(1, width - left.count - right.count)
        return left + String(repeating: " ", count: gap) + right
    }

    static func rightAligned(_ text: String, width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    private static func trimTrailing(_ s: String) -> String {
        guard s.last == " " else { return s }
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
