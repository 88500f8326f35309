/// `u`: reverse this run's last action where that is safe. Nothing is ever deleted: undo is itself
/// an action, with its own diary entries and audit row (docs/actions.md lists what can be undone).
extension CaseActions {
    /// The last action of this run, for the status bar: what `u` would reverse.
    public var lastAction: String? { history.last?.description }

    /// Reverses the last action and returns the status message. Only the very last action is ever
    /// undone: when it cannot be, the refusal says why, and earlier actions stay as they are.
    public func undoLast() throws -> String {
        guard let last = history.last else {
            throw ActionRefused("Nothing to undo: you have not changed anything in this session.")
        }
        let message = try undo(last.plan, description: last.description)
        history.removeLast()
        return message
    }

    private func undo(_ plan: UndoPlan, description: String) throws -> String {
        switch plan {
        case let .impossible(reason):
            throw ActionRefused("\"\(description)\" cannot be undone: \(reason).")
        case let .voidDiaryEntry(ref, id):
            return try undoing(ref) { file, _ in
                guard let entry = file.diary.first(where: { $0.id == id }) else {
                    throw ActionRefused("Diary entry \(id) is no longer on \(ref).")
                }
                if file.diary.contains(where: { $0.voids == id }) {
                    throw ActionRefused("Diary entry \(id) on \(ref) has already been voided.")
                }
                return CaseChange(diary: [.init(code: "VOI", comment: "Voids entry \(id) (\(entry.code), \(entry.at.londonText)): undone by \(user.login).", voids: id)],
                                  auditSummary: "Diary entry \(id) (\(entry.code)) voided by undo",
                                  before: AuditJSON.encode(DiaryFacts(code: entry.code, voids: nil)),
                                  after: AuditJSON.encode(DiaryFacts(code: "VOI", voids: id)),
                                  message: "Undone: diary entry \(entry.code) on \(ref) voided")
            }
        case let .restorePause(ref, set, previous):
            return try undoing(ref) { file, _ in
                guard file.pause == set else {
                    throw ActionRefused("The pause on \(ref) has changed since you set it, so it was left as it is.")
                }
                file.pause = previous
                let restored = previous.map { "; the earlier pause to \($0.until.longText) is back" } ?? ""
                return CaseChange(diary: [.init(code: "UNP", comment: "Pause to \(set.until.longText) undone by \(user.login)\(restored).")],
                                  auditSummary: "Pause until \(set.until.isoText) undone",
                                  before: AuditJSON.encode(AuditedPause(set)), after: AuditJSON.encode(previous.map(AuditedPause.init)),
                                  message: previous.map { "Undone: \(ref) is paused until \($0.until.shortText) again" }
                                      ?? "Undone: \(ref) is no longer paused")
            }
        case let .cancelAgreement(ref, id):
            return try undoing(ref) { file, _ in
                let before = try cancel(id, reason: "undone by \(user.login) straight after it was created", in: &file)
                return CaseChange(diary: [.init(code: "AGC", comment: "Agreement \(id) cancelled: created in error, undone by \(user.login). Any agreement it replaced stays cancelled.")],
                                  auditSummary: "Agreement \(id) cancelled by undo",
                                  before: AuditJSON.encode(AuditedAgreement(before)),
                                  after: AuditJSON.encode(file.agreements.first { $0.id == id }.map(AuditedAgreement.init)),
                                  message: "Undone: agreement \(id) on \(ref) cancelled")
            }
        case .withdrawPromise(let plan):
            return try withdraw(plan)
        case let .cancelLetters(perCase):
            var cancelled = 0
            try store.atomically {
                for (ref, ids) in perCase {
                    // Cases whose letters have all left the queue are passed over, not refused.
                    guard let file = try store.loadCase(ref: ref) else { continue }
                    let stillQueued = ids.filter { id in file.letters.contains { $0.id == id && $0.status == .queued } }
                    if stillQueued.isEmpty { continue }
                    let result = try runner.run(.undo, ref: ref, expectedVersion: nil) { file, at in
                        try cancelQueued(stillQueued, ref: ref, in: &file, at: at, why: "cancelled by undo before sending")
                    }
                    cancelled += result.appendedDiaryIds.count
                }
                if cancelled == 0 {
                    throw ActionRefused("\"\(description)\" cannot be undone: its letters have all left the queue (sent or cancelled).")
                }
            }
            let total = perCase.reduce(0) { $0 + $1.letterIds.count }
            let sent = total - cancelled
            return "Undone: cancelled \(Self.count(cancelled, "letter"))" + (sent > 0 ? "; \(sent) had already left the queue" : "")
        }
    }

    private func undoing(_ ref: String, _ body: (inout CaseFile, Timestamp) throws -> CaseChange) throws -> String {
        try runner.run(.undo, ref: ref, expectedVersion: nil, body).outcome.message
    }
}
