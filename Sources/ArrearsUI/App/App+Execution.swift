import ArrearsCore

extension App {
    /// Shows what became of a request: on success the form closes, the cases are read again (the
    /// worklist shows the re-classified row, the case its new entries) and the status bar says what was
    /// done; a refused value goes back to its form field; a case changed by someone else is shown fresh.
    public mutating func apply(_ result: ActionResult) {
        undoable = result.undoable
        switch result.outcome {
        case .done(let followUp):
            if case .form = overlay { overlay = nil }
            switch result.request {
            case .reassignCases, .acceptSuggestion: clearMarks()
            default: break
            }
            reload()
            message = StatusMessage(result.message, kind: .success)
            if case .createCourtAgreement(let courtCaseId)? = followUp, let action = registry[.createAgreement] {
                overlay = .confirm(ConfirmPrompt(action: action, then: .openCourtAgreement(courtCaseId: courtCaseId),
                                                 text: "The court set terms. Create the court agreement now?"))
            }
        case .refused(let field):
            showInForm(FieldProblem(field, result.message))
            message = StatusMessage(result.message, kind: .error)
        case .changedElsewhere:
            if case .form = overlay { overlay = nil }
            reload()
            message = StatusMessage(result.message, kind: .error)
        case .failed:
            showInForm(FieldProblem(nil, result.message))
            message = StatusMessage(result.message, kind: .error)
        }
    }

    private mutating func showInForm(_ problem: FieldProblem) {
        guard case .form(var f)? = overlay else { return }
        f.form.show(problem)
        overlay = .form(f)
    }

    private mutating func clearMarks() {
        for i in stack.indices {
            if case .worklist(var w) = stack[i] { w.clearMarks(); stack[i] = .worklist(w) }
        }
    }
}
