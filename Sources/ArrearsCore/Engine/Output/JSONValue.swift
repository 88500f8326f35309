/// A small JSON tree with ordered keys: explanations are stored for every case of a nightly run, so
/// they are written directly (stable key order, no Foundation encoder) and read back by people and tests.
public indirect enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.compact == b.compact }
    public func hash(into hasher: inout Hasher) { hasher.combine(compact) }

    /// One line, no spaces: the stored form.
    public var compact: String {
        var out = ""
        write(into: &out, indent: nil, level: 0)
        return out
    }

    /// Two-space indentation: what `--json` prints.
    public var pretty: String {
        var out = ""
        write(into: &out, indent: "  ", level: 0)
        return out
    }

    private func write(into out: inout String, indent: String?, level: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .array(let items):
            out += "["
            for (i, value) in items.enumerated() {
                JSONValue.separate(i, into: &out, indent: indent, level: level)
                value.write(into: &out, indent: indent, level: level + 1)
            }
            JSONValue.close("]", empty: items.isEmpty, into: &out, indent: indent, level: level)
        case .object(let pairs):
            out += "{"
            for (i, (key, value)) in pairs.enumerated() {
                JSONValue.separate(i, into: &out, indent: indent, level: level)
                JSONValue.escape(key, into: &out)
                out += indent == nil ? ":" : ": "
                value.write(into: &out, indent: indent, level: level + 1)
            }
            JSONValue.close("}", empty: pairs.isEmpty, into: &out, indent: indent, level: level)
        }
    }

    private static func separate(_ i: Int, into out: inout String, indent: String?, level: Int) {
        if i > 0 { out += "," }
        if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
    }

    private static func close(_ bracket: String, empty: Bool, into out: inout String, indent: String?, level: Int) {
        if !empty, let indent { out += "\n" + String(repeating: indent, count: level) }
        out += bracket
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
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
}
