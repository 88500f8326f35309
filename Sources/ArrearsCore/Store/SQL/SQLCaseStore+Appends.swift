/// Bulk appends: a bulk letter run writes 20,000 cases' new letters and diary entries from the
/// copies its preview read, instead of loading and rewriting each case again.
extension SQLCaseStore {
    /// The version moves only where it is still the one the caller read (the optimistic check, in the
    /// same statement as the write, so it holds on a server store under concurrent writers too); the
    /// rows of every case that passed then go in shared multi-row inserts.
    public func appendToCases(_ appends: [CaseAppend]) throws -> Set<String> {
        try connection.transaction(immediate: true) {
            let bump = try connection.statement("UPDATE accounts SET version = ? WHERE ref = ? AND version = ? RETURNING id")
            var moved = Set<String>()
            var letters: [CaseWriter.ChildRow<Letter>] = []
            var diary: [CaseWriter.ChildRow<DiaryEntry>] = []
            for append in appends {
                guard let accountId = try bump.first(append.version + 1, append.ref, append.version, read: { $0.int64(0) }) else {
                    moved.insert(append.ref)
                    continue
                }
                connection.noteChanged(ref: append.ref)
                for (offset, letter) in append.letters.enumerated() {
                    letters.append(.init(accountId: accountId, seq: append.lettersBefore + offset, row: letter))
                }
                for (offset, entry) in append.diary.enumerated() {
                    diary.append(.init(accountId: accountId, seq: append.diaryBefore + offset, row: entry))
                }
            }
            try writer.append(CaseTables.letters, letters)
            try writer.append(CaseTables.diary, diary)
            return moved
        }
    }
}
