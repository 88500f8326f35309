/// Strict UTF-8 validation, so that a file saved in another encoding (Windows-1252 from a spreadsheet,
/// say) is refused with the place of its first bad byte instead of being read as garbled names.
enum UTF8Check {
    /// The offset of the first byte that does not belong to well-formed UTF-8, or nil.
    static func firstInvalidByte(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var i = start
        let n = buffer.count
        while i < n {
            let lead = buffer[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i
            }
            guard i + length <= n else { return i }
            if buffer[i + 1] < lower || buffer[i + 1] > upper { return i }
            for k in 2..<length where buffer[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }

    /// Line and column (counting characters) of a byte offset.
    static func position(of offset: Int, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> (Int, Int) {
        var line = 1, column = 1
        var i = start
        while i < offset {
            let byte = buffer[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }
}
