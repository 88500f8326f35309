/// Cheap questions the workbench asks often: how many letters in each status, and whether anyone
/// else has written to the database since it last looked.
extension SQLCaseStore {
    /// Letter counts by status, from one aggregate query (not by loading cases).
    public func letterCounts() throws -> [LetterStatus: Int] {
        try connection.transaction(immediate: false) {
            var counts: [LetterStatus: Int] = [:]
            try connection.statement("SELECT status, count(*) FROM letters GROUP BY status").query { s in
                if let status = LetterStatus(rawValue: s.text(0)) { counts[status] = s.int(1) }
            }
            return counts
        }
    }

    /// The references of the cases that have any letter, so the Letters screen loads only those cases.
    public func refsWithLetters() throws -> [String] {
        try connection.transaction(immediate: false) {
            var refs: [String] = []
            try connection.statement("""
                SELECT DISTINCT a.ref FROM letters l JOIN accounts a ON a.id = l.account_id ORDER BY a.ref
                """).query { s in refs.append(s.text(0)) }
            return refs
        }
    }
}
