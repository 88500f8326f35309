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

    /// Queues letters for many cases in one confirmed step, as one transaction. A permission refusal
    /// for any case refuses the whole step. A case changed since the preview (its version moved, say
    /// because the nightly run recorded an agreement breach) is read again and, with `recheck`, its
    /// letters are prepared again from the stored case and queued; a case that can no longer be queued
    /// is left out and reported with why, and the rest of the batch is queued.
    ///
    /// Items that carry the preview's copy of their case are written from it when the stored version
    /// is still that copy's (one appending write for the lot); the others, and any case whose version
    /// moved, are loaded and checked one by one.
    public func bulkQueueLetters(_ items: [BulkLetterItem], recheck: BulkLetterRecheck? = nil) throws -> BulkQueueOutcome {
        try Access.check(user: user, operation: .bulkQueueLetters, account: nil)
        guard !items.isEmpty else { throw ActionRefused(field: "References", "There are no letters ready to queue.") }
        var seen = Set<String>()
        for item in items where !seen.insert(item.ref).inserted {
            throw ActionRefused(field: "References", "Case \(item.ref) appears twice; list each case once.")
        }
        var queuedByRef: [String: BulkLetterItem] = [:]
        var rechecked: [String] = []
        var notQueued: [(ref: String, reason: String)] = []
        try store.atomically {
            let session = try runner.session(for: .bulkQueueLetters)
            let fromPreview = try queueFromPreviews(items, in: session)
            for item in fromPreview { queuedByRef[item.ref] = item }
            for original in items where queuedByRef[original.ref] == nil {
                var item = original
                // Bounded: the write lock is held from here to the commit, so a case re-read once
                // cannot move again; the bound only guards against a recheck that never settles.
                for attempt in 1...Self.bulkRecheckAttempts {
                    do {
                        try Self.checkBulkItem(item)
                        _ = try runner.run(.bulkQueueLetters, ref: item.ref, expectedVersion: item.expectedVersion, in: session,
                                           bulkQueueBody(item))
                        queuedByRef[item.ref] = item
                    } catch let denied as AccessDenied {
                        throw BulkQueueRefused(ref: item.ref, reason: denied)
                    } catch let remit as RemitRefused {
                        throw BulkQueueRefused(ref: item.ref, reason: ActionRefused(field: "Patch", remit.message))
                    } catch StoreError.staleCase where attempt < Self.bulkRecheckAttempts {
                        guard let recheck, let fresh = try store.loadCase(ref: item.ref) else {
                            notQueued.append((item.ref, "the case changed after the preview; preview it again"))
                            break
                        }
                        do {
                            item = try recheck(fresh)
                            item.expectedVersion = fresh.account.version
                            if !rechecked.contains(item.ref) { rechecked.append(item.ref) }
                            continue
                        } catch {
                            notQueued.append((item.ref, "changed after the preview, and now: \(error)"))
                        }
                    } catch {
                        notQueued.append((item.ref, "\(error)"))
                    }
                    break
                }
            }
        }
        let queued = items.compactMap { queuedByRef[$0.ref] }
        let letters = queued.reduce(0) { $0 + $1.letters.count }
        var message = "Queued \(Self.count(letters, "letter")) for \(Self.count(queued.count, "case"))"
        if !rechecked.isEmpty { message += "; \(Self.count(rechecked.count, "case")) checked again after a change" }
        if !notQueued.isEmpty { message += "; \(Self.count(notQueued.count, "case")) not queued" }
        if !queued.isEmpty {
            history.append(UndoableAction(description: message, plan: .cancelLetters(queued.map { ($0.ref, $0.letters.map(\.letter.id)) })))
        }
        return BulkQueueOutcome(cases: queued.count, letters: letters, message: message, rechecked: rechecked, notQueued: notQueued)
    }

    /// The items whose preview copy still matches the stored version, queued from that copy in one
    /// appending write. Anything that goes wrong on a copy (a refusal, a letter already on it) is left
    /// to the one-by-one path, which decides on the stored case, so a stale copy never decides.
    private func queueFromPreviews(_ items: [BulkLetterItem], in session: ActionRunner.Session) throws -> [BulkLetterItem] {
        var prepared: [ActionRunner.PreparedAppend] = []
        var byRef: [String: BulkLetterItem] = [:]
        for item in items {
            guard let copy = item.preview, (item.expectedVersion ?? copy.account.version) == copy.account.version else { continue }
            do {
                try Self.checkBulkItem(item)
                guard let ready = try runner.prepareAppend(.bulkQueueLetters, copy: copy, in: session, bulkQueueBody(item)) else { continue }
                prepared.append(ready)
                byRef[item.ref] = item
            } catch {
                continue
            }
        }
        guard !prepared.isEmpty else { return [] }
        let moved = try runner.write(prepared, .bulkQueueLetters, in: session)
        return prepared.compactMap { moved.contains($0.append.ref) ? nil : byRef[$0.append.ref] }
    }

    private static func checkBulkItem(_ item: BulkLetterItem) throws {
        guard !item.letters.isEmpty else { throw ActionRefused(field: "Letter", "No letter was prepared for it.") }
        for letter in item.letters { try letter.checkQueueable(for: item.ref) }
    }

    private func bulkQueueBody(_ item: BulkLetterItem) -> (inout CaseFile, Timestamp) throws -> CaseChange {
        { [self] file, at in
            // Outside the user's remit (docs/permissions.md): refused like a permission.
            if let why = Remit.of(user)?.refusal(for: file.account) { throw RemitRefused(message: why) }
            return try queue(item.letters, ref: item.ref, in: &file, at: at)
        }
    }

    static let bulkRecheckAttempts = 3

    /// The figures a case's letters print, from its stored classification (the collectable arrears the
    /// case page shows as due now; the balance when it was never classified): for a bulk re-check.
    public func storedLetterFigures(_ file: CaseFile, minimumBalance: Money) -> LetterFigures {
        LetterFigures(collectableArrears: ((try? store.summary(ref: file.ref)) ?? nil)?.collectableArrears ?? file.balance,
                      minimumBalance: minimumBalance)
    }

    /// A case outside the user's patches in a bulk step: the whole batch is refused, as for a permission.
    struct RemitRefused: Error { var message: String }

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
            let said = "Letter \(letterId) (\(LetterTemplateCatalogue.title(ofTemplate: before.templateId))) failed to send; \(outcome)." + (text.isEmpty ? "" : " \(text)")
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
        let templates = Set(queued.map(\.templateId)).sorted().map(LetterTemplateCatalogue.title(ofTemplate:)).joined(separator: ", ")
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
            diary.append(.init(code: "LCN", comment: "Letter \(id) (\(LetterTemplateCatalogue.title(ofTemplate: file.letters[index].templateId))) \(why)."))
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
