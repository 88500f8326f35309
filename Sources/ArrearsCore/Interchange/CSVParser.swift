/// One field of a CSV file and where it starts: the line and column of its first character (for a
/// quoted field, the opening quote). Columns count characters (Unicode code points) from 1.
public struct CSVField: Hashable, Sendable {
    public var text: String
    public var line: Int
    public var column: Int

    public init(text: String, line: Int, column: Int) { self.text = text; self.line = line; self.column = column }
}

/// One record (row). `endLine` and `endColumn` give the position just after its last character, where a
/// missing field would have begun.
public struct CSVRecord: Hashable, Sendable {
    public var fields: [CSVField]
    public var line: Int
    public var endLine: Int
    public var endColumn: Int
    /// A quoting problem was found in this record; its fields are best guesses.
    public var damaged: Bool
}

public struct CSVProblem: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { "\(line):\(column): \(message)" }
}

public struct CSVDocument: Sendable {
    /// Every record, the header first. Blank lines are skipped.
    public var records: [CSVRecord]
    public var problems: [CSVProblem]
    /// False when reading stopped early (the file is not UTF-8, or a quoted field is never closed), so
    /// the file may hold records that are not in `records`.
    public var readToEnd: Bool
}

/// RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field with commas, quotes or line
/// breaks is enclosed in double quotes, and a quote inside it is doubled. A UTF-8 byte order mark is
/// skipped; a CRLF inside a quoted field becomes LF, so a value reads the same whichever line ends the
/// file was saved with. Bad quoting is reported where it is, and parsing carries on so that one import
/// lists every problem; a file that is not UTF-8 is refused at the first bad byte.
public enum CSVParser {
    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")

    public static func parse(_ bytes: [UInt8]) -> CSVDocument {
        bytes.withUnsafeBufferPointer { parse(buffer: $0) }
    }

    static func parse(buffer: UnsafeBufferPointer<UInt8>) -> CSVDocument {
        var cursor = Cursor(buffer: buffer)
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { cursor.index = 3 }
        if let bad = UTF8Check.firstInvalidByte(in: buffer, from: cursor.index) {
            let (line, column) = UTF8Check.position(of: bad, in: buffer, from: cursor.index)
            let hex = String(buffer[bad], radix: 16, uppercase: true)
            return CSVDocument(records: [], problems: [CSVProblem(
                line: line, column: column,
                message: "the file is not UTF-8 (byte 0x\(hex)); save it as \"CSV UTF-8\" and import it again")],
                readToEnd: false)
        }
        var records: [CSVRecord] = []
        var problems: [CSVProblem] = []
        while !cursor.atEnd {
            guard let record = readRecord(&cursor, problems: &problems) else { break }
            let blank = record.fields.count == 1 && record.fields[0].text.isEmpty && !cursor.lastFieldQuoted
            if !blank { records.append(record) }
            if cursor.stopped { break }
        }
        return CSVDocument(records: records, problems: problems, readToEnd: !cursor.stopped)
    }

    /// Reads fields up to the end of a record; nil only at the end of the input.
    private static func readRecord(_ cursor: inout Cursor, problems: inout [CSVProblem]) -> CSVRecord? {
        let startLine = cursor.line
        var fields: [CSVField] = []
        var damaged = false
        while true {
            let line = cursor.line, column = cursor.column
            let text: String
            if cursor.peek == quote {
                cursor.lastFieldQuoted = true
                text = readQuoted(&cursor, problems: &problems, damaged: &damaged, line: line, column: column)
            } else {
                cursor.lastFieldQuoted = false
                text = readUnquoted(&cursor, problems: &problems, damaged: &damaged)
            }
            fields.append(CSVField(text: text, line: line, column: column))
            if cursor.stopped || cursor.peek != comma { break }
            cursor.advance()
        }
        let record = CSVRecord(fields: fields, line: startLine, endLine: cursor.line, endColumn: cursor.column,
                               damaged: damaged)
        cursor.skipLineEnd()
        return record
    }

    private static func readUnquoted(_ cursor: inout Cursor, problems: inout [CSVProblem], damaged: inout Bool) -> String {
        let start = cursor.index
        var reported = false
        while let byte = cursor.peek, byte != comma, !cursor.atLineEnd {
            if byte == quote, !reported {
                problems.append(CSVProblem(line: cursor.line, column: cursor.column,
                                           message: "a quote inside an unquoted field; enclose the whole field in quotes and write the quote as two quotes (\"\")"))
                reported = true
                damaged = true
            }
            cursor.advance()
        }
        return String(decoding: UnsafeBufferPointer(rebasing: cursor.buffer[start..<cursor.index]), as: UTF8.self)
    }

    private static func readQuoted(_ cursor: inout Cursor, problems: inout [CSVProblem], damaged: inout Bool,
                                   line: Int, column: Int) -> String {
        cursor.advance()
        var bytes: [UInt8] = []
        var segment = cursor.index
        func flush(_ cursor: Cursor) {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: cursor.buffer[segment..<cursor.index]))
        }
        while let byte = cursor.peek {
            if byte == quote {
                flush(cursor)
                cursor.advance()
                if cursor.peek == quote {
                    bytes.append(quote)
                    cursor.advance()
                    segment = cursor.index
                    continue
                }
                if let next = cursor.peek, next != comma, !cursor.atLineEnd {
                    problems.append(CSVProblem(line: cursor.line, column: cursor.column,
                                               message: "text after the closing quote of a quoted field; a quote inside a quoted field is written as two quotes (\"\")"))
                    damaged = true
                    let rest = cursor.index
                    while let b = cursor.peek, b != comma, !cursor.atLineEnd { cursor.advance() }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: cursor.buffer[rest..<cursor.index]))
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            if byte == cr, cursor.peekSecond == lf {
                flush(cursor)
                bytes.append(lf)
                cursor.advancePastLineEnd(width: 2)
                segment = cursor.index
            } else if byte == lf {
                cursor.advancePastLineEnd(width: 1)
            } else {
                cursor.advance()
            }
        }
        problems.append(CSVProblem(line: line, column: column,
                                   message: "this quoted field is never closed; add the closing quote (the rest of the file was read as part of it)"))
        damaged = true
        cursor.stopped = true
        flush(cursor)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A position in the input that keeps count of lines and columns as it moves.
    private struct Cursor {
        let buffer: UnsafeBufferPointer<UInt8>
        var index = 0
        var line = 1
        var column = 1
        var stopped = false
        var lastFieldQuoted = false

        init(buffer: UnsafeBufferPointer<UInt8>) { self.buffer = buffer }

        var atEnd: Bool { index >= buffer.count }
        var peek: UInt8? { index < buffer.count ? buffer[index] : nil }
        var peekSecond: UInt8? { index + 1 < buffer.count ? buffer[index + 1] : nil }
        var atLineEnd: Bool {
            guard let byte = peek else { return true }
            return byte == CSVParser.lf || (byte == CSVParser.cr && peekSecond == CSVParser.lf)
        }

        /// Moves past one byte; continuation bytes of a multi-byte character do not count as columns.
        mutating func advance() {
            if buffer[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }

        mutating func advancePastLineEnd(width: Int) {
            index += width
            line += 1
            column = 1
        }

        mutating func skipLineEnd() {
            guard let byte = peek else { return }
            if byte == CSVParser.lf { advancePastLineEnd(width: 1) }
            else if byte == CSVParser.cr, peekSecond == CSVParser.lf { advancePastLineEnd(width: 2) }
        }
    }
}
