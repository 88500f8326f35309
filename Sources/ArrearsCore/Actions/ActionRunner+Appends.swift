/// The bulk form of `ActionRunner.run` for changes that only append letters and diary entries: the
/// change is made on the copy the caller read for its preview, and the store is asked to append the
/// new rows where the case's version is still that copy's, instead of loading each case again inside
/// the transaction (issue 12: 20,000 cases). The caller runs the cases the store refuses, and any
/// change that is not a pure append, the ordinary way.
extension ActionRunner {
    struct PreparedAppend {
        var append: CaseAppend
        var saved: CaseFile
        var change: CaseChange
        var at: Timestamp
    }

    /// `body` applied to `copy` as `run` applies it to the stored case. Nil when the change does more
    /// than append letters and diary entries.
    func prepareAppend(_ operation: AccessOperation, copy: CaseFile, in session: Session,
                       _ body: (inout CaseFile, Timestamp) throws -> CaseChange) throws -> PreparedAppend? {
        let at = now()
        var saved = copy
        let (change, _) = try apply(operation, to: &saved, at: at, in: session, body)
        guard saved.letters.starts(with: copy.letters), saved.diary.starts(with: copy.diary) else { return nil }
        var rest = saved
        rest.letters = copy.letters
        rest.diary = copy.diary
        guard rest == copy else { return nil }
        saved.account.version = copy.account.version + 1
        let append = CaseAppend(ref: copy.ref, version: copy.account.version,
                                letters: Array(saved.letters.dropFirst(copy.letters.count)), lettersBefore: copy.letters.count,
                                diary: Array(saved.diary.dropFirst(copy.diary.count)), diaryBefore: copy.diary.count)
        return PreparedAppend(append: append, saved: saved, change: change, at: at)
    }

    /// Appends the prepared rows, saves the re-classified summaries and the audit rows, inside the
    /// caller's transaction. Returns the references whose version had moved: nothing is written for them.
    func write(_ prepared: [PreparedAppend], _ operation: AccessOperation, in session: Session) throws -> Set<String> {
        let moved = try store.appendToCases(prepared.map(\.append))
        let written = prepared.filter { !moved.contains($0.append.ref) }
        try store.saveSummaries(written.map { summary(of: $0.saved, in: session) }, snapshot: nil)
        for item in written {
            try store.appendAudit(AuditRecord(at: item.at, user: session.user.login, operation: operation, accountRef: item.append.ref,
                                              summary: item.change.auditSummary, before: item.change.before, after: item.change.after))
        }
        return moved
    }
}
