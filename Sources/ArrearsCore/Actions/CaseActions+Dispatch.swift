/// Marking letters as sent once they have been written out for printing (`arrears letters export`).
extension CaseActions {
    /// Marks the named queued letters as sent, in one transaction for the lot: either every letter is
    /// marked or none is. Letters no longer queued (cancelled meanwhile) are refused, naming the case.
    public func markLettersSent(_ letters: [(ref: String, ids: [String])]) throws -> Int {
        try Access.check(user: user, operation: .markLettersSent, account: nil)
        var count = 0
        try store.atomically {
            let session = try runner.session(for: .markLettersSent)
            for item in letters {
                _ = try runner.run(.markLettersSent, ref: item.ref, expectedVersion: nil, in: session) { file, at in
                    var sent: [Letter] = []
                    for id in item.ids {
                        guard let i = file.letters.firstIndex(where: { $0.id == id }), file.letters[i].status == .queued else {
                            throw ActionRefused(field: "Letter", "Letter \(id) on \(item.ref) is no longer queued; export again.")
                        }
                        file.letters[i].status = .sent
                        file.letters[i].updatedAt = at
                        sent.append(file.letters[i])
                    }
                    count += sent.count
                    return CaseChange(diary: [], auditSummary: "Sent \(Self.count(sent.count, "letter")) for printing: \(item.ids.joined(separator: ", "))",
                                      before: nil, after: AuditJSON.encode(sent.map(LetterFacts.init)),
                                      message: "Sent \(Self.count(sent.count, "letter")) for \(item.ref)")
                }
            }
        }
        return count
    }
}
