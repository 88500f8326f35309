/// Writes JSON straight into bytes, keys in the order given. A nightly run writes an explanation for
/// every case, so there is no intermediate tree; `pretty` indents by two spaces for people to read.
public struct JSONWriter {
    private var bytes: [UInt8] = []
    private let pretty: Bool
    /// One entry per open object or array: whether it has an element yet.
    private var open: [Bool] = []

    public init(pretty: Bool = false) {
        self.pretty = pretty
        bytes.reserveCapacity(pretty ? 16_384 : 4_096)
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject(_ key: String? = nil) { element(key); bytes.append(UInt8(ascii: "{")); open.append(false) }
    public mutating func endObject() { close(UInt8(ascii: "}")) }
    public mutating func beginArray(_ key: String? = nil) { element(key); bytes.append(UInt8(ascii: "[")); open.append(false) }
    public mutating func endArray() { close(UInt8(ascii: "]")) }

    public mutating func string(_ key: String?, _ value: String) { element(key); escape(value) }
    public mutating func int(_ key: String?, _ value: Int) { element(key); bytes.append(contentsOf: String(value).utf8) }
    public mutating func bool(_ key: String?, _ value: Bool) { element(key); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null(_ key: String?) { element(key); bytes.append(contentsOf: "null".utf8) }

    public mutating func optionalInt(_ key: String, _ value: Int?) {
        if let value { int(key, value) } else { null(key) }
    }

    /// `{"key": value, ...}` for a list of string pairs.
    public mutating func object(_ key: String?, strings pairs: [(String, String)]) {
        beginObject(key)
        for (k, v) in pairs { string(k, v) }
        endObject()
    }

    private mutating func element(_ key: String?) {
        if let last = open.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            open[open.count - 1] = true
            newline(depth: open.count)
        }
        if let key {
            escape(key)
            bytes.append(UInt8(ascii: ":"))
            if pretty { bytes.append(UInt8(ascii: " ")) }
        }
    }

    private mutating func close(_ bracket: UInt8) {
        let hadElements = open.removeLast()
        if hadElements { newline(depth: open.count) }
        bytes.append(bracket)
    }

    private mutating func newline(depth: Int) {
        guard pretty else { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private mutating func escape(_ s: String) { JSONText.appendString(s, to: &bytes) }
}
