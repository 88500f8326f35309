/// The one path every case action takes: permission, one transaction, diary, summary, audit.
///
/// 1. The role is checked before anything is read.
/// 2. One write transaction: the user is re-read (a login disabled since it was resolved is refused),
///    the case is loaded and its version checked (`StoreError.staleCase`), the role is checked
///    against the account's side, the change is applied, its diary entries appended with the user,
///    the time and the balance, the case re-classified and its summary saved, and an audit row
///    appended. Anything thrown rolls all of it back.
struct ActionRunner {
    let store: CaseStore
    let user: User
    let now: () -> Timestamp
    let reclassify: (CaseFile) -> CaseSummary

    /// The user and the officer rule, read once per transaction (a bulk step reads them once for all cases).
    struct Session {
        let user: User
        let officers: CaseOfficer
    }

    struct RunResult {
        var outcome: ActionOutcome
        var appendedDiaryIds: [Int]
        var change: CaseChange
    }

    func session(for operation: AccessOperation) throws -> Session {
        guard let stored = try store.user(login: user.login) else {
            throw AccessDenied(login: user.login, role: user.role, operation: operation, account: nil,
                               reason: "this login is no longer a user of this database")
        }
        return Session(user: stored, officers: CaseOfficer(users: try store.users()))
    }

    func run(_ operation: AccessOperation, ref: String, expectedVersion: Int?, in given: Session? = nil,
             _ body: (inout CaseFile, Timestamp) throws -> CaseChange) throws -> RunResult {
        try Access.check(user: user, operation: operation, account: nil)
        return try store.atomically {
            let session = try given ?? self.session(for: operation)
            try Access.check(user: session.user, operation: operation, account: nil)
            let at = now()
            var change: CaseChange?
            var appended: [Int] = []
            let saved = try store.update(ref: ref, expectedVersion: expectedVersion) { file in
                let (made, ids) = try apply(operation, to: &file, at: at, in: session, body)
                change = made
                appended = ids
            }
            guard let change else { throw ActionRefused("The action made no change.") }
            let summary = self.summary(of: saved, in: session)
            try store.saveSummaries([summary], snapshot: nil)
            try store.appendAudit(AuditRecord(at: at, user: session.user.login, operation: operation, accountRef: ref,
                                              summary: change.auditSummary, before: change.before, after: change.after))
            let outcome = ActionOutcome(message: change.message, caseFile: saved, summary: summary, followUp: change.followUp)
            return RunResult(outcome: outcome, appendedDiaryIds: appended, change: change)
        }
    }

    /// The role checked against the account's side, the change applied, and its diary entries
    /// appended with the user, the time and the balance. Returns the change and the new entries' ids.
    func apply(_ operation: AccessOperation, to file: inout CaseFile, at: Timestamp, in session: Session,
               _ body: (inout CaseFile, Timestamp) throws -> CaseChange) throws -> (CaseChange, [Int]) {
        try Access.check(user: session.user, operation: operation, account: file.account.type)
        let made = try body(&file, at)
        var appended: [Int] = []
        var nextId = (file.diary.map(\.id).max() ?? 0) + 1
        for entry in made.diary {
            file.diary.append(DiaryEntry(id: nextId, at: at, code: entry.code, comment: entry.comment,
                                         user: session.user.login, balance: file.balance, voids: entry.voids))
            appended.append(nextId)
            nextId += 1
        }
        return (made, appended)
    }

    /// The saved case re-classified, with its officer.
    func summary(of saved: CaseFile, in session: Session) -> CaseSummary {
        var summary = reclassify(saved)
        summary.officer = session.officers.officer(of: saved.account)
        return summary
    }
}

/// What one action did to one case, as its body reports it to the runner.
struct CaseChange {
    struct Entry {
        var code: String
        var comment: String
        var voids: Int? = nil
    }

    var diary: [Entry]
    /// One line for the audit trail: references and codes, no names.
    var auditSummary: String
    var before: String?
    var after: String?
    /// The status-bar line.
    var message: String
    var followUp: ActionFollowUp? = nil
}
