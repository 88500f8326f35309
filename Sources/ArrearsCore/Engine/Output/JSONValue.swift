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
            writeList(items.map { (nil as String?, $0) }, open: "[", close: "]", into: &out, indent: indent, level: level)
        case .object(let pairs):
            writeList(pairs.map { (Optional($0.0), $0.1) }, open: "{", close: "}", into: &out, indent: indent, level: level)
        }
    }

    private func writeList(_ items: [(String?, JSONValue)], open: String, close: String, into out: inout String,
                           indent: String?, level: Int) {
        out += open
        if items.isEmpty { out += close; return }
        for (i, (key, value)) in items.enumerated() {
            if i > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: indent, count: level + 1) }
            if let key {
                JSONValue.escape(key, into: &out)
                out += indent == nil ? ":" : ": "
            }
            value.write(into: &out, indent: indent, level: level + 1)
        }
        if let indent { out += "\n" + String(repeating: indent, count: level) }
        out += close
    }

    static func escape(_ s: String, into out: inout String) {
        out += "\""
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
