import Foundation

/// The kinds of value the interchange files hold, each with one written form (docs/data-formats.md).
public enum InterchangeValueKind: String, Sendable {
    /// Any text, kept exactly as written (line breaks allowed inside quotes).
    case text
    /// One of a fixed set of codes, listed in the documentation of the column.
    case code
    case integer
    /// Pounds and pence as a plain decimal: `1234.56`, `-12.50`.
    case money
    /// `YYYY-MM-DD`.
    case date
    /// `YYYY-MM-DDTHH:MM:SSZ` (UTC), or `YYYY-MM-DD HH:MM` (London time) on import.
    case timestamp
    /// `HH:MM`, London time.
    case time
    /// `true` or `false` (`yes`/`no` and `1`/`0` are read too).
    case boolean
    /// Address lines, one per line inside the quoted field.
    case lines
    /// Several short values separated by semicolons: `E01;E02`.
    case list
}

public struct InterchangeColumn: Hashable, Sendable {
    public var name: String
    public var kind: InterchangeValueKind
    public var required: Bool

    init(_ name: String, _ kind: InterchangeValueKind, required: Bool = false) {
        self.name = name; self.kind = kind; self.required = required
    }
}

/// The files of the import and export format. Every case file names its account by `tenancy_ref`; the
/// ids of contacts, agreements, notices and the rest are unique within their account.
public enum InterchangeTable: String, CaseIterable, Sendable {
    case users
    case accounts
    case contacts
    case transactions
    case agreements
    case agreementStates = "agreement_states"
    case notices
    case courtCases = "court_cases"
    case evictions
    case pauses
    case holds
    case diary
    case letters
    case promises

    public var fileName: String { "\(rawValue).csv" }
    public var header: [String] { columns.map(\.name) }

    public var columns: [InterchangeColumn] {
        typealias C = InterchangeColumn
        let ref = C("tenancy_ref", .text, required: true)
        switch self {
        case .users:
            return [C("login", .text, required: true), C("display_name", .text, required: true),
                    C("role", .code, required: true), C("patches", .list), C("disabled", .boolean)]
        case .accounts:
            return [ref, C("payment_ref", .text, required: true), C("account_type", .code, required: true),
                    C("debt_kind", .code), C("patch", .text), C("assigned_to", .text),
                    C("start_date", .date, required: true), C("end_date", .date), C("charge", .money, required: true),
                    C("charge_period", .code, required: true), C("address", .lines), C("postcode", .text),
                    C("uprn", .text), C("bedrooms", .integer)]
        case .contacts:
            return [ref, C("contact_id", .integer, required: true), C("responsible", .boolean, required: true),
                    C("title", .text), C("first_name", .text), C("last_name", .text, required: true),
                    C("phone_1", .text), C("phone_2", .text), C("phone_3", .text), C("emails", .list),
                    C("correspondence_address", .lines)]
        case .transactions:
            return [ref, C("date", .date, required: true), C("code", .code, required: true), C("description", .text),
                    C("amount", .money, required: true)]
        case .agreements:
            return [ref, C("agreement_id", .integer, required: true), C("kind", .code, required: true),
                    C("pattern", .code, required: true), C("frequency", .code, required: true),
                    C("instalment", .money, required: true), C("start_date", .date, required: true),
                    C("starting_balance", .money, required: true), C("initial_payment", .money),
                    C("initial_payment_date", .date), C("court_case_id", .integer),
                    C("created_by", .text, required: true), C("created_at", .timestamp, required: true), C("notes", .text)]
        case .agreementStates:
            return [ref, C("agreement_id", .integer, required: true), C("state", .code, required: true),
                    C("date", .date, required: true), C("checked_balance", .money), C("expected_balance", .money),
                    C("description", .text)]
        case .notices:
            return [ref, C("notice_id", .integer, required: true), C("kind", .code, required: true),
                    C("served_on", .date, required: true), C("may_begin_on", .date, required: true),
                    C("valid_until", .date, required: true), C("review_requested_on", .date), C("review_outcome", .text)]
        case .courtCases:
            return [ref, C("court_case_id", .integer, required: true), C("hearing_date", .date), C("hearing_time", .time),
                    C("outcome", .code), C("outcome_date", .date), C("terms", .boolean),
                    C("disrepair_counter_claim", .boolean), C("strike_out_date", .date),
                    C("balance_on_outcome_date", .money)]
        case .evictions:
            return [ref, C("eviction_id", .integer, required: true), C("date", .date, required: true)]
        case .pauses:
            return [ref, C("until", .date, required: true), C("reason", .code, required: true), C("comment", .text),
                    C("set_by", .text, required: true), C("set_at", .timestamp, required: true)]
        case .holds:
            return [ref, C("hold_id", .integer, required: true), C("kind", .code, required: true),
                    C("start", .date, required: true), C("end", .date), C("reference", .text), C("note", .text),
                    C("debt_at_start", .money)]
        case .diary:
            return [ref, C("diary_id", .integer, required: true), C("at", .timestamp, required: true),
                    C("code", .code, required: true), C("comment", .text), C("user", .text, required: true),
                    C("balance", .money, required: true), C("voids", .integer)]
        case .letters:
            return [C("letter_id", .text, required: true), ref, C("template_id", .text, required: true),
                    C("contact_id", .integer), C("status", .code, required: true), C("author", .text, required: true),
                    C("created_at", .timestamp, required: true), C("updated_at", .timestamp, required: true),
                    C("validation_errors", .lines), C("local_print", .boolean), C("rendered_text", .text)]
        case .promises:
            return [ref, C("promise_id", .integer, required: true), C("amount", .money, required: true),
                    C("due_on", .date, required: true), C("made_on", .date, required: true),
                    C("recorded_by", .text, required: true), C("recorded_at", .timestamp, required: true),
                    C("comment", .text), C("outcome", .code), C("outcome_on", .date)]
        }
    }

    /// Recognises a file by its name (`accounts.csv`, any case), else by its header: the table whose
    /// columns include every header column and whose required columns all appear.
    static func recognise(path: String, header: [String]) -> InterchangeTable? {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let stem = base.lowercased().hasSuffix(".csv") ? String(base.dropLast(4)) : base
        if let byName = InterchangeTable(rawValue: stem.lowercased()) { return byName }
        let names = Set(header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
        let fits = allCases.filter { table in
            let columns = Set(table.header)
            return names.isSubset(of: columns) && table.columns.filter(\.required).allSatisfy { names.contains($0.name) }
        }
        return fits.count == 1 ? fits[0] : nil
    }
}
