/// Puts decoded rows together into whole cases, checking what only the whole import can show: duplicate
/// keys, rows for accounts that are not in the import, and links between rows (an agreement's court case,
/// a state's agreement, a voided diary entry, a letter's contact).
struct CaseAssembler {
    private(set) var problems: [ImportProblem] = []
    private var cases: [CaseFile] = []
    private var caseIndex: [String: Int] = [:]
    private var refusedAccounts: Set<String> = []
    private var accountsIncomplete = false

    mutating func assemble(_ rows: ImportedRows) -> ImportBatch {
        refusedAccounts = rows.refusedAccounts
        accountsIncomplete = rows.accountsIncomplete
        var users: [User] = []
        var logins = KeyRegistry<String>()
        for row in rows.users where note(logins.claim(row.value.login, at: row.keyAt), "user", row.value.login, at: row.keyAt) {
            users.append(row.value)
        }
        var refs = KeyRegistry<String>()
        var paymentRefs = KeyRegistry<String>()
        for row in rows.accounts {
            let paymentRefAt = row.secondKeyAt ?? row.keyAt
            _ = note(paymentRefs.claim(row.value.paymentRef, at: paymentRefAt), "payment_ref", row.value.paymentRef,
                     at: paymentRefAt)
            guard note(refs.claim(row.ref, at: row.keyAt), "account", row.ref, at: row.keyAt) else { continue }
            caseIndex[row.ref] = cases.count
            cases.append(CaseFile(account: row.value))
        }
        attach(rows.contacts, noun: "contact", key: \.id) { $0.account.contacts.append($1) }
        attach(rows.transactions, noun: nil, key: { _ in 0 }) { $0.transactions.append($1) }
        attach(rows.notices, noun: "notice", key: \.id) { $0.notices.append($1) }
        attach(rows.courtCases, noun: "court case", key: \.id) { $0.courtCases.append($1) }
        attach(rows.evictions, noun: "eviction", key: \.id) { $0.evictions.append($1) }
        attach(rows.holds, noun: "hold", key: \.id) { $0.holds.append($1) }
        attach(rows.diary, noun: "diary entry", key: \.id) { $0.diary.append($1) }
        attach(rows.agreements, noun: "agreement", key: \.id) { $0.agreements.append($1) }
        attach(rows.promises, noun: "promise", key: \.id) { $0.promises.append($1) }
        attachPauses(rows.pauses)
        attachStates(rows.agreementStates)
        attachLetters(rows.letters)
        checkLinks(rows)
        for i in cases.indices { cases[i].putInOrder() }
        return ImportBatch(cases: cases, users: users)
    }

    /// Records a duplicate (found at `location`, first seen at `firstAt`) as a problem; true when the key was new.
    private mutating func note(_ firstAt: ImportLocation?, _ noun: String, _ key: String, at location: ImportLocation) -> Bool {
        guard let firstAt else { return true }
        problems.append(ImportProblem(location, "duplicate \(noun) \(key) (first at \(firstAt.text))"))
        return false
    }

    private mutating func caseFor<Value>(_ row: ImportedRow<Value>) -> Int? {
        guard let index = caseIndex[row.ref] else {
            if accountsIncomplete || refusedAccounts.contains(row.ref) { return nil }
            problems.append(ImportProblem(row.refAt, "tenancy_ref \(row.ref) is not in any accounts file of this import"))
            return nil
        }
        return index
    }

    /// Adds rows to their cases; `noun` names the key that must be unique within an account (nil: no key).
    private mutating func attach<Value>(_ rows: [ImportedRow<Value>], noun: String?, key: (Value) -> Int,
                                        _ add: (inout CaseFile, Value) -> Void) {
        var seen: [String: [Int: ImportLocation]] = [:]
        for row in rows {
            guard let index = caseFor(row) else { continue }
            if let noun {
                let id = key(row.value)
                if let first = seen[row.ref]?[id] {
                    problems.append(ImportProblem(row.keyAt, "duplicate \(noun) \(id) for account \(row.ref) (first at \(first.text))"))
                    continue
                }
                seen[row.ref, default: [:]][id] = row.keyAt
            }
            add(&cases[index], row.value)
        }
    }

    private mutating func attachPauses(_ rows: [ImportedRow<Pause>]) {
        var seen: [String: ImportLocation] = [:]
        for row in rows {
            guard let index = caseFor(row) else { continue }
            if let first = seen[row.ref] {
                problems.append(ImportProblem(row.keyAt, "duplicate pause for account \(row.ref): an account has at most one (first at \(first.text))"))
                continue
            }
            seen[row.ref] = row.keyAt
            cases[index].pause = row.value
        }
    }

    private mutating func attachStates(_ rows: [ImportedRow<ImportedAgreementState>]) {
        for row in rows {
            guard let index = caseFor(row) else { continue }
            guard let agreement = cases[index].agreements.firstIndex(where: { $0.id == row.value.agreementId }) else {
                problems.append(ImportProblem(row.keyAt, "agreement \(row.value.agreementId) of account \(row.ref) is not in any agreements file of this import"))
                continue
            }
            cases[index].agreements[agreement].history.append(row.value.change)
        }
    }

    private mutating func attachLetters(_ rows: [ImportedRow<Letter>]) {
        var ids: [String: ImportLocation] = [:]
        for row in rows {
            if let first = ids[row.value.id] {
                problems.append(ImportProblem(row.keyAt, "duplicate letter \(row.value.id) (first at \(first.text))"))
                continue
            }
            ids[row.value.id] = row.keyAt
            guard let index = caseFor(row) else { continue }
            cases[index].letters.append(row.value)
        }
    }

    /// Links between rows of different files, checked once every row is in place.
    private mutating func checkLinks(_ rows: ImportedRows) {
        for row in rows.agreements {
            guard let index = caseIndex[row.ref], let courtCaseId = row.value.courtCaseId else { continue }
            if !cases[index].courtCases.contains(where: { $0.id == courtCaseId }) {
                problems.append(ImportProblem(row.keyAt, "court case \(courtCaseId) named by agreement \(row.value.id) is not in the court_cases of account \(row.ref)"))
            }
        }
        for row in rows.diary {
            guard let index = caseIndex[row.ref], let voided = row.value.voids else { continue }
            if !cases[index].diary.contains(where: { $0.id == voided }) {
                problems.append(ImportProblem(row.keyAt, "diary entry \(row.value.id) voids entry \(voided), which account \(row.ref) does not have"))
            }
        }
        for row in rows.letters {
            guard let index = caseIndex[row.ref], let contactId = row.value.contactId else { continue }
            if !cases[index].account.contacts.contains(where: { $0.id == contactId }) {
                problems.append(ImportProblem(row.keyAt, "letter \(row.value.id) is addressed to contact \(contactId), whom account \(row.ref) does not have"))
            }
        }
    }
}

/// First sightings of keys, so that a duplicate can say where the original is.
struct KeyRegistry<Key: Hashable> {
    private var firstSeen: [Key: ImportLocation] = [:]

    /// Nil when the key is new (and now claimed); else where it was first seen.
    mutating func claim(_ key: Key, at location: ImportLocation) -> ImportLocation? {
        if let first = firstSeen[key] { return first }
        firstSeen[key] = location
        return nil
    }
}

extension CaseFile {
    /// The order the domain promises: ledger and diary oldest first, agreement histories oldest first.
    /// Rows already in order (as exported) keep their order; equal dates keep the order of the file.
    mutating func putInOrder() {
        transactions.stableSort { $0.date < $1.date }
        promises.stableSort { $0.id < $1.id }
        diary.stableSort { $0.at < $1.at }
        for i in agreements.indices { agreements[i].history.stableSort { $0.date < $1.date } }
    }
}

extension Array {
    /// A sort that keeps equal elements in their original order (the standard library does not promise to).
    mutating func stableSort(by before: (Element, Element) -> Bool) {
        var sorted = true
        for i in indices.dropFirst() where before(self[i], self[i - 1]) {
            sorted = false
            break
        }
        if sorted { return }
        self = enumerated().sorted { a, b in
            before(a.element, b.element) || (!before(b.element, a.element) && a.offset < b.offset)
        }.map(\.element)
    }
}
