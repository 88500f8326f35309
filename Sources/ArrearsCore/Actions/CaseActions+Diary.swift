/// Adding a diary entry by hand.
extension CaseActions {
    /// The codes a user may pick (`ActionCodes.userSelectable`); the comment is required.
    public func addDiaryEntry(ref: String, expectedVersion: Int?, code: String, comment: String) throws -> ActionOutcome {
        guard let actionCode = ActionCodes.byCode[code], actionCode.userSelectable else {
            throw ActionRefused(field: "Action", "\(code) is not an action you can add by hand; pick one from the list of actions.")
        }
        let text = try FreeText.required(comment, field: "Comment")
        return try perform(.addDiaryEntry, ref: ref, expectedVersion: expectedVersion,
                           undo: { .voidDiaryEntry(ref: ref, id: $0.appendedDiaryIds[0]) }) { _, _ in
            CaseChange(diary: [.init(code: code, comment: text)],
                       auditSummary: "Diary entry \(code) added",
                       before: nil, after: AuditJSON.encode(DiaryFacts(code: code, voids: nil)),
                       message: "Added \(code) \(actionCode.name) to \(ref)")
        }
    }
}
