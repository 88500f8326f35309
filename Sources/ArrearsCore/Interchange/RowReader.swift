import Foundation

/// Reads the typed values of one CSV record by column name, noting a problem at the exact field for
/// every value that is missing or malformed. Getters for required columns return a placeholder after
/// noting the problem; a record with any problem is dropped whole, so placeholders never reach a case.
struct RowReader {
    let file: String
    let record: CSVRecord
    let columns: [String: Int]
    let required: Set<String>
    private(set) var problems: [ImportProblem] = []

    init(file: String, record: CSVRecord, columns: [String: Int], required: Set<String>) {
        self.file = file; self.record = record; self.columns = columns; self.required = required
    }

    func field(_ column: String) -> CSVField? { columns[column].map { record.fields[$0] } }

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
    mutating func text(_ column: String) -> String? {
        guard let text = field(column)?.text, !text.isEmpty else {
            if required.contains(column) { note(column, "\(column) is empty; it is required") }
            return nil
        }
        return text
    }

    /// For columns whose domain value is never absent, only empty.
    mutating func string(_ column: String) -> String { text(column) ?? "" }

    /// Trimmed: codes, numbers and dates tolerate stray spaces; names and comments are kept as written.
    private mutating func trimmed(_ column: String) -> String? {
        guard let raw = text(column) else { return nil }
        let value = raw.trimmingCharacters(in: .whitespaces)
        if value.isEmpty, required.contains(column) { note(column, "\(column) is empty; it is required") }
        return value.isEmpty ? nil : value
    }

    // MARK: Typed values

    mutating func date(_ column: String) -> CivilDate? {
        guard let raw = trimmed(column) else { return nil }
        guard let date = CivilDate.parseISO(raw) else {
            note(column, "\(column) '\(raw)' is not a date; write dates as YYYY-MM-DD")
            return nil
        }
        return date
    }

    mutating func money(_ column: String) -> Money? {
        guard let raw = trimmed(column) else { return nil }
        guard let money = Money.parse(raw) else {
            note(column, "\(column) '\(raw)' is not an amount of money; write pounds and pence like 1234.56")
            return nil
        }
        return money
    }

    mutating func integer(_ column: String) -> Int? {
        guard let raw = trimmed(column) else { return nil }
        guard let value = Int(raw) else {
            note(column, "\(column) '\(raw)' is not a whole number")
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
            note(column, "\(column) '\(raw)' is not true or false")
            return nil
        }
    }

    mutating func timestamp(_ column: String) -> Timestamp? {
        guard let raw = trimmed(column) else { return nil }
        guard let instant = Timestamp.parse(raw) else {
            note(column, "\(column) '\(raw)' is not a date and time; write 2026-03-29T13:05:00Z (UTC) or 2026-03-29 14:05 (London time)")
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
            note(column, "\(column) '\(raw)' is not a time; write HH:MM")
            return nil
        }
        return hours * 60 + minutes
    }

    /// One of an enumeration's codes, matched without regard to case.
    mutating func code<T: RawRepresentable & CaseIterable>(_ column: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let raw = trimmed(column) else { return nil }
        if let exact = T(rawValue: raw) { return exact }
        if let folded = T.allCases.first(where: { $0.rawValue.lowercased() == raw.lowercased() }) { return folded }
        note(column, "\(column) '\(raw)' is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        return nil
    }

    /// Lines of an address or a list of messages: one per line of the field.
    mutating func lines(_ column: String) -> [String]? {
        text(column).map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Semicolon-separated short values, trimmed, empty items dropped.
    mutating func list(_ column: String) -> [String] {
        guard let raw = text(column) else { return [] }
        return raw.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
