import ArrearsCore

/// The bulk results as a screen of the stack: previewing a ready letter and `s` asking before every
/// ready letter is queued.
extension BulkResultsScreen: Screen {
    var context: ActionContext { .bulkLetters }

    mutating func fit(_ area: Rect, session: Session) { fit(area, context: session.context) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        (render(into: &grid, area: area, context: session.context), area.x)
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        if let motion = Motion(id) { move(motion, area: session.body, context: session.context); return .handled }
        switch id {
        case .bulkPreview:
            if let ready = selectedReady {
                return .push(LetterPreviewScreen(title: template.title, diaryCode: template.diaryCode,
                                                 items: [LetterPreviewScreen.Item(ready.letter)], purpose: .bulk))
            }
            if let c = selectedRefusal { return .message("\(c.reference) cannot be sent: \(c.reason)", .warning) }
            return .message("No letter selected.")
        case .bulkQueueAll: return askToQueueAll()
        default: return nil
        }
    }

    private func askToQueueAll() -> Outcome {
        if queued != nil { return .message("These letters are queued already; check a new list to send more.", .warning) }
        let items = run.items
        guard !items.isEmpty else { return .message("No letter is ready to queue.", .warning) }
        var details: [String] = []
        if localPrintCount > 0 {
            details.append("\(LetterQuestions.count(localPrintCount, "letter")) will be printed and posted locally (over GOV.UK "
                           + "Notify's \(LetterValidation.notifyMaxPages)-page limit).")
        }
        if !cannotSend.isEmpty {
            details.append("\(LetterQuestions.count(cannotSend.count, "reference")) cannot be sent and are left out.")
        }
        details.append("One step: a case changed since the check is prepared again from what is stored, or left out with why.")
        return .overlay(ConfirmPrompt(title: "Queue bulk letters",
                                      question: "Queue all \(LetterQuestions.count(ready.count, "ready letter")) (\(template.title)) for "
                                          + "\(LetterQuestions.count(items.count, "case"))?",
                                      details: details, then: .letters(.bulkQueue(run)), width: LetterQuestions.letterDialogWidth))
    }
}
