import ArrearsCore

/// Keys in a form: moving between fields, saving, and the two questions a form may ask.
extension App {
    /// The width a comment wraps at in the current layout, so Up and Down move by wrapped lines.
    private func commentWidth(_ form: Form) -> Int {
        let inner = max(1, min(FormView.preferredWidth, body.width - 2) - 4)
        return FormLayout.metrics(for: form, width: inner, height: max(1, body.height - 4)).valueWidth
    }

    mutating func performInForm(_ id: ActionID, _ f: inout FormOverlay) -> Bool {
        if f.form.phase != .editing { return answerInForm(id, &f) }
        switch id {
        case .formNextField: f.form.focusNext()
        case .formPreviousField: f.form.focusPrevious()
        case .formDown, .formUp:
            f.form.moveVertically(by: id == .formDown ? 1 : -1, editorWidth: commentWidth(f.form))
            f.refresh()
        case .formSubmit: submit(&f)
        default: return false
        }
        return true
    }

    private mutating func submit(_ f: inout FormOverlay) {
        switch f.submission() {
        case .problem(let problem):
            f.form.show(problem)
        case let .confirm(question, request):
            f.form.problem = nil
            f.form.phase = .confirmingSubmit(question: question, request: request)
        case .perform(let request):
            f.form.problem = nil
            effects.append(.perform(request))
        }
    }

    /// y, Enter, n and Esc while the form asks before discarding or sending.
    private mutating func answerInForm(_ id: ActionID, _ f: inout FormOverlay) -> Bool {
        switch (id, f.form.phase) {
        case (.confirmYes, .confirmingDiscard):
            overlay = nil
        case (.confirmYes, .confirmingSubmit(_, let request)):
            f.form.phase = .editing
            effects.append(.perform(request))
        case (.confirmNo, _):
            f.form.phase = .editing
        default:
            return false
        }
        return true
    }

    /// Esc in a form: leaves at once when nothing was typed, otherwise asks first; while asking,
    /// Esc is "no".
    mutating func leaveForm(_ f: FormOverlay) {
        var f = f
        if f.form.phase != .editing {
            f.form.phase = .editing
            overlay = .form(f)
        } else if f.form.hasTypedText {
            f.form.phase = .confirmingDiscard
            overlay = .form(f)
        } else {
            overlay = nil
        }
    }

    /// Yes to a confirmation prompt.
    mutating func answerYes(_ prompt: ConfirmPrompt) {
        switch prompt.then {
        case .runHostAction: effects.append(.run(prompt.action.id, caseRef: prompt.caseRef))
        case .perform(let request): effects.append(.perform(request))
        case .openCourtAgreement(let courtCaseId):
            guard case .caseDetails(let c)? = stack.last else { return }
            open(AgreementForm.overlay(for: c.file, today: asOf, courtCaseId: courtCaseId))
        }
    }
}
