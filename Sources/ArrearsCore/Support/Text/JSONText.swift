/// The one JSON string escaper (RFC 8259), used by every JSON the program writes. Besides quotes,
/// backslashes and C0 controls, it writes DEL, C1 controls (U+0080–U+009F), bidi embeddings, overrides and
/// isolates, and the line and paragraph separators as `\uXXXX`: still the same JSON value, but
/// nothing in it can steer a terminal that shows the file. Everything else is written as UTF-8.
public enum JSONText {
    /// `text` as a quoted JSON string, appended to UTF-8 bytes.
    public static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        guard TerminalSafeText.mayHoldHostile(text, forJSON: true) else {
            bytes.append(contentsOf: text.utf8)
            bytes.append(UInt8(ascii: "\""))
            return
        }
        var utf8 = text.utf8[...]
        while let byte = utf8.first {
            if let escaped = escape(byte, then: utf8.dropFirst()) {
                bytes.append(contentsOf: escaped.text.utf8)
                utf8 = utf8.dropFirst(escaped.length)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `text` as a quoted JSON string, appended to a string.
    public static func appendString(_ text: String, to out: inout String) {
        guard TerminalSafeText.mayHoldHostile(text, forJSON: true) else {
            out += "\""; out += text; out += "\""
            return
        }
        var bytes: [UInt8] = []
        appendString(text, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// The escape for the character starting at `byte`, and how many bytes it replaces; nil to copy the byte.
    static func escape(_ byte: UInt8, then rest: Substring.UTF8View) -> (text: String, length: Int)? {
        switch byte {
        case 0x22: return ("\\\"", 1)
        case 0x5C: return ("\\\\", 1)
        case 0x0A: return ("\\n", 1)
        case 0x0D: return ("\\r", 1)
        case 0x09: return ("\\t", 1)
        case 0..<0x20, 0x7F: return (unicodeEscape(UInt32(byte)), 1)
        case 0xC2:
            guard let second = rest.first, (0x80...0x9F).contains(second) else { return nil }
            return (unicodeEscape(UInt32(second)), 2)
        case 0xE2:
            var it = rest.makeIterator()
            guard let b1 = it.next(), let b2 = it.next() else { return nil }
            let scalar = 0x2000 | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
            guard b1 & 0xF0 == 0x80, TerminalSafeText.isBidiControl(scalar) || scalar == 0x2028 || scalar == 0x2029 else { return nil }
            return (unicodeEscape(scalar), 3)
        default: return nil
        }
    }

    static func unicodeEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }

    /// An object from ordered key–value pairs.
    static func appendObject(_ pairs: [(String, InterchangeValue)], to out: inout String) {
        out += "{"
        appendMembers(pairs, to: &out)
        out += "}"
    }

    /// The members of an object without its braces, for objects that go on to add nested members.
    static func appendMembers(_ pairs: [(String, InterchangeValue)], to out: inout String) {
        for (i, (key, value)) in pairs.enumerated() {
            if i > 0 { out += "," }
            appendString(key, to: &out)
            out += ":"
            value.appendJSON(to: &out)
        }
    }
}
