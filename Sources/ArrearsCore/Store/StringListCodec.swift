/// Lists of strings as JSON arrays (`["Flat 3","Clapton Square"]`): readable in the sqlite3 shell and
/// usable with SQLite's json functions. Hand-written because it runs for every contact and account
/// of a 100,000-case load, where a general JSON coder costs seconds.
enum StringListCodec {
    static func encode(_ list: [String]) -> String {
        if list.isEmpty { return "[]" }
        var out = "["
        for (i, item) in list.enumerated() {
            if i > 0 { out += "," }
            JSONText.appendString(item, to: &out)
        }
        out += "]"
        return out
    }

    /// Nil when the text is not a JSON array of strings.
    static func decode(_ text: String) -> [String]? {
        if text == "[]" { return [] }
        var parser = Parser(bytes: Array(text.utf8))
        return parser.parseList()
    }

    private struct Parser {
        let bytes: [UInt8]
        var index = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func parseList() -> [String]? {
            skipSpace()
            guard take(UInt8(ascii: "[")) else { return nil }
            var items: [String] = []
            skipSpace()
            if take(UInt8(ascii: "]")) { return finished(items) }
            while true {
                skipSpace()
                guard let item = parseString() else { return nil }
                items.append(item)
                skipSpace()
                if take(UInt8(ascii: "]")) { return finished(items) }
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }

        private mutating func finished(_ items: [String]) -> [String]? {
            skipSpace()
            return index == bytes.count ? items : nil
        }

        private mutating func parseString() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = index
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""):
                    index += 1
                    return String(decoding: bytes[start..<index - 1], as: UTF8.self)
                case UInt8(ascii: "\\"):
                    index = start
                    return parseEscapedString()
                default:
                    index += 1
                }
            }
            return nil
        }

        /// The slow path, for strings holding escapes.
        private mutating func parseEscapedString() -> String? {
            var scalars = String.UnicodeScalarView()
            var runStart = index
            while index < bytes.count {
                let byte = bytes[index]
                guard byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { index += 1; continue }
                scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars)
                index += 1
                if byte == UInt8(ascii: "\"") { return String(scalars) }
                guard let escaped = parseEscape() else { return nil }
                scalars.append(escaped)
                runStart = index
            }
            return nil
        }

        private mutating func parseEscape() -> Unicode.Scalar? {
            guard index < bytes.count else { return nil }
            let byte = bytes[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): return "\""
            case UInt8(ascii: "\\"): return "\\"
            case UInt8(ascii: "/"): return "/"
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"): return parseUnicodeEscape()
            default: return nil
            }
        }

        /// `\uXXXX`, joining a UTF-16 surrogate pair written as two escapes.
        private mutating func parseUnicodeEscape() -> Unicode.Scalar? {
            guard let high = parseHex4() else { return nil }
            guard (0xD800...0xDBFF).contains(high) else { return Unicode.Scalar(high) }
            guard take(UInt8(ascii: "\\")), take(UInt8(ascii: "u")), let low = parseHex4(),
                  (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        }

        private mutating func parseHex4() -> UInt32? {
            guard index + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for byte in bytes[index..<index + 4] {
                guard let digit = hexValue(byte) else { return nil }
                value = value * 16 + digit
            }
            index += 4
            return value
        }

        private func hexValue(_ byte: UInt8) -> UInt32? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard index < bytes.count, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        private mutating func skipSpace() {
            while index < bytes.count {
                switch bytes[index] {
                case 0x20, 0x09, 0x0A, 0x0D: index += 1
                default: return
                }
            }
        }
    }
}
