import ArrearsCore

/// The question asked before a destructive action the host runs (queue a letter, set an eviction),
/// or before a request that needs no form (undo, accepting a suggestion): nothing reaches the host
/// until the user says yes.
struct ConfirmPrompt {
    /// What yes leads to.
    enum Then: Equatable {
        /// The host's own action (`AppEffect.run`).
        case runHostAction
        case perform(ActionRequest)
        /// A court outcome with terms was recorded: the court agreement's form comes next.
        case openCourtAgreement(courtCaseId: Int)
    }

    var action: ActionSpec
    var caseRef: String?
    var caseName: String?
    var then: Then = .runHostAction
    /// The question, when it says more than the action's title.
    var text: String?

    var question: String {
        if let text { return text }
        let subject = [caseRef, caseName].compactMap { $0 }.joined(separator: " ")
        return subject.isEmpty ? "\(action.title)?" : "\(action.title) for \(subject)?"
    }

    /// Returns where the cursor is parked: the start of the question.
    func render(into grid: inout Grid, area: Rect, glyphs: Glyphs) -> (row: Int, column: Int) {
        let lines = WordWrap.lines(question, width: 52)
        let rect = Overlay.frame(in: area, width: 58, height: lines.count + 4)
        let inner = Overlay.draw(into: &grid, rect: rect, title: "Confirm", glyphs: glyphs)
        for (i, line) in lines.enumerated() where i < inner.height {
            grid.put(line, row: inner.y + i, column: inner.x, role: .overlay, maxWidth: inner.width)
        }
        if inner.height > lines.count + 1 {
            var answer = StyledLine("y", .statusKey)
            answer.append(" yes   ", .overlay)
            answer.append("n", .statusKey)
            answer.append(" or ", .overlay)
            answer.append("Esc", .statusKey)
            answer.append(" no", .overlay)
            grid.draw(answer, row: inner.y + lines.count + 1, column: inner.x, width: inner.width)
        }
        return (inner.y, inner.x)
    }
}
