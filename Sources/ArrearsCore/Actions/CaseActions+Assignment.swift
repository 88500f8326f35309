import Foundation

/// Team leads move work: selected cases to an officer, or a whole patch. Both are audited; neither
/// can be undone by `u` (reassign back instead).
extension CaseActions {
    static let reassignmentCannotBeUndone = "reassign the cases back instead"

    /// Assigns the cases to `officer` directly (overriding their patch), in one transaction (ASN on
    /// each). Cases already assigned to that officer are left alone.
    @discardableResult
    public func reassignCases(_ refs: [String], to officer: String) throws -> String {
        try Access.check(user: user, operation: .reassignCases, account: nil)
        var seen = Set<String>()
        let unique = refs.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { throw ActionRefused(field: "Cases", "Select at least one case to reassign.") }
        var moved = 0
        try store.atomically {
            let session = try runner.session(for: .reassignCases)
            let target = try PatchAssignment.caseworker(officer, store: store)
            for ref in unique {
                guard let current = try store.loadCase(ref: ref) else { throw StoreError.caseNotFound(ref: ref) }
                if current.account.assignedTo == officer { continue }
                _ = try runner.run(.reassignCases, ref: ref, expectedVersion: nil, in: session) { file, _ in
                    guard PermissionMatrix.grant(target.role, .addDiaryEntry).covers(file.account.type) else {
                        throw ActionRefused(field: "Officer", "\(officer) is \(target.role.label.lowercased().withArticle) and cannot hold \(ref), a \(file.account.type.label.lowercased()) account.")
                    }
                    let before = AssignmentFacts(patch: file.account.patch, assignedTo: file.account.assignedTo)
                    let from = session.officers.officer(of: file.account) ?? "nobody"
                    file.account.assignedTo = officer
                    return CaseChange(diary: [.init(code: "ASN", comment: "Reassigned from \(from) to \(officer) by \(session.user.login).")],
                                      auditSummary: "Case reassigned from \(from) to \(officer)",
                                      before: AuditJSON.encode(before),
                                      after: AuditJSON.encode(AssignmentFacts(patch: file.account.patch, assignedTo: officer)),
                                      message: "Reassigned \(ref) to \(officer)")
                }
                moved += 1
            }
        }
        let already = unique.count - moved
        let message = "Reassigned \(Self.count(moved, "case")) to \(officer)" + (already > 0 ? "; \(already) already held by \(officer)" : "")
        history.append(UndoableAction(description: message, plan: .impossible(Self.reassignmentCannotBeUndone)))
        return message
    }

    /// Moves a patch to `officer`: it is taken from whoever held it, and the worklist rows of its cases
    /// (those not assigned directly) follow at once.
    @discardableResult
    public func reassignPatch(_ patch: String, to officer: String) throws -> String {
        try Access.check(user: user, operation: .reassignPatch, account: nil)
        let name = patch.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ActionRefused(field: "Patch", "Enter the patch to reassign.") }
        let message: String = try store.atomically {
            let session = try runner.session(for: .reassignPatch)
            try Access.check(user: session.user, operation: .reassignPatch, account: nil)
            let target = try PatchAssignment.caseworker(officer, store: store)
            let moved = try PatchAssignment.move(name, to: target, store: store)
            let from = moved.previousHolders.isEmpty ? "nobody" : moved.previousHolders.joined(separator: ", ")
            try store.appendAudit(AuditRecord(
                at: runner.now(), user: session.user.login, operation: .reassignPatch, accountRef: nil,
                summary: "Patch \(name) moved from \(from) to \(officer); \(moved.worklistRowsChanged) worklist rows changed",
                before: AuditJSON.encode(PatchFacts(patch: name, holders: moved.previousHolders)),
                after: AuditJSON.encode(PatchFacts(patch: name, holders: [officer]))))
            return "Patch \(name) moved from \(from) to \(officer); \(Self.count(moved.worklistRowsChanged, "worklist row")) updated"
        }
        history.append(UndoableAction(description: message, plan: .impossible(Self.reassignmentCannotBeUndone)))
        return message
    }

    /// Performs a rebalancing suggestion from the caseload view.
    @discardableResult
    public func accept(_ suggestion: RebalanceSuggestion) throws -> String {
        try reassignCases(suggestion.refs, to: suggestion.to)
    }
}
