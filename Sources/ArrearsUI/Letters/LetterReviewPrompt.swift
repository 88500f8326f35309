import ArrearsCore

/// The question asked before a failed letter is marked reviewed: was it printed and posted locally,
/// or is it not to be sent? (`review` context.)
struct LetterReviewPrompt: OverlayScreen {
    var letter: LetterOnCase
    var description: String
    var problems: [String]

    var context: ActionContext { .letterReview }

    func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor? {
        func answer(_ id: ActionID, _ label: String) -> Dialog.Answer {
            Dialog.Answer(keys: Array(session.keymap.keyNames(for: id, in: .letterReview).prefix(1)), label: label)
        }
        return Dialog.render(into: &grid, area: area, title: "Review a failed letter", width: 66, lead: description,
                             details: problems.map { "! " + $0 } + [sendAgainHint(session)],
                             answers: [answer(.reviewPrintedLocally, "printed and posted locally"), answer(.reviewNotSent, "not to be sent"),
                                       answer(.back, "leave it")],
                             glyphs: session.glyphs)
    }

    /// The other way out of a failed letter: fix the address on the case and send a new copy.
    private func sendAgainHint(_ session: Session) -> String {
        "Or, to send it again: Esc, correct the address (\(session.key(.correctAddress, in: .caseDetails))), "
            + "then \(session.key(.resendLetter, in: .caseDetails)) on the case's Letters pane."
    }

    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome? {
        guard id == .reviewPrintedLocally || id == .reviewNotSent else { return nil }
        return Outcome.closeOverlay.then(.effect(.letters(.markReviewed(letter, printedLocally: id == .reviewPrintedLocally))))
    }
}
