import ArrearsCore

/// The letter preview as a screen of the stack: scrolling, moving between tenants, and `s` asking
/// before the case's letters are queued.
extension LetterPreviewScreen: Screen {
    var context: ActionContext { .letterPreview }

    /// Renders and checks a template's letters for the case on screen.
    /// `onlyContact`: a failed letter sent again goes to its tenant alone.
    static func open(_ template: LetterTemplate, for c: CaseScreen, session: Session, onlyContact: Int? = nil) -> Outcome {
        guard let source = LetterQuestions.source(session) else { return .handled }
        guard let summary = c.summary else {
            return .message("Case \(c.ref) has not been classified, so its collectable arrears are not known; "
                            + "letters print them. Run classify first.", .error)
        }
        var prepared = LetterPreparation.prepare(template, caseFile: c.file,
                                                 figures: source.letterFigures(collectableArrears: summary.collectableArrears),
                                                 asOf: session.asOf, sender: source.letterSender, role: session.user.role)
        if let onlyContact { prepared.letters.removeAll { $0.rendered.contactId != onlyContact } }
        guard !prepared.letters.isEmpty else { return .message(prepared.problems.map(\.message).joined(separator: "; "), .error) }
        return .push(LetterPreviewScreen(caseLetters: prepared, template: template, file: c.file, asOf: session.asOf, caseName: c.name))
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area, glyphs: session.glyphs) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        (render(into: &grid, area: area, context: session.context), area.x)
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        let area = session.body, glyphs = session.glyphs
        if let motion = Motion(id) { move(motion, area: area, glyphs: glyphs); return .handled }
        switch id {
        case .nextLetter, .previousLetter: cycle(by: id == .nextLetter ? 1 : -1, area: area, glyphs: glyphs)
        case .queueLetters: return askToQueue(session: session)
        default: return nil
        }
        return .handled
    }

    private func askToQueue(session: Session) -> Outcome {
        guard case .queue(let letters, let caseName) = purpose else {
            let why = purpose == .bulk ? "bulk letters are queued together from the results (\(session.key(.bulkQueueAll, in: .bulkLetters)) there)"
                                       : "this letter is already on the case"
            return .message("Nothing to queue here: \(why).", .warning)
        }
        if let done = items.first(where: { $0.alreadyQueued != nil }) {
            return .message("Not queued: the letter to \(done.recipient) is already queued today "
                            + "(\(done.alreadyQueued ?? "")); cancel it first to queue it again.", .warning)
        }
        guard refused.isEmpty else {
            let names = refused.map(\.recipient).joined(separator: ", ")
            return .message("Not queued: the letter to \(names) cannot be queued; its problems are listed on it. "
                            + "Every named tenant gets the letter, or none does.", .error)
        }
        let n = letters.letters.count
        let localPrint = letters.letters.filter(\.prepared.verdict.localPrint).count
        var details = ["To " + items.map(\.recipient).joined(separator: ", ") + "."]
        details.append(localPrint > 0 ? "Printed and posted locally: over GOV.UK Notify's \(LetterValidation.notifyMaxPages)-page limit."
                                      : "Sent through GOV.UK Notify.")
        if let diaryCode { details.append("Writes \(diaryCode) in the diary\(n == 1 ? "" : " for each letter").") }
        return .overlay(ConfirmPrompt(title: "Queue letters",
                                      question: "Queue \(LetterQuestions.count(n, "letter")) (\(title)) for \(letters.ref) \(caseName)?",
                                      details: details, then: .letters(.queue(letters)), width: LetterQuestions.letterDialogWidth))
    }
}
