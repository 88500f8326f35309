/// A font file holding only the glyphs a document prints. Glyph ids stay as they are (the PDF's
/// text refers to them directly); every other glyph's outline is dropped, which is where nearly
/// all of a font's size is. Hinting tables are kept so printers render the glyphs as designed.
enum TrueTypeSubset {
    static func make(_ font: TrueTypeFont, keeping wanted: Set<UInt16>) -> [UInt8] {
        var keep = wanted
        keep.insert(0)      // .notdef must stay: it prints for a character no font has
        var pending = Array(keep)
        while let glyph = pending.popLast() {
            for part in font.components(of: glyph) where Int(part) < font.numGlyphs && !keep.contains(part) {
                keep.insert(part); pending.append(part)
            }
        }

        var glyf: [UInt8] = []
        var loca: [UInt8] = []
        loca.reserveCapacity(4 * (font.numGlyphs + 1))
        for g in 0..<font.numGlyphs {
            appendU32(&loca, glyf.count)
            if keep.contains(UInt16(g)) {
                glyf.append(contentsOf: font.outline(of: UInt16(g)))
                while glyf.count % 4 != 0 { glyf.append(0) }
            }
        }
        appendU32(&loca, glyf.count)

        var head = Array(font.table("head") ?? [])
        if head.count >= 52 {
            head.replaceSubrange(8..<12, with: [0, 0, 0, 0])     // checkSumAdjustment, recomputed below
            head.replaceSubrange(50..<52, with: [0, 1])         // long loca offsets
        }
        var tables: [(String, [UInt8])] = [("glyf", glyf), ("head", head), ("loca", loca)]
        for tag in ["cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep"] {
            if let table = font.table(tag) { tables.append((tag, Array(table))) }
        }
        tables.sort { $0.0 < $1.0 }
        return assemble(tables)
    }

    /// The sfnt wrapper: table directory with checksums, tables padded to four bytes, and the
    /// head table's whole-file checksum adjustment.
    private static func assemble(_ tables: [(String, [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        let count = tables.count
        var power = 1, log = 0
        while power * 2 <= count { power *= 2; log += 1 }
        appendU32(&out, 0x0001_0000)
        appendU16(&out, count); appendU16(&out, power * 16); appendU16(&out, log); appendU16(&out, count * 16 - power * 16)
        var offset = 12 + 16 * count
        var headOffset: Int?
        for (tag, data) in tables {
            out.append(contentsOf: Array(tag.utf8))
            appendU32(&out, checksum(data)); appendU32(&out, offset); appendU32(&out, data.count)
            if tag == "head" { headOffset = offset }
            offset += (data.count + 3) & ~3
        }
        for (_, data) in tables {
            out.append(contentsOf: data)
            while out.count % 4 != 0 { out.append(0) }
        }
        if let at = headOffset, at + 12 <= out.count {
            let adjustment = (0xB1B0_AFBA &- UInt32(checksum(out))) 
            out.replaceSubrange((at + 8)..<(at + 12), with: [UInt8(adjustment >> 24), UInt8((adjustment >> 16) & 0xFF),
                                                            UInt8((adjustment >> 8) & 0xFF), UInt8(adjustment & 0xFF)])
        }
        return out
    }

    private static func checksum(_ data: [UInt8]) -> Int {
        var sum: UInt32 = 0
        var i = 0
        while i < data.count {
            var word: UInt32 = 0
            for k in 0..<4 { word = word << 8 | UInt32(i + k < data.count ? data[i + k] : 0) }
            sum = sum &+ word
            i += 4
        }
        return Int(sum)
    }

    private static func appendU16(_ out: inout [UInt8], _ v: Int) { out.append(UInt8((v >> 8) & 0xFF)); out.append(UInt8(v & 0xFF)) }
    private static func appendU32(_ out: inout [UInt8], _ v: Int) { appendU16(&out, (v >> 16) & 0xFFFF); appendU16(&out, v & 0xFFFF) }
}
