/// JSON string escaping (RFC 8259): quotes, backslashes and control characters; everything else as UTF-8.
enum JSONText {
    static func appendString(_ text: String, to out: inout String) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
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
