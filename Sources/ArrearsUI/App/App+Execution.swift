import ArrearsCore

extension App {
    /// Shows what became of a request: on success the form closes, the cases are read again (the
    /// worklist shows the re-classified row, the case its new entries) and the status bar says what was
    /// done; a refused value goes back to its form field; a case changed by someone else is shown fresh.
    public mutating func apply(_ result: ActionResult) {
        session.undoable = result.undoable
        switch result.outcome {
        case .done(let followUp):
            if overlay is FormOverlay { overlay = nil }
            switch result.request {
            case .reassignCases, .acceptSuggestion: clearMarks()
            default: break
            }
            if let saved = result.saved { update(saved) } else { reload() }
            message = StatusMessage(result.message, kind: .success)
            if case .createCourtAgreement(let courtCaseId)? = followUp {
                overlay = ConfirmPrompt(question: "The court set terms. Create the court agreement now?",
                                        then: .openCourtAgreement(courtCaseId: courtCaseId))
            }
        case .refused(let field):
            showInForm(FieldProblem(field, result.message))
            message = StatusMessage(result.message, kind: .error)
        case .changedElsewhere:
            if overlay is FormOverlay { overlay = nil }
            reload()
            message = StatusMessage(result.message, kind: .error)
        case .failed:
            showInForm(FieldProblem(nil, result.message))
            message = StatusMessage(result.message, kind: .error)
        }
    }

    /// One case saved by this workbench: its summary replaces the old one in the shared index and each
    /// screen updates that case only, so nothing else is read again. A case not loaded here (or a
    /// summary the index cannot place) falls back to reading everything.
    mutating func update(_ saved: SavedCase) {
        guard let old = session.index.replace(saved.summary) else { reload(); return }
        let s = session
        for i in stack.indices { stack[i].caseSaved(saved, old: old, session: s) }
        fitAll()
    }

    private mutating func showInForm(_ problem: FieldProblem) {
        guard var f = overlay as? FormOverlay else { return }
        f.form.show(problem)
        overlay = f
    }

    private mutating func clearMarks() {
        for i in stack.indices {
            if var w = stack[i] as? WorklistScreen { w.clearMarks(); stack[i] = w }
        }
    }
}
