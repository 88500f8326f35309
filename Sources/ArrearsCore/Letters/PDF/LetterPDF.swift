import Foundation

/// A stored letter's text as a PDF for GOV.UK Notify's precompiled letters (or for printing):
/// page one's rows go to Notify's zones (council name as a logo, sender and references at the
/// top right, the address in the window, the body from 95 mm), later pages' rows run down the
/// page. The text is the letter's text, character for character, in embedded DejaVu fonts.
public enum LetterPDF {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// `text` as stored on a letter: pages separated by form feeds, lines by line breaks.
    public static func make(text: String, title: String, fonts: LetterFonts) -> [UInt8] {
        make(pages: pages(of: text), title: title, fonts: fonts)
    }

    /// Many letters on every core, in order (a night's run, a bulk export).
    public static func makeAll(_ letters: [(text: String, title: String)], fonts: LetterFonts) -> [[UInt8]] {
        ParallelMap.map(count: letters.count) { i in make(text: letters[i].text, title: letters[i].title, fonts: fonts) }
    }

    /// A stored letter's pages and their lines (the one reader of the stored text's form feeds).
    public static func pages(of text: String) -> [[String]] {
        guard !text.isEmpty else { return [] }
        return text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            var lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if lines.last == "" { lines.removeLast() }
            return lines
        }
    }

    public static func make(pages: [[String]], title: String, fonts: LetterFonts) -> [UInt8] {
        let placed = pages.enumerated().map { index, rows in index == 0 ? pageOne(rows) : laterPage(rows) }
        return PDFTextPages.write(placed, title: title, fonts: fonts)
    }

    /// Checks Notify makes of a precompiled PDF that the writer cannot rule out by construction.
    public static func notifyProblems(pageCount: Int, byteCount: Int) -> [String] {
        var problems: [String] = []
        if pageCount > LetterPDFGeometry.maxPages {
            problems.append("The letter is \(pageCount) pages; GOV.UK Notify takes at most \(LetterPDFGeometry.maxPages)")
        }
        if byteCount > LetterPDFGeometry.maxBytes {
            problems.append("The PDF is \(byteCount / 1024) KB; GOV.UK Notify takes at most 2 MB")
        }
        return problems
    }

    static func pageOne(_ rows: [String]) -> [PlacedText] {
        let g = LetterPDFGeometry.self, rowsAt = LetterPageGeometry.self
        func row(_ r: Int) -> String { r < rows.count ? LetterText.trimmed(rows[r]) : "" }
        var placed: [PlacedText] = []
        let council = row(rowsAt.senderRows.lowerBound)
        if !council.isEmpty {
            placed.append(PlacedText(text: council, left: g.logoLeft, baseline: g.logoBaseline,
                                     size: PlacedText.fitted(council, size: g.logoSize, width: g.logoWidth)))
        }
        // Sender lines, a gap, the date and references, then any other row above the body.
        var senderLines = rowsAt.senderRows.dropFirst().map(row).filter { !$0.isEmpty }
        senderLines.append("")
        senderLines += rowsAt.referenceRows.map(row).filter { !$0.isEmpty }
        let zoned = Set(rowsAt.senderRows).union(rowsAt.addressRows).union(rowsAt.referenceRows)
        senderLines += (0..<rowsAt.firstBodyRowOnPageOne).filter { !zoned.contains($0) }.map(row).filter { !$0.isEmpty }
        for (i, line) in senderLines.enumerated() where !line.isEmpty {
            placed.append(PlacedText(text: line, left: g.senderLeft, baseline: g.senderFirstBaseline + Double(i) * g.senderLeading,
                                     size: PlacedText.fitted(line, size: g.senderSize, width: g.senderWidth)))
        }
        for (i, line) in rowsAt.addressRows.map(row).filter({ !$0.isEmpty }).enumerated() {
            placed.append(PlacedText(text: line, left: g.addressLeft, baseline: g.addressFirstBaseline + Double(i) * g.addressLeading,
                                     size: PlacedText.fitted(line, size: g.addressSize, width: g.addressWidth)))
        }
        for r in rowsAt.firstBodyRowOnPageOne..<max(rowsAt.firstBodyRowOnPageOne, rows.count) {
            placed += bodyLine(rows[r], baseline: g.pageOneFirstBaseline + Double(r - rowsAt.firstBodyRowOnPageOne) * g.bodyLeading)
        }
        return placed
    }

    static func laterPage(_ rows: [String]) -> [PlacedText] {
        let g = LetterPDFGeometry.self
        return rows.enumerated().flatMap { r, line in bodyLine(line, baseline: g.laterPagesFirstBaseline + Double(r) * g.bodyLeading) }
    }

    /// A body row keeps its columns: leading spaces become the x position.
    private static func bodyLine(_ line: String, baseline: Double) -> [PlacedText] {
        let g = LetterPDFGeometry.self
        var indent = 0
        for byte in line.utf8 { if byte == 0x20 { indent += 1 } else { break } }
        let text = String(line.dropFirst(indent))
        guard !LetterText.isBlank(text) else { return [] }
        return [PlacedText(text: text, left: g.bodyLeft + Double(indent) * PlacedText.cellWidth(size: g.bodySize),
                           baseline: baseline, size: g.bodySize)]
    }
}

/// One line of text at a place on the page, in millimetres from the top left, at a size in points.
struct PlacedText {
    var text: String
    var left: Double
    var baseline: Double
    var size: Double

    /// DejaVu Sans Mono's advance is 1233/2048 of the size; the cell width in millimetres.
    static func cellWidth(size: Double) -> Double { size * 1233.0 / 2048.0 * 25.4 / 72.0 }

    /// The size, at most `size`, at which the line fits `width` millimetres.
    static func fitted(_ text: String, size: Double, width: Double) -> Double {
        let columns = Double(DisplayWidth.of(text))
        guard columns > 0 else { return size }
        // Rounded down to a tenth of a point, so the fitted line never pokes past the zone.
        return min(size, (width / (columns * cellWidth(size: 1)) * 10).rounded(.down) / 10)
    }
}
