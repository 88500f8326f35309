import Foundation

/// A TrueType font file, read far enough to print with it in a PDF: the character map, each
/// glyph's advance width and outline bytes, and the metrics a PDF font descriptor needs.
/// Only `glyf`-outline fonts (the `.ttf` files of Debian's fonts-dejavu-core) are accepted.
public struct TrueTypeFont: Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    let bytes: [UInt8]
    let tables: [String: Range<Int>]
    public let postScriptName: String
    public let unitsPerEm: Int
    public let numGlyphs: Int
    /// Bounding box, ascent, descent and cap height in font units.
    let bbox: (Int, Int, Int, Int)
    let ascent: Int
    let descent: Int
    let capHeight: Int
    let isFixedPitch: Bool
    private let glyphs: [UInt32: UInt16]
    private let advances: [UInt16]
    private let glyphOffsets: [Int]

    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "cannot read the font \(path)")
        }
        try self.init(bytes: [UInt8](data), name: path)
    }

    public init(bytes: [UInt8], name: String) throws {
        let reader = BigEndianReader(bytes: bytes)
        func fail(_ why: String) -> Failure { Failure(description: "\(name): \(why)") }
        guard bytes.count >= 12, reader.u32(0) == 0x0001_0000 else { throw fail("not a TrueType font with glyf outlines") }
        var tables: [String: Range<Int>] = [:]
        for i in 0..<reader.u16(4) {
            let entry = 12 + 16 * i
            guard entry + 16 <= bytes.count else { throw fail("table directory cut short") }
            let tag = String(decoding: bytes[entry..<(entry + 4)], as: UTF8.self)
            let offset = reader.u32(entry + 8), length = reader.u32(entry + 12)
            guard offset + length <= bytes.count else { throw fail("table \(tag) runs past the end of the file") }
            tables[tag] = offset..<(offset + length)
        }
        for tag in ["head", "hhea", "maxp", "hmtx", "loca", "glyf", "cmap"] where tables[tag] == nil {
            throw fail("no \(tag) table")
        }
        self.bytes = bytes
        self.tables = tables
        let head = tables["head"]!.lowerBound, hhea = tables["hhea"]!.lowerBound
        unitsPerEm = reader.u16(head + 18)
        bbox = (reader.s16(head + 36), reader.s16(head + 38), reader.s16(head + 40), reader.s16(head + 42))
        let longLoca = reader.s16(head + 50) == 1
        ascent = reader.s16(hhea + 4)
        descent = reader.s16(hhea + 6)
        let metricCount = reader.u16(hhea + 34)
        numGlyphs = reader.u16(tables["maxp"]!.lowerBound + 4)
        if let os2 = tables["OS/2"], os2.count >= 90, reader.u16(os2.lowerBound) >= 2 {
            capHeight = reader.s16(os2.lowerBound + 88)
        } else {
            capHeight = ascent
        }
        isFixedPitch = tables["post"].map { reader.u32($0.lowerBound + 12) != 0 } ?? false

        let hmtx = tables["hmtx"]!.lowerBound
        guard metricCount > 0, hmtx + 4 * metricCount <= tables["hmtx"]!.upperBound else { throw fail("hmtx too short") }
        advances = (0..<numGlyphs).map { UInt16(reader.u16(hmtx + 4 * min($0, metricCount - 1))) }

        let loca = tables["loca"]!.lowerBound, glyf = tables["glyf"]!
        glyphOffsets = try (0...numGlyphs).map { g in
            let offset = longLoca ? reader.u32(loca + 4 * g) : 2 * reader.u16(loca + 2 * g)
            guard glyf.lowerBound + offset <= glyf.upperBound else { throw fail("loca points past glyf") }
            return glyf.lowerBound + offset
        }
        glyphs = try Self.characterMap(reader, table: tables["cmap"]!, fail: fail)
        postScriptName = Self.postScriptName(reader, table: tables["name"]) ?? "Font"
    }

    public func glyph(for scalar: Unicode.Scalar) -> UInt16? { glyphs[scalar.value] }

    public func advance(of glyph: UInt16) -> Int { Int(advances[Int(glyph)]) }

    /// The outline bytes of one glyph (empty for a space).
    func outline(of glyph: UInt16) -> ArraySlice<UInt8> { bytes[glyphOffsets[Int(glyph)]..<glyphOffsets[Int(glyph) + 1]] }

    /// The glyphs a composite glyph is built from, so a subset keeps them too.
    func components(of glyph: UInt16) -> [UInt16] {
        let outline = outline(of: glyph)
        guard outline.count > 10 else { return [] }
        let reader = BigEndianReader(bytes: bytes)
        guard reader.s16(outline.startIndex) < 0 else { return [] }
        var parts: [UInt16] = []
        var at = outline.startIndex + 10
        while at + 4 <= outline.endIndex {
            let flags = reader.u16(at)
            parts.append(UInt16(reader.u16(at + 2)))
            at += 4 + (flags & 0x1 != 0 ? 4 : 2)
            if flags & 0x8 != 0 { at += 2 } else if flags & 0x40 != 0 { at += 4 } else if flags & 0x80 != 0 { at += 8 }
            if flags & 0x20 == 0 { break }
        }
        return parts
    }

    func table(_ tag: String) -> ArraySlice<UInt8>? { tables[tag].map { bytes[$0] } }

    /// The Windows Unicode character map: format 12 (full range) when present, else format 4.
    private static func characterMap(_ r: BigEndianReader, table: Range<Int>, fail: (String) -> Failure) throws -> [UInt32: UInt16] {
        let base = table.lowerBound
        var format4: Int?, format12: Int?
        for i in 0..<r.u16(base + 2) {
            let platform = r.u16(base + 4 + 8 * i), encoding = r.u16(base + 6 + 8 * i)
            let sub = base + r.u32(base + 8 + 8 * i)
            guard platform == 3 || platform == 0 else { continue }
            switch r.u16(sub) {
            case 4 where encoding == 1 || platform == 0: format4 = format4 ?? sub
            case 12: format12 = format12 ?? sub
            default: break
            }
        }
        var map: [UInt32: UInt16] = [:]
        if let sub = format12 {
            for g in 0..<r.u32(sub + 12) {
                let group = sub + 16 + 12 * g
                let first = r.u32(group), last = r.u32(group + 4), glyph = r.u32(group + 8)
                guard last >= first, last - first < 0x11_0000 else { continue }
                for c in first...last where glyph + (c - first) < 0x1_0000 { map[UInt32(c)] = UInt16(glyph + (c - first)) }
            }
            return map
        }
        guard let sub = format4 else { throw fail("no Unicode character map") }
        let segments = r.u16(sub + 6) / 2
        let ends = sub + 14, starts = ends + 2 * segments + 2, deltas = starts + 2 * segments, rangeOffsets = deltas + 2 * segments
        for s in 0..<segments {
            let start = r.u16(starts + 2 * s), end = r.u16(ends + 2 * s), delta = r.u16(deltas + 2 * s)
            let rangeOffset = r.u16(rangeOffsets + 2 * s)
            guard start <= end else { continue }
            for c in start...end where c != 0xFFFF {
                var glyph: Int
                if rangeOffset == 0 {
                    glyph = (c + delta) & 0xFFFF
                } else {
                    let at = rangeOffsets + 2 * s + rangeOffset + 2 * (c - start)
                    glyph = at + 2 <= r.bytes.count ? r.u16(at) : 0
                    if glyph != 0 { glyph = (glyph + delta) & 0xFFFF }
                }
                if glyph != 0 { map[UInt32(c)] = UInt16(glyph) }
            }
        }
        return map
    }

    /// Name id 6 from the Windows (UTF-16) or Macintosh (ASCII) records.
    private static func postScriptName(_ r: BigEndianReader, table: Range<Int>?) -> String? {
        guard let base = table?.lowerBound else { return nil }
        let strings = base + r.u16(base + 4)
        for i in 0..<r.u16(base + 2) {
            let record = base + 6 + 12 * i
            guard r.u16(record + 6) == 6 else { continue }
            let length = r.u16(record + 8), at = strings + r.u16(record + 10)
            guard at + length <= r.bytes.count else { continue }
            let raw = r.bytes[at..<(at + length)]
            let name = r.u16(record) == 3
                ? String(decoding: stride(from: raw.startIndex, to: raw.endIndex - 1, by: 2).map { UInt16(raw[$0]) << 8 | UInt16(raw[$0 + 1]) }, as: UTF16.self)
                : String(decoding: raw, as: UTF8.self)
            let clean = name.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
            if !clean.isEmpty { return clean }
        }
        return nil
    }
}

/// Big-endian integers out of a byte array; reads past the end give 0 (the callers check ranges).
struct BigEndianReader {
    let bytes: [UInt8]
    func u16(_ at: Int) -> Int { at + 2 <= bytes.count ? Int(bytes[at]) << 8 | Int(bytes[at + 1]) : 0 }
    func s16(_ at: Int) -> Int { Int(Int16(bitPattern: UInt16(u16(at)))) }
    func u32(_ at: Int) -> Int { u16(at) << 16 | u16(at + 2) }
}
