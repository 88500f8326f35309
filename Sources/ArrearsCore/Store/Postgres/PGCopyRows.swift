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

extension PGCopyRows {
    /// One line of `COPY … TO STDOUT` in the text format, back into its fields: the inverse of
    /// `appendField`. The server escapes backslash, tab, newline and carriage return, writes
    /// backspace, form feed and vertical tab as `\b`, `\f`, `\v`, and NULL as a field of just `\N`;
    /// it never writes octal or hex escapes, and any other backslashed character stands for itself.
    static func fields(of line: UnsafeBufferPointer<UInt8>, width: Int, context: String) throws -> [String?] {
        let end = line.last == 0x0A ? line.count - 1 : line.count
        var fields: [String?] = []
        fields.reserveCapacity(width)
        var field: [UInt8] = []
        var isNull = false, escaped = false
        for index in 0...end {
            let byte: UInt8 = index < end ? line[index] : 0x09  // the line's end closes its last field
            if escaped {
                escaped = false
                switch byte {
                case 0x4E where field.isEmpty: isNull = true  // \N
                case 0x62: field.append(0x08)  // \b
                case 0x66: field.append(0x0C)  // \f
                case 0x6E: field.append(0x0A)  // \n
                case 0x72: field.append(0x0D)  // \r
                case 0x74: field.append(0x09)  // \t
                case 0x76: field.append(0x0B)  // \v
                default: field.append(byte)
                }
            } else if byte == 0x5C {
                escaped = true
            } else if byte == 0x09 {
                fields.append(isNull && field.isEmpty ? nil : String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                isNull = false
            } else {
                field.append(byte)
            }
        }
        guard fields.count == width else {
            throw StoreError.postgres(state: "08P01", message: "a row of \(fields.count) fields where \(width) were expected",
                                      context: context)
        }
        return fields
    }
}
