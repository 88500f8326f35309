/// How domain values are stored: dates as day numbers since 1970-01-01, timestamps as seconds since
/// the Unix epoch, money as integer pence, codes as their raw text, string lists as JSON arrays.
/// Integers keep 100,000-case tables small and fast; `date(col, 'unixepoch')` shows them in the sqlite3 shell.
protocol SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws
}

extension Int64: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws { try statement.bindInt64(self, at: index) }
}

extension Int: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws { try statement.bindInt64(Int64(self), at: index) }
}

extension Bool: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws { try statement.bindInt64(self ? 1 : 0, at: index) }
}

extension String: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws { try statement.bindText(self, at: index) }
}

extension Optional: SQLBindable where Wrapped: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws {
        switch self {
        case .none: try statement.bindNull(at: index)
        case .some(let value): try value.bind(to: statement, at: index)
        }
    }
}

extension CivilDate: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws {
        try statement.bindInt64(Int64(dayNumber), at: index)
    }
}

extension Timestamp: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws {
        try statement.bindInt64(secondsSinceEpoch, at: index)
    }
}

extension Money: SQLBindable {
    func bind(to statement: any SQLStatement, at index: Int32) throws { try statement.bindInt64(pence, at: index) }
}

/// Lists of strings (address lines, phones, validation errors) are one JSON-array column each.
extension Array: SQLBindable where Element == String {
    func bind(to statement: any SQLStatement, at index: Int32) throws {
        try statement.bindText(StringListCodec.encode(self), at: index)
    }
}

/// A domain code stored as its raw text.
protocol SQLTextCode: SQLBindable, RawRepresentable where RawValue == String {}

extension SQLTextCode {
    func bind(to statement: any SQLStatement, at index: Int32) throws { try statement.bindText(rawValue, at: index) }
}

extension AccountType: SQLTextCode {}
extension DebtKind: SQLTextCode {}
extension ChargePeriod: SQLTextCode {}
extension AgreementKind: SQLTextCode {}
extension PaymentPattern: SQLTextCode {}
extension AgreementFrequency: SQLTextCode {}
extension AgreementState: SQLTextCode {}
extension NoticeKind: SQLTextCode {}
extension CourtOutcome: SQLTextCode {}
extension PauseReason: SQLTextCode {}
extension HoldKind: SQLTextCode {}
extension LetterStatus: SQLTextCode {}
extension PromiseOutcome: SQLTextCode {}
extension Role: SQLTextCode {}
extension Band: SQLTextCode {}

// MARK: Reading domain values

extension SQLStatement {
    func date(_ column: Int32) -> CivilDate { CivilDate(dayNumber: Int32(truncatingIfNeeded: int64(column))) }

    func optionalDate(_ column: Int32) -> CivilDate? { isNull(column) ? nil : date(column) }

    func timestamp(_ column: Int32) -> Timestamp { Timestamp(secondsSinceEpoch: int64(column)) }

    func money(_ column: Int32) -> Money { Money(pence: int64(column)) }

    func optionalMoney(_ column: Int32) -> Money? { isNull(column) ? nil : money(column) }

    func code<Code: SQLTextCode>(_ column: Int32, as type: Code.Type = Code.self) throws -> Code {
        guard let value = try optionalCode(column, as: type) else { throw unreadable(column, "missing \(Code.self) code") }
        return value
    }

    func optionalCode<Code: SQLTextCode>(_ column: Int32, as type: Code.Type = Code.self) throws -> Code? {
        guard let raw = optionalText(column) else { return nil }
        guard let value = Code(rawValue: raw) else { throw unreadable(column, "unknown \(Code.self) code '\(raw)'") }
        return value
    }

    func stringList(_ column: Int32) throws -> [String] {
        let raw = text(column)
        guard let list = StringListCodec.decode(raw) else { throw unreadable(column, "not a JSON list of strings") }
        return list
    }

    func optionalStringList(_ column: Int32) throws -> [String]? {
        isNull(column) ? nil : try stringList(column)
    }
}
