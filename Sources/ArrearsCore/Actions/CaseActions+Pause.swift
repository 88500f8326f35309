/// Pausing a case and ending a pause early.
extension CaseActions {
    /// The case leaves the immediate worklist until `until` (after today) and returns by itself then.
    /// Writes the reason's diary code with "<reason>: Paused to <date>. <comment>".
    public func pause(ref: String, expectedVersion: Int?, until: CivilDate, reason: PauseReason,
                      comment: String) throws -> ActionOutcome {
        guard until > asOf else {
            throw ActionRefused(field: "Pause until", "A pause must end after today (\(asOf.shortText)); \(until.shortText) is not.")
        }
        let text = try FreeText.required(comment, field: "Comment")
        var previous: Pause?
        var set: Pause?
        return try perform(.pause, ref: ref, expectedVersion: expectedVersion, undo: { _ in
            set.map { .restorePause(ref: ref, set: $0, previous: previous) } ?? .impossible("the pause was not saved")
        }) { file, at in
            previous = file.pause
            let pause = Pause(until: until, reason: reason, comment: text, setBy: user.login, setAt: at)
            file.pause = pause
            set = pause
            return CaseChange(diary: [.init(code: reason.code, comment: "\(reason.label): Paused to \(until.longText). \(text)")],
                              auditSummary: "Paused until \(until.isoText), reason \(reason.code)",
                              before: AuditJSON.encode(previous.map(AuditedPause.init)),
                              after: AuditJSON.encode(AuditedPause(pause)),
                              message: "Paused \(ref) until \(until.shortText)")
        }
    }

    /// Ends an active pause now (UNP), so the case is back on the worklist today.
    public func unpause(ref: String, expectedVersion: Int?, comment: String = "") throws -> ActionOutcome {
        let text = try FreeText.optional(comment, field: "Comment")
        return try perform(.unpause, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: "pause the case again instead") { file, _ in
            guard let pause = file.pause, pause.isActive(asOf: asOf) else {
                throw ActionRefused("\(ref) is not paused, so there is no pause to end.")
            }
            file.pause = nil
            let said = "Pause ended early (was paused to \(pause.until.longText), \(pause.reason.label.lowercased()))."
            return CaseChange(diary: [.init(code: "UNP", comment: text.isEmpty ? said : "\(said) \(text)")],
                              auditSummary: "Pause until \(pause.until.isoText) ended",
                              before: AuditJSON.encode(AuditedPause(pause)), after: nil,
                              message: "Ended the pause on \(ref)")
        }
    }
}
