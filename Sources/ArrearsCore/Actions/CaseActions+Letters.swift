/// Queueing, cancelling and reviewing letters. Letters arrive rendered and validated; an invalid one
/// is never queued.
extension CaseActions {
    /// Queues one or more letters for one case (one per named responsible tenant), writing each
    /// letter's diary code.
    public func queueLetters(ref: String, expectedVersion: Int?, _ letters: [LetterToQueue]) throws -> ActionOutcome {
        guard !letters.isEmpty else { throw ActionRefused(field: "Letter", "Choose a letter to queue.") }
        for item in letters { try item.checkQueueable(for: ref) }
        let ids = letters.map(\.letter.id)
        return try perform(.queueLetter, ref: ref, expectedVersion: expectedVersion,
                           undo: { _ in .cancelLetters([(ref, ids)]) }) { file, at in
            try queue(letters, ref: ref, in: &file, at: at)
        }
    }

    /// Queues letters for many cases in one confirmed step, as one transaction: either every letter is
    /// queued or, if any case refuses (permission, a changed case, an invalid letter), none is.
    public func bulkQueueLetters(_ items: [BulkLetterItem]) throws -> BulkQueueOutcome {
        try Access.check(user: user, operation: .bulkQueueLetters, account: nil)
        guard !items.isEmpty else { throw ActionRefused(field: "References", "There are no letters ready to queue.") }
        var seen = Set<String>()
        for item in items {
            guard seen.insert(item.ref).inserted else {
                throw ActionRefused(field: "References", "Case \(item.ref) appears twice; list each case once.")
            }
            do {
                guard !item.letters.isEmpty else { throw ActionRefused(field: "Letter", "No letter was prepared for it.") }
                for letter in item.letters { try letter.checkQueueable(for: item.ref) }
            } catch {
                throw BulkQueueRefused(ref: item.ref, reason: error)
            }
        }
        try store.atomically {
            let session = try runner.session(for: .bulkQueueLetters)
            for item in items {
                do {
                    _ = try runner.run(.bulkQueueLetters, ref: item.ref, expectedVersion: item.expectedVersion, in: session) { file, at in
                        try queue(item.letters, ref: item.ref, in: &file, at: at)
                    }
                } catch {
                    throw BulkQueueRefused(ref: item.ref, reason: error)
                }
            }
        }
        let letters = items.reduce(0) { $0 + $1.letters.count }
        let message = "Queued \(Self.count(letters, "letter")) for \(Self.count(items.count, "case"))"
        history.append(UndoableAction(description: message, plan: .cancelLetters(items.map { ($0.ref, $0.letters.map(\.letter.id)) })))
        return BulkQueueOutcome(cases: items.count, letters: letters, message: message)
    }

    /// Cancels a queued letter before it is sent (LCN).
    public func cancelLetter(ref: String, expectedVersion: Int?, letterId: String) throws -> ActionOutcome {
        try perform(.cancelLetter, ref: ref, expectedVersion: expectedVersion,
                    cannotUndoBecause: "a cancelled letter is not queued again; queue a fresh one") { file, at in
            try cancelQueued([letterId], ref: ref, in: &file, at: at, why: "cancelled before sending")
        }
    }

    /// Records that a letter Notify rejected has been looked at: printed and posted locally (PLS), or
    /// not to be sent (LCN).
    public func markLetterReviewed(ref: String, expectedVersion: Int?, letterId: String, printedLocally: Bool,
                                   comment: String = "") throws -> ActionOutcome {
        let text = try FreeText.optional(comment, field: "Comment")
        return try perform(.markLetterReviewed, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: "the review is on record; queue a fresh letter if one is still needed") { file, at in
            guard let index = file.letters.firstIndex(where: { $0.id == letterId }) else {
                throw ActionRefused(field: "Letter", "There is no letter \(letterId) on \(ref).")
            }
            let before = file.letters[index]
            guard before.status == .failed else {
                throw ActionRefused(field: "Letter", "Letter \(letterId) is \(before.status.rawValue), not failed; only a failed letter is reviewed.")
            }
            file.letters[index].status = .reviewed
            file.letters[index].updatedAt = at
            if printedLocally { file.letters[index].localPrint = true }
            let outcome = printedLocally ? "reviewed and sent for local printing" : "reviewed; it will not be sent"
            let said = "Letter \(letterId) (\(before.templateId)) failed to send; \(outcome)." + (text.isEmpty ? "" : " \(text)")
            return CaseChange(diary: [.init(code: printedLocally ? "PLS" : "LCN", comment: said)],
                              auditSummary: "Failed letter \(letterId) reviewed" + (printedLocally ? ", printed locally" : ", not sent"),
                              before: AuditJSON.encode(LetterFacts(before)), after: AuditJSON.encode(LetterFacts(file.letters[index])),
                              message: "Letter \(letterId) on \(ref) marked reviewed")
        }
    }

    // MARK: Shared steps

    func queue(_ letters: [LetterToQueue], ref: String, in file: inout CaseFile, at: Timestamp) throws -> CaseChange {
        var known = Set(file.letters.map(\.id))
        var diary: [CaseChange.Entry] = []
        var queued: [Letter] = []
        for item in letters {
            guard known.insert(item.letter.id).inserted else {
                throw ActionRefused(field: "Letter", "Letter \(item.letter.id) is already on \(ref); it cannot be queued twice.")
            }
            var letter = item.letter
            letter.status = .queued
            letter.author = user.login
            letter.createdAt = at
            letter.updatedAt = at
            file.letters.append(letter)
            queued.append(letter)
            diary.append(.init(code: item.diaryCode, comment: LetterDiaryNote.queued(letterId: letter.id, templateId: letter.templateId,
                                                                                     localPrint: letter.localPrint)))
        }
        let templates = Set(queued.map(\.templateId)).sorted().joined(separator: ", ")
        return CaseChange(diary: diary,
                          auditSummary: "Queued \(Self.count(queued.count, "letter")): \(queued.map(\.id).joined(separator: ", "))",
                          before: nil, after: AuditJSON.encode(queued.map(LetterFacts.init)),
                          message: "Queued \(Self.count(queued.count, "letter")) (\(templates)) for \(ref)")
    }

    /// Cancels the named letters that are still queued (LCN each). Refuses when none of them is.
    func cancelQueued(_ ids: [String], ref: String, in file: inout CaseFile, at: Timestamp, why: String) throws -> CaseChange {
        var before: [Letter] = []
        var after: [Letter] = []
        var diary: [CaseChange.Entry] = []
        var notQueued: [String] = []
        for id in ids {
            guard let index = file.letters.firstIndex(where: { $0.id == id }) else {
                throw ActionRefused(field: "Letter", "There is no letter \(id) on \(ref).")
            }
            guard file.letters[index].status == .queued else {
                notQueued.append("\(id) is \(file.letters[index].status.rawValue)")
                continue
            }
            before.append(file.letters[index])
            file.letters[index].status = .cancelled
            file.letters[index].updatedAt = at
            after.append(file.letters[index])
            diary.append(.init(code: "LCN", comment: "Letter \(id) (\(file.letters[index].templateId)) \(why)."))
        }
        if after.isEmpty {
            throw ActionRefused(field: "Letter", "Nothing to cancel on \(ref): letter \(notQueued.joined(separator: ", ")); only a queued letter can be cancelled.")
        }
        let skipped = notQueued.isEmpty ? "" : " (\(notQueued.joined(separator: ", ")): not cancelled)"
        return CaseChange(diary: diary,
                          auditSummary: "Cancelled \(Self.count(after.count, "letter")): \(after.map(\.id).joined(separator: ", "))",
                          before: AuditJSON.encode(before.map(LetterFacts.init)), after: AuditJSON.encode(after.map(LetterFacts.init)),
                          message: "Cancelled \(Self.count(after.count, "letter")) on \(ref)\(skipped)")
    }

    /// `1 letter`, `1,000 letters`.
    static func count(_ n: Int, _ noun: String) -> String {
        "\(Money.groupThousands(Int64(n))) \(noun)\(n == 1 ? "" : "s")"
    }
}
