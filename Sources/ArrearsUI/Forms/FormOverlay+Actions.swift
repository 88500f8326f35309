import ArrearsCore

/// Keys in a form: moving between fields, saving, and the two questions a form may ask.
extension FormOverlay: OverlayScreen {
    // Asking before discarding or sending, the form answers to the confirmation's keys.
    var context: ActionContext { form.phase == .editing ? .form : .confirm }

    func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor? {
        FormView.render(form, into: &grid, area: area, glyphs: session.glyphs, keymap: session.keymap)
    }

    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome? {
        if form.phase != .editing { return answer(id) }
        switch id {
        case .formNextField: form.focusNext()
        case .formPreviousField: form.focusPrevious()
        case .formDown, .formUp:
            form.moveVertically(by: id == .formDown ? 1 : -1, editorWidth: commentWidth(in: session.body))
            refresh()
        case .formSubmit: return submit(session: session)
        default: return nil
        }
        return .handled
    }

    mutating func type(_ key: Key, under: inout any Screen, session: Session) -> Outcome? {
        guard form.type(key) else { return nil }
        refresh()
        return .handled
    }

    /// Esc: leaves at once when nothing was typed, otherwise asks first; while asking, Esc is "no".
    mutating func back() -> Outcome {
        if form.phase != .editing {
            form.phase = .editing
        } else if form.hasTypedText {
            form.phase = .confirmingDiscard
        } else {
            return .closeOverlay
        }
        return .handled
    }

    /// The width a comment wraps at in the current layout, so Up and Down move by wrapped lines.
    private func commentWidth(in body: Rect) -> Int {
        let inner = max(1, min(FormView.preferredWidth, body.width - 2) - 4)
        return FormLayout.metrics(for: form, width: inner, height: max(1, body.height - 4)).valueWidth
    }

    private mutating func submit(session: Session) -> Outcome {
        if let opener = spec as? any FormOpener {
            do {
                let opened = try opener.open(from: form, session: session)
                return Outcome.closeOverlay.then(opened)
            } catch let problem as FieldProblem {
                form.show(problem)
            } catch {
                form.show(FieldProblem(nil, "\(error)"))
            }
            return .handled
        }
        switch submission() {
        case .problem(let problem):
            form.show(problem)
        case let .confirm(question, request):
            form.problem = nil
            form.phase = .confirmingSubmit(question: question, request: request)
        case .perform(let request):
            form.problem = nil
            return .effect(.perform(request))
        }
        return .handled
    }

    /// y, Enter, n and Esc while the form asks before discarding or sending.
    private mutating func answer(_ id: ActionID) -> Outcome? {
        switch (id, form.phase) {
        case (.confirmYes, .confirmingDiscard):
            return .closeOverlay
        case (.confirmYes, .confirmingSubmit(_, let request)):
            form.phase = .editing
            return .effect(.perform(request))
        case (.confirmNo, _):
            form.phase = .editing
            return .handled
        default:
            return nil
        }
    }
}
