/// The nightly run's own steps on a case, through the same runner as an officer's: one transaction
/// with the version check, the diary entries, the re-classified summary and the audit row. The
/// author is `system`; the diary says which rule fired and which setting allowed it.
extension CaseActions {
    /// Queues an automated letter step (one letter per responsible tenant).
    func automatedLetters(ref: String, expectedVersion: Int?, _ letters: [LetterToQueue], why: String,
                          session: ActionRunner.Session, alsoInTransaction: () throws -> Void) throws -> ActionOutcome {
        for item in letters { try item.checkQueueable(for: ref) }
        return try store.atomically {
            let result = try runner.run(.queueLetter, ref: ref, expectedVersion: expectedVersion, in: session) { file, at in
                var change = try queue(letters, ref: ref, in: &file, at: at)
                change.diary = change.diary.map { .init(code: $0.code, comment: $0.comment + " " + why) }
                change.auditSummary = "Automation: " + change.auditSummary
                return change
            }
            try alsoInTransaction()
            return result.outcome
        }
    }

    /// Pauses a case that automation could not act on because data is missing (RMD), naming what.
    func pauseForMissingData(ref: String, expectedVersion: Int?, until: CivilDate, comment: String,
                             session: ActionRunner.Session) throws -> ActionOutcome {
        let text = try FreeText.required(comment, field: "Comment")
        return try runner.run(.pause, ref: ref, expectedVersion: expectedVersion, in: session) { file, at in
            let previous = file.pause
            let pause = Pause(until: until, reason: .missingData, comment: text, setBy: user.login, setAt: at)
            file.pause = pause
            return CaseChange(diary: [.init(code: PauseReason.missingData.code,
                                            comment: "\(PauseReason.missingData.label): Paused to \(until.longText). \(text)")],
                              auditSummary: "Automation: paused until \(until.isoText), reason \(PauseReason.missingData.code)",
                              before: AuditJSON.encode(previous.map(AuditedPause.init)),
                              after: AuditJSON.encode(AuditedPause(pause)),
                              message: "Paused \(ref) until \(until.shortText): missing data")
        }.outcome
    }

    /// The runner's session for automation: the `system` user is never a stored login, so it is not
    /// re-read from the users table; the person who started the run was checked before this.
    func automationSession() throws -> ActionRunner.Session {
        ActionRunner.Session(user: user, officers: CaseOfficer(users: try store.users()))
    }
}
