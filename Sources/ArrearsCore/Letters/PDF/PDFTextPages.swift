import Foundation

/// Writes pages of placed text as a PDF: each character is a glyph of the monospaced font, or
/// of the fallback font when the monospaced one lacks it (then placed in its own cell), and
/// combining marks that do not compose share the previous character's cell.
enum PDFTextPages {
    private enum Face { case primary, fallback }

    private struct Run {
        var face: Face
        var column: Int
        var glyphs: [UInt16]
    }

    private static let pointsPerMillimetre = 72.0 / 25.4
    private static let pageWidth = LetterPDFGeometry.pageWidth * pointsPerMillimetre
    private static let pageHeight = LetterPDFGeometry.pageHeight * pointsPerMillimetre

    static func write(_ pages: [[PlacedText]], title: String, fonts: LetterFonts) -> [UInt8] {
        var primaryUsed = Set<Unicode.Scalar>(), fallbackUsed = Set<Unicode.Scalar>()
        let laidPages: [[(PlacedText, [Run])]] = pages.map { page in
            page.map { placed in (placed, runs(placed.text, fonts: fonts, primaryUsed: &primaryUsed, fallbackUsed: &fallbackUsed)) }
        }

        var pdf = PDFWriter()
        let catalog = pdf.reserve(), pageTree = pdf.reserve(), info = pdf.reserve()
        let primaryFont = fonts.primarySubset(for: primaryUsed).write(into: &pdf)
        let fallbackFont = fallbackUsed.isEmpty ? nil : fonts.fallbackSubset(for: fallbackUsed).write(into: &pdf)
        let fontResources = "/F1 \(primaryFont) 0 R" + (fallbackFont.map { " /F2 \($0) 0 R" } ?? "")

        var pageObjects: [Int] = []
        for page in laidPages {
            let pageObject = pdf.reserve(), content = pdf.reserve()
            pageObjects.append(pageObject)
            pdf.object(pageObject, "<< /Type /Page /Parent \(pageTree) 0 R /MediaBox [0 0 \(PDFWriter.number(pageWidth)) \(PDFWriter.number(pageHeight))]"
                       + " /Resources << /Font << \(fontResources) >> >> /Contents \(content) 0 R >>")
            pdf.stream(content, data: Deflate.compress(contentStream(page)), compressed: true)
        }
        pdf.object(pageTree, "<< /Type /Pages /Kids [\(pageObjects.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(pageObjects.count) >>")
        pdf.object(catalog, "<< /Type /Catalog /Pages \(pageTree) 0 R >>")
        pdf.object(info, "<< /Title \(PDFWriter.literal(title)) /Producer (Arrears Workbench) >>")
        return pdf.finish(root: catalog, info: info)
    }

    /// Text operators for one page: a font and size, a position, and the glyph ids in hex.
    private static func contentStream(_ page: [(PlacedText, [Run])]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 * page.count + 4096)
        func put(_ s: String) { out.append(contentsOf: s.utf8) }
        put("BT\n")
        var current: (Face, Double)?
        for (placed, runs) in page {
            let cell = PlacedText.cellWidth(size: placed.size)
            let y = pageHeight - placed.baseline * pointsPerMillimetre
            for run in runs {
                if current == nil || current!.0 != run.face || current!.1 != placed.size {
                    put("/\(run.face == .primary ? "F1" : "F2") \(PDFWriter.number(placed.size)) Tf\n")
                    current = (run.face, placed.size)
                }
                let x = (placed.left + Double(run.column) * cell) * pointsPerMillimetre
                put("1 0 0 1 \(PDFWriter.number(x)) \(PDFWriter.number(y)) Tm <")
                for glyph in run.glyphs { Hex.appendFour(glyph, to: &out) }
                put("> Tj\n")
            }
        }
        put("ET\n")
        return out
    }

    /// Splits a line into runs: consecutive primary-font characters share a run (the font's
    /// advance is the cell), each fallback character or stray combining mark is its own run.
    private static func runs(_ line: String, fonts: LetterFonts, primaryUsed: inout Set<Unicode.Scalar>,
                             fallbackUsed: inout Set<Unicode.Scalar>) -> [Run] {
        let text = line.utf8.allSatisfy({ $0 < 0x80 }) ? line : line.precomposedStringWithCanonicalMapping
        var runs: [Run] = []
        var column = 0
        var afterMark = false       // a mark's own advance is not a cell: what follows starts a new run
        for scalar in text.unicodeScalars {
            // Columns as the text layout counts them (DisplayWidth): a wide character takes two cells.
            let width = DisplayWidth.of(scalar: scalar)
            let mark = width == 0
            let cell = mark ? max(0, column - 1) : column
            if let glyph = fonts.primaryGlyph(scalar) {
                // Printable ASCII is in every subset; only other characters need remembering.
                if scalar.value >= 0x7F { primaryUsed.insert(scalar) }
                if width == 1, !afterMark, let last = runs.last, last.face == .primary, last.column + last.glyphs.count == cell {
                    runs[runs.count - 1].glyphs.append(glyph)
                } else {
                    runs.append(Run(face: .primary, column: cell, glyphs: [glyph]))
                }
            } else if let glyph = fonts.fallback.glyph(for: scalar) {
                fallbackUsed.insert(scalar)
                runs.append(Run(face: .fallback, column: cell, glyphs: [glyph]))
            } else {
                runs.append(Run(face: .primary, column: cell, glyphs: [0]))    // prints as an empty box
            }
            column += width
            afterMark = mark
        }
        return runs
    }
}
