import ArrearsCore

/// What the letter screens share: the data source's letters, and the questions asked before a
/// letter is cancelled or marked reviewed (from the Letters screen or a case's Letters pane).
enum LetterQuestions {
    static let unavailable = "Letters are not available: this workbench's data source does not provide them."

    static func source(_ session: Session) -> (any LetterData)? { session.data as? any LetterData }

    /// Asks before cancelling a queued letter or reviewing a failed one; any other letter says why not.
    static func actOn(_ letter: Letter, _ id: ActionID, ref: String, version: Int?, recipient: String) -> Outcome {
        let target = LetterOnCase(ref: ref, expectedVersion: version, letterId: letter.id)
        let name = "letter \(letter.id) (\(LetterRows.templateTitle(letter.templateId))) to \(recipient) on \(ref)"
        if id == .cancelLetter {
            guard letter.status == .queued else {
                return .message("Only a queued letter can be cancelled; letter \(letter.id) is \(letter.status.rawValue).", .warning)
            }
            return .overlay(ConfirmPrompt(title: "Cancel a letter", question: "Cancel \(name)?",
                                          details: ["It will not be sent. Writes LCN in the diary."], then: .letters(.cancel(target)),
                                          width: letterDialogWidth))
        }
        guard letter.status == .failed else {
            return .message("Only a failed letter is marked reviewed; letter \(letter.id) is \(letter.status.rawValue).", .warning)
        }
        return .overlay(LetterReviewPrompt(letter: target, description: "The \(name) failed to send. How was it dealt with?",
                                           problems: letter.validationErrors))
    }

    /// Letter questions list recipients and what is left out, so their box is wider.
    static let letterDialogWidth = 66

    /// `1 letter`, `3 letters`.
    static func count(_ n: Int, _ noun: String) -> String { "\(Format.count(n)) \(noun)\(n == 1 ? "" : "s")" }
}
