/// What an import would change, table by table, worked out against the store before anything is
/// written, so that nothing is removed or doubled without anyone seeing it: a file left out of an
/// import of existing accounts (say `transactions.csv`) would otherwise empty that table for them.
public struct ImportPlan: Sendable, Equatable {
    public struct TableChange: Sendable, Equatable {
        public var table: InterchangeTable
        public var added = 0
        public var changed = 0
        public var removed = 0
    }

    /// Every table, in the order of `InterchangeTable`.
    public private(set) var tables: [TableChange] = InterchangeTable.allCases.map { TableChange(table: $0) }
    public private(set) var newCases = 0
    public private(set) var replacedCases = 0
    public private(set) var unchangedCases = 0
    /// Stored cases that would lose rows, in import order.
    public private(set) var casesLosingRows: [String] = []

    public init() {}

    public var removedRows: Int { tables.reduce(0) { $0 + $1.removed } }
    public var removesRows: Bool { removedRows > 0 }

    /// The users the batch adds or changes, compared with the store now. `keptLogin` (the importing
    /// administrator, whose own row an import never rewrites) is left out.
    public mutating func countUsers(_ users: [User], store: CaseStore, keptLogin: String?) throws {
        for user in users where user.login != keptLogin {
            guard let stored = try store.user(login: user.login) else { count(.users, added: 1); continue }
            if stored != user { count(.users, changed: 1) }
        }
    }

    /// One case as it stood before the import (nil: new) and as it stands after it. Comparing what was
    /// actually stored, classification included, means agreement states the nightly run derives again
    /// are not mistaken for rows the import removes.
    public mutating func countCase(before: CaseFile?, after: CaseFile) {
        guard let before else {
            newCases += 1
            countNew(after)
            return
        }
        let removedBefore = removedRows
        if compare(after, with: before) { replacedCases += 1 } else { unchangedCases += 1 }
        if removedRows > removedBefore { casesLosingRows.append(after.ref) }
    }

    private mutating func count(_ table: InterchangeTable, added: Int = 0, changed: Int = 0, removed: Int = 0) {
        guard let i = tables.firstIndex(where: { $0.table == table }) else { return }
        tables[i].added += added
        tables[i].changed += changed
        tables[i].removed += removed
    }

    private mutating func count(_ table: InterchangeTable, _ diff: RowDiff) {
        count(table, added: diff.added, changed: diff.changed, removed: diff.removed)
    }

    private mutating func countNew(_ file: CaseFile) {
        count(.accounts, added: 1)
        count(.contacts, added: file.account.contacts.count)
        count(.transactions, added: file.transactions.count)
        count(.agreements, added: file.agreements.count)
        count(.agreementStates, added: file.agreements.reduce(0) { $0 + $1.history.count })
        count(.notices, added: file.notices.count)
        count(.courtCases, added: file.courtCases.count)
        count(.evictions, added: file.evictions.count)
        count(.pauses, added: file.pause == nil ? 0 : 1)
        count(.holds, added: file.holds.count)
        count(.diary, added: file.diary.count)
        count(.letters, added: file.letters.count)
        count(.promises, added: file.promises.count)
    }

    /// Counts the differences between an imported case and the stored one; true when there are any.
    private mutating func compare(_ file: CaseFile, with stored: CaseFile) -> Bool {
        var diffs: [(InterchangeTable, RowDiff)] = []
        diffs.append((.accounts, RowDiff(old: [Self.accountRow(stored)], new: [Self.accountRow(file)], key: \.ref)))
        diffs.append((.contacts, RowDiff(old: stored.account.contacts, new: file.account.contacts, key: \.id)))
        diffs.append((.transactions, RowDiff(old: stored.transactions, new: file.transactions, key: { $0 })))
        diffs.append((.agreements, RowDiff(old: stored.agreements.map(Self.withoutHistory), new: file.agreements.map(Self.withoutHistory), key: \.id)))
        // A state is paired by its agreement and kind, so one the nightly run dates afresh counts as changed.
        diffs.append((.agreementStates, RowDiff(old: Self.states(stored), new: Self.states(file), key: { "\($0.agreementId) \($0.change.state.rawValue)" })))
        diffs.append((.notices, RowDiff(old: stored.notices, new: file.notices, key: \.id)))
        diffs.append((.courtCases, RowDiff(old: stored.courtCases, new: file.courtCases, key: \.id)))
        diffs.append((.evictions, RowDiff(old: stored.evictions, new: file.evictions, key: \.id)))
        diffs.append((.pauses, RowDiff(old: stored.pause.map { [$0] } ?? [], new: file.pause.map { [$0] } ?? [], key: { _ in 0 })))
        diffs.append((.holds, RowDiff(old: stored.holds, new: file.holds, key: \.id)))
        diffs.append((.diary, RowDiff(old: stored.diary, new: file.diary, key: \.id)))
        diffs.append((.letters, RowDiff(old: stored.letters, new: file.letters, key: \.id)))
        diffs.append((.promises, RowDiff(old: stored.promises, new: file.promises, key: \.id)))
        for (table, diff) in diffs { count(table, diff) }
        return diffs.contains { !$0.1.isEmpty }
    }

    private static func accountRow(_ file: CaseFile) -> Account {
        var account = file.account
        account.contacts = []
        account.version = 0
        return account
    }

    private static func withoutHistory(_ agreement: Agreement) -> Agreement {
        var a = agreement
        a.history = []
        return a
    }

    private struct StateRow: Hashable {
        var agreementId: Int
        var change: AgreementStateChange
    }

    private static func states(_ file: CaseFile) -> [StateRow] {
        file.agreements.flatMap { a in a.history.map { StateRow(agreementId: a.id, change: $0) } }
    }

    // MARK: Text

    /// The plan as a table, then the cases: what `arrears import` prints before it writes anything.
    public var text: String {
        var lines = ["table               added  changed  removed"]
        for t in tables where t.added + t.changed + t.removed > 0 {
            lines.append(Self.pad(t.table.rawValue, 18) + Self.right(t.added, 7) + Self.right(t.changed, 9) + Self.right(t.removed, 9))
        }
        if lines.count == 1 { lines.append("(no rows change)") }
        lines.append("Cases: \(Self.grouped(newCases)) new, \(Self.grouped(replacedCases)) replaced, \(Self.grouped(unchangedCases)) unchanged.")
        return lines.joined(separator: "\n")
    }

    /// Why an import that removes rows is refused without `--replace`.
    public var removalRefusal: String {
        let tablesText = tables.filter { $0.removed > 0 }.map { "\($0.table.rawValue): \(Self.grouped($0.removed))" }.joined(separator: ", ")
        let shown = casesLosingRows.prefix(5).joined(separator: ", ") + (casesLosingRows.count > 5 ? ", …" : "")
        return "This import would remove \(Self.grouped(removedRows)) stored rows from \(Self.grouped(casesLosingRows.count)) existing "
            + "case\(casesLosingRows.count == 1 ? "" : "s") (\(tablesText); cases \(shown)). A file left out or cut short removes "
            + "what it held before. Nothing was imported: give every file of the export, or add --replace to make those "
            + "cases exactly as the files say."
    }

    private static func grouped(_ n: Int) -> String { Money.groupThousands(Int64(n)) }
    private static func pad(_ s: String, _ width: Int) -> String { s + String(repeating: " ", count: max(1, width - s.count)) }
    private static func right(_ n: Int, _ width: Int) -> String {
        let s = grouped(n)
        return String(repeating: " ", count: max(1, width - s.count)) + s
    }
}

/// Rows added, changed and removed between two versions of one list. Rows are paired by key; a key
/// may repeat (ledger lines have no key of their own, so a line is its own key and two identical
/// payments on one day are two rows): the first old row of a key pairs with the first new one.
struct RowDiff: Sendable, Equatable {
    var added = 0
    var changed = 0
    var removed = 0

    var isEmpty: Bool { added + changed + removed == 0 }

    init<Row: Equatable, Key: Hashable>(old: [Row], new: [Row], key: (Row) -> Key) {
        if old == new { return }
        var oldByKey: [Key: [Row]] = [:]
        for row in old { oldByKey[key(row), default: []].append(row) }
        var used: [Key: Int] = [:]
        for row in new {
            let k = key(row)
            let index = used[k, default: 0]
            if let candidates = oldByKey[k], index < candidates.count {
                if candidates[index] != row { changed += 1 }
                used[k] = index + 1
            } else {
                added += 1
            }
        }
        for (k, rows) in oldByKey { removed += max(0, rows.count - used[k, default: 0]) }
    }
}
