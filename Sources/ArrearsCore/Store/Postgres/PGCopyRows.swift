/// Rows for `COPY … FROM STDIN` in PostgreSQL's text format: one line per row, fields separated by
/// tabs, NULL written `\N`, and the characters that format gives a meaning (backslash, tab, newline,
/// carriage return) escaped, so any text a tenant's record holds arrives as it was. Lines gather in a
/// buffer that goes to the server a megabyte at a time.
final class PGCopyRows: SQLBulkRows {
    static let flushBytes = 1 << 20

    private var values: [String?]
    private var buffer: [UInt8] = []
    private let send: ([UInt8]) throws -> Void
    private(set) var rows = 0

    init(width: Int, send: @escaping ([UInt8]) throws -> Void) {
        values = Array(repeating: nil, count: width)
        self.send = send
        buffer.reserveCapacity(Self.flushBytes + 4096)
    }

    func bindInt64(_ value: Int64, at index: Int32) throws { try set(String(value), at: index) }

    func bindText(_ value: String, at index: Int32) throws {
        try PGStatement.refuseNul(value, context: "copying row \(rows + 1), field \(index)")
        try set(value, at: index)
    }

    func bindNull(at index: Int32) throws { try set(nil, at: index) }

    private func set(_ value: String?, at index: Int32) throws {
        guard index >= 1, Int(index) <= values.count else {
            throw StoreError.postgres(state: "08P01", message: "no field \(index)", context: "copying row \(rows + 1)")
        }
        values[Int(index) - 1] = value
    }

    func endRow() throws {
        for (offset, value) in values.enumerated() {
            if offset > 0 { buffer.append(0x09) }
            Self.appendField(value, to: &buffer)
            values[offset] = nil
        }
        buffer.append(0x0A)
        rows += 1
        if buffer.count >= Self.flushBytes { try flush() }
    }

    /// Sends what is buffered.
    func flush() throws {
        if buffer.isEmpty { return }
        try send(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// One field in COPY's text format. Working on UTF-8 bytes is safe: the escaped characters are
    /// ASCII, and no byte of a multi-byte character is below 0x80.
    static func appendField(_ value: String?, to buffer: inout [UInt8]) {
        guard let value else { return buffer.append(contentsOf: [0x5C, 0x4E]) }  // \N
        for byte in value.utf8 {
            switch byte {
            case 0x5C: buffer.append(contentsOf: [0x5C, 0x5C])  // \\
            case 0x09: buffer.append(contentsOf: [0x5C, 0x74])  // \t
            case 0x0A: buffer.append(contentsOf: [0x5C, 0x6E])  // \n
            case 0x0D: buffer.append(contentsOf: [0x5C, 0x72])  // \r
            default: buffer.append(byte)
            }
        }
    }
}
