/// Several store calls as one user action, and keeping worklist rows in step with assignments.
extension SQLCaseStore {
    /// BEGIN IMMEDIATE, so that the action holds the write lock from its first read to its commit and
    /// no other writer can slip in between a version check and the write it guards.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        try connection.transaction(immediate: true, body)
    }

    @discardableResult
    public func updateSummaryOfficers(_ officer: (_ patch: String?, _ assignedTo: String?) -> String?) throws -> Int {
        try connection.transaction(immediate: true) {
            var changes: [(ref: String, officer: String?)] = []
            try connection.statement("""
                SELECT s.ref, a.patch, a.assigned_to, s.officer FROM case_summaries s JOIN accounts a ON a.ref = s.ref
                """).query { s in
                let wanted = officer(s.optionalText(1), s.optionalText(2))
                if wanted != s.optionalText(3) { changes.append((s.text(0), wanted)) }
            }
            let update = try connection.statement("UPDATE case_summaries SET officer = ? WHERE ref = ?")
            for change in changes { try update.execute(change.officer, change.ref) }
            if !changes.isEmpty { try recountSummaryGroups() }
            return changes.count
        }
    }
}
