/// Reads the typed values of one CSV record by column name, noting a problem at the exact field for
/// every value that is missing or malformed. Getters for required columns return a placeholder after
/// noting the problem; a record with any problem is dropped whole, so placeholders never reach a case.
struct RowReader {
    let file: String
    let record: CSVRecord
    let layout: ColumnLayout
    private(set) var problems: [ImportProblem] = []

    init(file: String, record: CSVRecord, layout: ColumnLayout) {
        self.file = file; self.record = record; self.layout = layout
    }

    func field(_ column: String) -> CSVField? { layout.position(of: column).map { record.fields[$0] } }

    /// Where a column's value is (the record's start when the file has no such column).
    func location(_ column: String) -> ImportLocation {
        let f = field(column)
        return ImportLocation(file: file, line: f?.line ?? record.line, column: f?.column ?? 1)
    }

    mutating func note(_ column: String, _ message: String) {
        problems.append(ImportProblem(location(column), message))
    }

    // MARK: Text

    /// The value as written, nil when empty or absent; notes a problem if the column is required.
    /// A value holding a control character (other than a line break or tab) or a bidi override is
    /// refused, so none reaches a screen, a letter or a printer; a cell the export neutralised for
    /// spreadsheets (`'=…`) reads back as it was.
    mutating func text(_ column: String) -> String? {
        guard let text = field(column)?.text, !text.isEmpty else {
            if layout.isRequired(column) { note(column, "\(column) is empty; it is required") }
            return nil
        }
        if let hostile = TerminalSafeText.firstHostile(in: text) {
            note(column, "\(column) holds the control character \(TerminalSafeText.codePoint(hostile.scalar))"
                 + " at line \(hostile.line + 1), character \(hostile.column + 1) of the value '\(shown(text))'; text may hold"
                 + " line breaks and tabs but no other control characters or bidi overrides (U+202A–U+202E, U+2066–U+2069)")
            return nil
        }
        return SpreadsheetFormula.restored(text)
    }

    /// A bad value as a message quotes it: one line, escaped, at most 80 characters.
    func shown(_ raw: String) -> String { TerminalSafeText.excerpt(raw) }

    /// For columns whose domain value is never absent, only empty.
    mutating func string(_ column: String) -> String { text(column) ?? "" }

    /// Trimmed: codes, numbers and dates tolerate stray spaces; names and comments are kept as written.
    private mutating func trimmed(_ column: String) -> String? {
        guard let raw = text(column) else { return nil }
        let value = FastParse.trimmingSpaces(raw)
        if value.isEmpty, layout.isRequired(column) { note(column, "\(column) is empty; it is required") }
        return value.isEmpty ? nil : value
    }

    // MARK: Typed values

    mutating func date(_ column: String) -> CivilDate? {
        guard let raw = trimmed(column) else { return nil }
        guard let date = FastParse.date(raw) ?? CivilDate.parseISO(raw) else {
            note(column, "\(column) '\(shown(raw))' is not a date; write dates as YYYY-MM-DD")
            return nil
        }
        return date
    }

    mutating func money(_ column: String) -> Money? {
        guard let raw = trimmed(column) else { return nil }
        guard let money = FastParse.money(raw) ?? Money.parse(raw) else {
            note(column, "\(column) '\(shown(raw))' is not an amount of money; write pounds and pence like 1234.56")
            return nil
        }
        return money
    }

    mutating func integer(_ column: String) -> Int? {
        guard let raw = trimmed(column) else { return nil }
        guard let value = Int(raw) else {
            note(column, "\(column) '\(shown(raw))' is not a whole number")
            return nil
        }
        return value
    }

    mutating func boolean(_ column: String) -> Bool? {
        guard let raw = trimmed(column) else { return nil }
        switch raw.lowercased() {
        case "true", "yes", "y", "1": return true
        case "false", "no", "n", "0": return false
        default:
            note(column, "\(column) '\(shown(raw))' is not true or false")
            return nil
        }
    }

    mutating func timestamp(_ column: String) -> Timestamp? {
        guard let raw = trimmed(column) else { return nil }
        guard let instant = Timestamp.parse(raw) else {
            note(column, "\(column) '\(shown(raw))' is not a date and time; write 2026-03-29T13:05:00Z (UTC) or 2026-03-29 14:05 (London time)")
            return nil
        }
        return instant
    }

    /// `HH:MM` as minutes after midnight.
    mutating func time(_ column: String) -> Int? {
        guard let raw = trimmed(column) else { return nil }
        let parts = raw.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count == 2, let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0..<24).contains(hours), (0..<60).contains(minutes) else {
            note(column, "\(column) '\(shown(raw))' is not a time; write HH:MM")
            return nil
        }
        return hours * 60 + minutes
    }

    /// One of an enumeration's codes, matched without regard to case.
    mutating func code<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let raw = trimmed(column) else { return nil }
        if let exact = T(rawValue: raw) { return exact }
        if let folded = T.allCases.first(where: { $0.rawValue.lowercased() == raw.lowercased() }) { return folded }
        note(column, "\(column) '\(shown(raw))' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    /// Lines of an address or a list of messages: one per line of the field.
    mutating func lines(_ column: String) -> [String]? {
        text(column).map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Semicolon-separated short values, trimmed, empty items dropped.
    mutating func list(_ column: String) -> [String] {
        guard let raw = text(column) else { return [] }
        return raw.split(separator: ";").map { FastParse.trimmingSpaces(String($0)) }.filter { !$0.isEmpty }
    }
}

/// Where each column of a file is, found by a short scan of the header names: tables have at most 14
/// columns, and comparing short names beats hashing them for every value of every row.
struct ColumnLayout {
    let names: [String]
    let required: [Bool]

    init(names: [String], table: InterchangeTable) {
        self.names = names
        let requiredNames = table.columns.filter(\.required).map(\.name)
        required = names.map { requiredNames.contains($0) }
    }

    func position(of column: String) -> Int? { names.firstIndex(of: column) }

    /// Required columns are always in the layout (a header without one is refused before any row is read).
    func isRequired(_ column: String) -> Bool { position(of: column).map { required[$0] } ?? false }
}

/// Fast paths for the forms the export writes (and most files use); anything else falls back to the
/// domain's more forgiving parsers, so the two always agree.
enum FastParse {
    static func trimmingSpaces(_ text: String) -> String {
        let bytes = text.utf8
        guard let first = bytes.first, let last = bytes.last else { return text }
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        if first != space, first != tab, last != space, last != tab { return text }
        var sub = Substring(text)
        while let c = sub.first, c == " " || c == "\t" { sub.removeFirst() }
        while let c = sub.last, c == " " || c == "\t" { sub.removeLast() }
        return String(sub)
    }

    /// Exactly `YYYY-MM-DD`.
    static func date(_ text: String) -> CivilDate? {
        text.utf8.withContiguousStorageIfAvailable { b -> CivilDate? in
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D,
                  let year = digits(b, 0, 4), let month = digits(b, 5, 2), let day = digits(b, 8, 2) else { return nil }
            return CivilDate(year: year, month: month, day: day)
        } ?? nil
    }

    /// Exactly `-?digits.dd` or `-?digits`, at most twelve digits of pounds.
    static func money(_ text: String) -> Money? {
        text.utf8.withContiguousStorageIfAvailable { b -> Money? in
            var i = 0
            let negative = b.first == 0x2D
            if negative { i = 1 }
            var pounds: Int64 = 0
            var count = 0
            while i < b.count, b[i] >= 0x30, b[i] <= 0x39 {
                pounds = pounds * 10 + Int64(b[i] - 0x30)
                i += 1
                count += 1
            }
            guard count > 0, count <= 12 else { return nil }
            var pence: Int64 = 0
            if i < b.count {
                guard b.count - i == 3, b[i] == 0x2E, let fraction = digits(b, i + 1, 2) else { return nil }
                pence = Int64(fraction)
            }
            let total = pounds * 100 + pence
            return Money(pence: negative ? -total : total)
        } ?? nil
    }

    private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
        var value = 0
        for i in start..<(start + count) {
            guard b[i] >= 0x30, b[i] <= 0x39 else { return nil }
            value = value * 10 + Int(b[i] - 0x30)
        }
        return value
    }
}
