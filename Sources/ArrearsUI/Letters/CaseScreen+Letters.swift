import ArrearsCore

/// The case screen's letter keys: `l` sends a letter, `x` and `v` act on the Letters pane's selection.
extension CaseScreen {
    func performLetterAction(_ id: ActionID, session: Session) -> Outcome? {
        switch id {
        case .sendLetter: return startLetter(session: session)
        case .cancelLetter, .reviewLetter: return actOnPaneLetter(id, session: session)
        default: return nil
        }
    }

    /// The templates offered for the case's account type and the user's role.
    private func startLetter(session: Session) -> Outcome {
        guard LetterQuestions.source(session) != nil else { return .message(LetterQuestions.unavailable, .error) }
        let account = file.account, role = session.user.role
        let templates = LetterTemplateCatalogue.standard.offered(for: account.type, debtKind: account.debtKind, role: role)
        guard !templates.isEmpty else {
            return .message("No letter templates are offered to \(role.withArticle) for "
                            + "\("\(account.type.label.lowercased()) account".withIndefiniteArticle).", .warning)
        }
        return .overlay(TemplatePicker(title: "Send a letter: \(ref) \(name)", templates: templates, purpose: .caseLetter(ref: ref)))
    }

    private func actOnPaneLetter(_ id: ActionID, session: Session) -> Outcome {
        guard pane == .letters else {
            let key = session.keymap.keys(for: .pane(.letters), in: .caseDetails).first.map { " (\($0.displayName))" } ?? ""
            return .message("Select a letter on the Letters pane\(key) first.")
        }
        let letters = CaseLettersPane.ordered(file)
        guard let i = selectedItem, i < letters.count else { return .message("No letter selected.") }
        let letter = letters[i]
        let recipient = file.account.contacts.first { $0.id == letter.contactId }?.displayName ?? name
        return LetterQuestions.actOn(letter, id, ref: ref, version: file.account.version, recipient: recipient)
    }
}
