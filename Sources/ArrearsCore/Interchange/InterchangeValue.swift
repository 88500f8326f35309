/// One value on its way out to a file: the export side of `InterchangeValueKind`. CSV writes every value
/// as text; JSON keeps numbers, booleans, lists and absent values typed.
enum InterchangeValue: Hashable, Sendable {
    case empty
    case text(String)
    case integer(Int)
    case money(Money)
    case date(CivilDate)
    case timestamp(Timestamp)
    case minutes(Int)
    case boolean(Bool)
    case lines([String])
    case list([String])

    static func optional(_ text: String?) -> InterchangeValue { text.map { .text($0) } ?? .empty }
    static func optional(_ value: Int?) -> InterchangeValue { value.map { .integer($0) } ?? .empty }
    static func optional(_ value: Money?) -> InterchangeValue { value.map { .money($0) } ?? .empty }
    static func optional(_ value: CivilDate?) -> InterchangeValue { value.map { .date($0) } ?? .empty }
    static func optional(_ value: Bool?) -> InterchangeValue { value.map { .boolean($0) } ?? .empty }

    var csvText: String {
        switch self {
        case .empty: return ""
        case let .text(text): return text
        case let .integer(value): return String(value)
        case let .money(money): return money.decimalText
        case let .date(date): return date.isoText
        case let .timestamp(instant): return instant.isoUTC
        case let .minutes(minutes): return InterchangeValue.timeText(minutes)
        case let .boolean(flag): return flag ? "true" : "false"
        case let .lines(lines): return lines.joined(separator: "\n")
        case let .list(items): return items.joined(separator: ";")
        }
    }

    /// The value as a CSV cell: text that a spreadsheet would run as a formula is neutralised
    /// (`SpreadsheetFormula`); numbers, dates and codes are written as they are.
    var csvCell: String {
        switch self {
        case .text, .lines, .list: return SpreadsheetFormula.neutralised(csvText)
        default: return csvText
        }
    }

    func appendJSON(to out: inout String) {
        switch self {
        case .empty: out += "null"
        case let .integer(value): out += String(value)
        case let .boolean(flag): out += flag ? "true" : "false"
        case let .lines(items), let .list(items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                JSONText.appendString(item, to: &out)
            }
            out += "]"
        default: JSONText.appendString(csvText, to: &out)
        }
    }

    static func timeText(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "\(hours < 10 ? "0" : "")\(hours):\(rest < 10 ? "0" : "")\(rest)"
    }
}

