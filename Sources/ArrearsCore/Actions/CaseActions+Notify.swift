/// What GOV.UK Notify said about a letter, written to its case: accepted letters become sent;
/// refused and failed ones become failed with Notify's reason, which puts the case on the
/// engine's `review_failed_letter` (diary VFL) for an officer to fix the address or print locally.
extension CaseActions {
    public enum NotifyLetterOutcome: Equatable, Sendable {
        case accepted(notifyId: String)
        case failed(reason: String)
    }

    /// One transaction on the case, joining the caller's when inside `store.atomically`.
    func recordNotifyOutcome(_ operation: AccessOperation, ref: String, letterId: String, _ outcome: NotifyLetterOutcome) throws {
        _ = try runner.run(operation, ref: ref, expectedVersion: nil) { file, at in
            guard let i = file.letters.firstIndex(where: { $0.id == letterId }) else {
                throw ActionRefused(field: "Letter", "Letter \(letterId) is not on case \(ref).")
            }
            let before = file.letters[i]
            switch outcome {
            case .accepted(let notifyId):
                guard before.status == .queued else {
                    throw ActionRefused(field: "Letter", "Letter \(letterId) on \(ref) is \(before.status.rawValue), no longer queued.")
                }
                file.letters[i].status = .sent
                file.letters[i].updatedAt = at
                return CaseChange(diary: [], auditSummary: "GOV.UK Notify accepted letter \(letterId) (notification \(notifyId))",
                                  before: AuditJSON.encode([LetterFacts(before)]), after: AuditJSON.encode([LetterFacts(file.letters[i])]),
                                  message: "Letter \(letterId) accepted by GOV.UK Notify")
            case .failed(let reason):
                file.letters[i].status = .failed
                file.letters[i].updatedAt = at
                file.letters[i].validationErrors = [reason]
                return CaseChange(diary: [.init(code: "VFL", comment: "Letter '\(letterId)' failed at GOV.UK Notify: \(reason)")],
                                  auditSummary: "GOV.UK Notify failed letter \(letterId): \(reason)",
                                  before: AuditJSON.encode([LetterFacts(before)]), after: AuditJSON.encode([LetterFacts(file.letters[i])]),
                                  message: "Letter \(letterId) failed at GOV.UK Notify")
            }
        }
    }
}
