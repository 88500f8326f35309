/// Text from outside (names, addresses, comments, values in files) on its way to a terminal, a
/// printer or an error message. Control characters can clear a screen (ESC [2J), write the clipboard
/// (OSC 52), retitle a window (OSC 0), move the cursor or ring the bell; C1 controls do the same on
/// terminals that honour them; bidi overrides (U+202E) make a line read differently from what it
/// holds. Import refuses them in text fields (line breaks and tabs excepted, as documented); every
/// output sanitises as well, because a store may hold older data or data written by other tools.
public enum TerminalSafeText {
    /// C0 controls other than line feed and tab, DEL, and the C1 controls.
    public static func isControl(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
    }

    /// Bidi embeddings, overrides and isolates (LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
    public static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    public static func isHostile(_ s: Unicode.Scalar) -> Bool { isControl(s.value) || isBidiControl(s.value) }

    /// Where the first hostile character is, counted as the CSV reader counts positions (lines from
    /// 0, columns in code points from 0 on their line), and the character; nil when there is none.
    public static func firstHostile(in text: String) -> (line: Int, column: Int, scalar: Unicode.Scalar)? {
        guard mayHoldHostile(text) else { return nil }
        var line = 0, column = 0
        for s in text.unicodeScalars {
            if isHostile(s) { return (line, column, s) }
            if s == "\n" { line += 1; column = 0 } else { column += 1 }
        }
        return nil
    }

    /// The text for a terminal: each hostile character written as a visible escape (`\u001B`,
    /// `\u202E`), so a reader sees what is stored and nothing acts on the terminal.
    public static func shown(_ text: String) -> String {
        guard mayHoldHostile(text) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isHostile(s) { out.append(contentsOf: escapeName(s).unicodeScalars) } else { out.append(s) }
        }
        return String(out)
    }

    /// The text for a printed page or a file: hostile characters removed (form feeds between pages
    /// are kept, as the page layout puts them there).
    public static func printable(_ text: String) -> String {
        guard mayHoldHostile(text) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars where !isHostile(s) || s == "\u{0C}" { out.append(s) }
        return String(out)
    }

    /// A bad value quoted in a message: one line (line breaks and tabs shown as `\n`, `\t`), escapes
    /// as in `shown`, and at most `limit` characters, ending with "…" and the full length when cut.
    public static func excerpt(_ text: String, limit: Int = 80) -> String {
        var out = ""
        var count = 0
        for ch in text {
            if count == limit {
                return out + "… (\(text.count) characters)"
            }
            let piece = ch == "\n" || ch == "\r\n" ? "\\n" : ch == "\t" ? "\\t" : shown(String(ch))
            out += piece
            count += 1
        }
        return out
    }

    /// `U+001B`, as Unicode names a code point.
    public static func codePoint(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `\u001B`: the escape reads the same in a message and inside a JSON string, so JSON printed
    /// through `shown` stays the same JSON value.
    static func escapeName(_ s: Unicode.Scalar) -> String {
        let hex = String(s.value, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Whether the text may hold a hostile character (or, for JSON, a quote or backslash), found on
    /// the UTF-8 bytes so that plain text — and "£" or "—", which share lead bytes with C1 and bidi
    /// controls — skips the per-character work. Line feeds and tabs count only for JSON.
    static func mayHoldHostile(_ text: String, forJSON: Bool = false) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ scan($0, forJSON: forJSON) }) { return found }
        return scan(Array(text.utf8), forJSON: forJSON)
    }

    private static func scan<C: RandomAccessCollection>(_ b: C, forJSON: Bool) -> Bool where C.Element == UInt8, C.Index == Int {
        var i = b.startIndex
        while i < b.endIndex {
            let byte = b[i]
            switch byte {
            case 0x0A, 0x09: if forJSON { return true }
            case 0..<0x20, 0x7F: return true
            case 0x22, 0x5C: if forJSON { return true }
            case 0xC2: if i + 1 < b.endIndex, (0x80...0x9F).contains(b[i + 1]) { return true }
            case 0xE2:
                if i + 2 < b.endIndex {
                    let (b1, b2) = (b[i + 1], b[i + 2])
                    if b1 == 0x80 && (0xA8...0xAE).contains(b2) { return true }  // U+2028–U+202E
                    if b1 == 0x81 && (0xA6...0xA9).contains(b2) { return true }  // U+2066–U+2069
                }
            default: break
            }
            i += 1
        }
        return false
    }
}
