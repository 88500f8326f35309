import Foundation

/// One font as a PDF embeds it: a Type 0 font with Identity-H encoding (text is written as
/// two-byte glyph ids), its glyph widths, a `ToUnicode` map so copied and extracted text is the
/// letter's text, and the subset font file, deflated. Built once per font and character set.
struct PDFEmbeddedFont: Sendable {
    let baseFont: String
    let fontFile: [UInt8]
    let fontFileLength: Int
    let toUnicode: [UInt8]
    let widths: String
    let descriptor: String

    init(font: TrueTypeFont, scalars: [Unicode.Scalar]) {
        var unicodeOf: [UInt16: Unicode.Scalar] = [:]
        for scalar in scalars.sorted(by: { $0.value < $1.value }) {
            if let glyph = font.glyph(for: scalar), unicodeOf[glyph] == nil { unicodeOf[glyph] = scalar }
        }
        let glyphs = unicodeOf.keys.sorted()
        let file = TrueTypeSubset.make(font, keeping: Set(glyphs))
        fontFile = Deflate.compress(file)
        fontFileLength = file.count

        // A subset's name starts with six capital letters that differ between subsets.
        var hash: UInt32 = 2_166_136_261
        for g in glyphs { hash = (hash ^ UInt32(g)) &* 16_777_619 }
        var tag = ""
        for _ in 0..<6 { tag.unicodeScalars.append(Unicode.Scalar(UInt8(65 + hash % 26))); hash /= 26 }
        baseFont = tag + "+" + font.postScriptName

        let scale = 1000.0 / Double(font.unitsPerEm)
        func pdfUnits(_ v: Int) -> String { PDFWriter.number((Double(v) * scale).rounded()) }
        widths = "[" + glyphs.map { "\($0) [\(pdfUnits(font.advance(of: $0)))]" }.joined(separator: " ") + "]"
        let b = font.bbox
        let flags = (font.isFixedPitch ? 1 : 0) | 4     // fixed pitch; symbolic (glyphs outside the standard Latin set)
        descriptor = "/FontName /\(baseFont) /Flags \(flags) /FontBBox [\(pdfUnits(b.0)) \(pdfUnits(b.1)) \(pdfUnits(b.2)) \(pdfUnits(b.3))]"
            + " /ItalicAngle 0 /Ascent \(pdfUnits(font.ascent)) /Descent \(pdfUnits(font.descent))"
            + " /CapHeight \(pdfUnits(font.capHeight)) /StemV 80"

        var cmap = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange

        """
        for start in stride(from: 0, to: glyphs.count, by: 100) {
            let chunk = glyphs[start..<min(start + 100, glyphs.count)]
            cmap += "\(chunk.count) beginbfchar\n"
            for g in chunk { cmap += "<\(Hex.four(Int(g)))> <\(Hex.utf16(unicodeOf[g]!))>\n" }
            cmap += "endbfchar\n"
        }
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        toUnicode = Deflate.compress(Array(cmap.utf8))
    }

    /// Writes the font's five objects and returns the number of the one pages refer to.
    func write(into pdf: inout PDFWriter) -> Int {
        let type0 = pdf.reserve(), cid = pdf.reserve(), descriptorObject = pdf.reserve()
        let file = pdf.reserve(), unicode = pdf.reserve()
        pdf.object(type0, "<< /Type /Font /Subtype /Type0 /BaseFont /\(baseFont) /Encoding /Identity-H /DescendantFonts [\(cid) 0 R] /ToUnicode \(unicode) 0 R >>")
        pdf.object(cid, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /\(baseFont) /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor \(descriptorObject) 0 R /W \(widths) /CIDToGIDMap /Identity >>")
        pdf.object(descriptorObject, "<< /Type /FontDescriptor \(descriptor) /FontFile2 \(file) 0 R >>")
        pdf.stream(file, dictionary: "/Length1 \(fontFileLength)", data: fontFile, compressed: true)
        pdf.stream(unicode, data: toUnicode, compressed: true)
        return type0
    }
}

/// Upper-case hex for PDF strings and CMaps.
enum Hex {
    private static let digits = Array("0123456789ABCDEF".utf8)

    static func four(_ v: Int) -> String {
        String(decoding: [digits[(v >> 12) & 15], digits[(v >> 8) & 15], digits[(v >> 4) & 15], digits[v & 15]], as: UTF8.self)
    }

    static func appendFour(_ v: UInt16, to out: inout [UInt8]) {
        let v = Int(v)
        out.append(digits[(v >> 12) & 15]); out.append(digits[(v >> 8) & 15])
        out.append(digits[(v >> 4) & 15]); out.append(digits[v & 15])
    }

    /// A scalar as UTF-16 code units in hex (a surrogate pair beyond U+FFFF).
    static func utf16(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf16.map { four(Int($0)) }.joined()
    }
}
