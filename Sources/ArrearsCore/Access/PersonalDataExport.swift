/// Every export of personal data (letters written out for printing, CSV exports) is checked and
/// recorded in the audit trail before the file is written.
public enum PersonalDataExport {
    /// Refuses the whole export if the user may not export any one of the cases; otherwise appends one
    /// audit row naming what was exported and which cases (references only).
    /// - Parameter what: a short description without personal data, e.g. `queued letters for printing`.
    public static func record(store: CaseStore, user: User, at: Timestamp, what: String,
                              cases: [(ref: String, type: AccountType)]) throws {
        try Access.check(user: user, operation: .exportPersonalData, account: nil)
        for item in cases { try Access.check(user: user, operation: .exportPersonalData, account: item.type) }
        try store.atomically {
            let current = try store.user(login: user.login) ?? user
            try Access.check(user: current, operation: .exportPersonalData, account: nil)
            try store.appendAudit(AuditRecord(
                at: at, user: user.login, operation: .exportPersonalData, accountRef: cases.count == 1 ? cases[0].ref : nil,
                summary: "Exported \(what): \(cases.count) case\(cases.count == 1 ? "" : "s")",
                before: nil, after: AuditJSON.encode(ExportFacts(what: what, refs: cases.map(\.ref)))))
        }
    }
}

struct ExportFacts: Encodable {
    var what: String
    var refs: [String]
}
