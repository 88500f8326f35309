/// Writes RFC 4180 CSV: CRLF between records; a field holding a comma, quote or line break (or starting
/// or ending with a space, which some spreadsheets would trim) is quoted, with quotes doubled.
enum CSVWriter {
    static func appendRecord(_ fields: [String], to out: inout String) {
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            appendField(field, to: &out)
        }
        out += "\r\n"
    }

    static func appendField(_ field: String, to out: inout String) {
        guard needsQuotes(field) else {
            out += field
            return
        }
        out += "\""
        for ch in field.unicodeScalars {
            if ch == "\"" { out += "\"\"" } else { out.unicodeScalars.append(ch) }
        }
        out += "\""
    }

    static func needsQuotes(_ field: String) -> Bool {
        for byte in field.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
        if let first = field.utf8.first, first == 0x20 { return true }
        if let last = field.utf8.last, last == 0x20 { return true }
        return false
    }
}
