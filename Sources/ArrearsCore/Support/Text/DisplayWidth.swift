/// Terminal display width of text, the one measure every screen and letter uses. It works on grapheme
/// clusters (Swift's `Character`), as a terminal draws them: a base with its combining marks is one
/// glyph, a ZWJ emoji sequence (👩‍👩‍👧) and a flag (two regional indicators) take two columns, East Asian
/// wide and fullwidth characters take two, and controls, joiners and zero-width spaces (U+200B) take
/// none. Pure Swift, so the same answer in tests and at run time whatever the locale.
public enum DisplayWidth {
    public static func of(_ ch: Character) -> Int {
        let scalars = ch.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if first.value < 0x7F {
            if first.value < 0x20 { return 0 }
            return scalars.count > 1 && scalars.contains { $0.value == 0xFE0F } ? 2 : 1 // keycaps: 1️⃣
        }
        if isRegionalIndicator(first.value) { return scalars.count > 1 ? 2 : 1 }
        let base = of(scalar: first)
        if base == 0 { return 0 }
        // Emoji presentation (U+FE0F) or a joined emoji sequence shows as one wide glyph.
        if base == 1, scalars.contains(where: { $0.value == 0xFE0F || ($0.value == 0x200D && first.properties.isEmoji) }) { return 2 }
        return base
    }

    /// The width of one code point on its own (a base character; marks and controls are 0).
    public static func of(scalar s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if isZeroWidth(s) { return 0 }
        if isWide(v) { return 2 }
        return 1
    }

    public static func of<S: StringProtocol>(_ text: S) -> Int {
        if let ascii = asciiWidth(text.utf8) { return ascii }
        var w = 0
        for ch in text { w += of(ch) }
        return w
    }

    /// Printable ASCII counts one column a byte; nil when the text has anything else.
    @inline(__always)
    static func asciiWidth<U: Collection>(_ utf8: U) -> Int? where U.Element == UInt8 {
        var w = 0
        for byte in utf8 {
            if byte >= 0x80 { return nil }
            if byte >= 0x20 && byte != 0x7F { w += 1 }
        }
        return w
    }

    static func isRegionalIndicator(_ v: UInt32) -> Bool { (0x1F1E6...0x1F1FF).contains(v) }

    /// Marks, joiners, variation selectors, format characters (bidi controls, U+200B) and
    /// Hangul medial/final jamo draw on the cell before them or not at all.
    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        case .lineSeparator, .paragraphSeparator: return true
        default: return (0x1160...0x11FF).contains(s.value) || (0xFE00...0xFE0F).contains(s.value)
        }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
             0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
             0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
             0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
             0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
             0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F004, 0x1F0CF, 0x1F18E, 0x1F191...0x1F19A,
             0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
             0x1F900...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, and its width.
    public static func prefix<S: StringProtocol>(_ text: S, fitting width: Int) -> (String, Int) {
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width { break }
            out.append(ch)
            used += w
        }
        return (out, used)
    }

    /// Cuts to `width` columns, ending with an ellipsis when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        if width <= 0 { return "" }
        if of(text) <= width { return text }
        let ew = of(ellipsis)
        let (p, _) = prefix(text, fitting: max(0, width - ew))
        return p + ellipsis
    }

    /// Pads with spaces (or cuts) to exactly `width` columns.
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let t = truncate(text, to: width)
        let gap = max(0, width - of(t))
        let spaces = String(repeating: " ", count: gap)
        return alignRight ? spaces + t : t + spaces
    }
}
