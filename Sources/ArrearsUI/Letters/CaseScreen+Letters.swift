import ArrearsCore

/// The case screen's letter keys: `l` sends a letter, `x`, `v` and `V` act on the Letters pane's selection.
extension CaseScreen {
    func performLetterAction(_ id: ActionID, session: Session) -> Outcome? {
        switch id {
        case .sendLetter: return startLetter(session: session)
        case .cancelLetter, .reviewLetter: return actOnPaneLetter(id, session: session)
        case .resendLetter: return withPaneLetter(session: session) { resend($0, session: session) }
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
        let recommended = summary.flatMap {
            LetterTemplateCatalogue.recommended(among: templates, actionId: $0.actionId, caseFile: file)
        }
        return .overlay(TemplatePicker(title: "Send a letter: \(ref) \(name)", templates: templates, purpose: .caseLetter(ref: ref),
                                       recommending: recommended?.id))
    }

    /// Acts on the letter selected on the Letters pane, or says how to select one.
    private func withPaneLetter(session: Session, _ act: (Letter) -> Outcome) -> Outcome {
        guard pane == .letters else {
            let key = session.keymap.keys(for: .pane(.letters), in: .caseDetails).first.map { " (\($0.displayName))" } ?? ""
            return .message("Select a letter on the Letters pane\(key) first.")
        }
        let letters = CaseLettersPane.ordered(file)
        guard let i = selectedItem, i < letters.count else { return .message("No letter selected.") }
        return act(letters[i])
    }

    /// A failed letter sent again: a new copy of its template, rendered today for the same tenant at the
    /// address now on file, previewed before it is queued. The failed letter stays as it was; once the
    /// copy is queued it is the case's newest letter, so the review step clears.
    private func resend(_ letter: Letter, session: Session) -> Outcome {
        guard letter.status == .failed else {
            return .message("Only a failed letter is sent again; letter \(letter.id) is \(letter.status.rawValue).", .warning)
        }
        guard let template = LetterTemplateCatalogue.standard.template(id: letter.templateId) else {
            return .message("The template of letter \(letter.id) is no longer offered; \(session.key(.sendLetter, in: .caseDetails)) chooses another.", .warning)
        }
        guard let contact = file.account.contacts.first(where: { $0.id == letter.contactId }) else {
            return .message("The tenant letter \(letter.id) was for is no longer on \(ref).", .warning)
        }
        let address = LetterAddress.resolve(contact: contact, property: file.account.property)
        if let problem = address.problems.first {
            return .message("\(problem.message). Correct it first (\(session.key(.correctAddress, in: .caseDetails))), then send the letter again.", .warning)
        }
        return LetterPreviewScreen.open(template, for: self, session: session, onlyContact: contact.id)
    }

    private func actOnPaneLetter(_ id: ActionID, session: Session) -> Outcome {
        withPaneLetter(session: session) { letter in
            let recipient = file.account.contacts.first { $0.id == letter.contactId }?.displayName ?? name
            return LetterQuestions.actOn(letter, id, ref: ref, version: file.account.version, recipient: recipient)
        }
    }
}

