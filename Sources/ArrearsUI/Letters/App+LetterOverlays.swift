import ArrearsCore

/// The letter overlays: the template picker, the questions asked before a request leaves for the
/// host, and the Letters screen's filter editor.
extension App {
    mutating func performInLetterOverlay(_ id: ActionID) -> Bool {
        guard case .letters(let current)? = overlay else { return false }
        switch current {
        case .templates(var picker):
            if let motion = Motion(id) {
                picker.list.apply(motion)
                overlay = .letters(.templates(picker))
                return true
            }
            guard id == .chooseTemplate else { return false }
            overlay = nil
            guard let template = picker.selected else { return true }
            switch picker.purpose {
            case .caseLetter(let ref): previewLetters(template, ref: ref)
            case .bulk:
                if case .letters(.bulkEntry(var b))? = stack.last {
                    b.template = template
                    stack[stack.count - 1] = .letters(.bulkEntry(b))
                }
            }
        case .confirm(let question):
            switch id {
            case .confirmYes: overlay = nil; effects.append(.letters(question.request))
            case .confirmNo: overlay = nil
            default: return false
            }
        case .review(let prompt):
            switch id {
            case .reviewPrintedLocally, .reviewNotSent:
                overlay = nil
                effects.append(.letters(.markReviewed(prompt.letter, printedLocally: id == .reviewPrintedLocally)))
            default: return false
            }
        case .filter(var editor):
            guard case .letters(.list(var screen))? = stack.last else { overlay = nil; return false }
            switch id {
            case .moveDown, .moveUp: editor.move(by: id == .moveDown ? 1 : -1)
            case .moveRight, .moveLeft:
                screen.setFilter(editor.cycled(screen.filter, by: id == .moveRight ? 1 : -1, screen: screen, user: user), user: user)
            case .filterResetField: screen.setFilter(editor.reset(screen.filter, user: user), user: user)
            case .filterDone: overlay = nil; return true
            default: return false
            }
            stack[stack.count - 1] = .letters(.list(screen))
            overlay = .letters(.filter(editor))
        }
        return true
    }

    mutating func renderLetterOverlay(into grid: inout Grid, area: Rect) -> (row: Int, column: Int)? {
        guard case .letters(let current)? = overlay else { return nil }
        switch current {
        case .templates(var picker):
            let row = picker.render(into: &grid, area: area, glyphs: context.glyphs)
            overlay = .letters(.templates(picker))
            return (row, picker.frame(in: area).x + 2)
        case .confirm(let question):
            return question.render(into: &grid, area: area, glyphs: context.glyphs)
        case .review(let prompt):
            return prompt.render(into: &grid, area: area, glyphs: context.glyphs)
        case .filter(let editor):
            guard case .letters(.list(let screen))? = stack.last else { return nil }
            return (editor.render(into: &grid, area: area, screen: screen, context: context), area.x)
        }
    }

    // MARK: Questions

    mutating func askToQueue(_ preview: LetterPreviewScreen) {
        guard case .queue(let letters, let caseName) = preview.purpose else {
            let why = preview.purpose == .bulk ? "bulk letters are queued together from the results (s there)"
                                               : "this letter is already on the case"
            message = StatusMessage("Nothing to queue here: \(why).", kind: .warning)
            return
        }
        if let done = preview.items.first(where: { $0.alreadyQueued != nil }) {
            message = StatusMessage("Not queued: the letter to \(done.recipient) is already queued today "
                                    + "(\(done.alreadyQueued ?? "")); cancel it first to queue it again.", kind: .warning)
            return
        }
        let refused = preview.refused
        guard refused.isEmpty else {
            let names = refused.map(\.recipient).joined(separator: ", ")
            message = StatusMessage("Not queued: the letter to \(names) cannot be queued; its problems are listed on it. "
                                    + "Every named tenant gets the letter, or none does.", kind: .error)
            return
        }
        let n = letters.letters.count
        let localPrint = letters.letters.filter(\.prepared.verdict.localPrint).count
        var details = ["To " + preview.items.map(\.recipient).joined(separator: ", ") + "."]
        details.append(localPrint > 0 ? "Printed and posted locally: over GOV.UK Notify's \(LetterValidation.notifyMaxPages)-page limit."
                                       : "Sent through GOV.UK Notify.")
        if let code = preview.diaryCode { details.append("Writes \(code) in the diary\(n == 1 ? "" : " for each letter").") }
        overlay = .letters(.confirm(LetterConfirmation(
            title: "Queue letters",
            question: "Queue \(Self.count(n, "letter")) (\(preview.title)) for \(letters.ref) \(caseName)?",
            details: details, request: .queue(letters))))
    }

    mutating func askToQueueAll(_ results: BulkResultsScreen) {
        if results.queued != nil {
            message = StatusMessage("These letters are queued already; check a new list to send more.", kind: .warning)
            return
        }
        let items = results.readyByCase
        guard !items.isEmpty else { message = StatusMessage("No letter is ready to queue.", kind: .warning); return }
        var details: [String] = []
        if results.localPrintCount > 0 {
            details.append("\(Self.count(results.localPrintCount, "letter")) will be printed and posted locally (over GOV.UK "
                           + "Notify's \(LetterValidation.notifyMaxPages)-page limit).")
        }
        if !results.cannotSend.isEmpty {
            details.append("\(Self.count(results.cannotSend.count, "reference")) cannot be sent and are left out.")
        }
        details.append("All or nothing: if any case has changed since the check, nothing is queued.")
        overlay = .letters(.confirm(LetterConfirmation(
            title: "Queue bulk letters",
            question: "Queue all \(Self.count(results.ready.count, "ready letter")) (\(results.template.title)) for "
                + "\(Self.count(items.count, "case"))?",
            details: details, request: .bulkQueue(items))))
    }

    /// `x` or `v` on the case's Letters pane: the selected letter.
    mutating func actOnPaneLetter(_ id: ActionID, in c: CaseScreen) {
        guard c.pane == .letters else {
            let key = keymap.keys(for: .pane(.letters), in: .caseDetails).first.map { " (\($0.displayName))" } ?? ""
            message = StatusMessage("Select a letter on the Letters pane\(key) first.")
            return
        }
        let letters = CaseLettersPane.ordered(c.file)
        guard let i = c.selectedItem, i < letters.count else { message = StatusMessage("No letter selected."); return }
        let letter = letters[i]
        let recipient = c.file.account.contacts.first { $0.id == letter.contactId }?.displayName ?? c.name
        actOn(letter, id, ref: c.ref, version: c.file.account.version, recipient: recipient)
    }

    /// Asks before cancelling a queued letter or reviewing a failed one; any other letter says why not.
    mutating func actOn(_ letter: Letter, _ id: ActionID, ref: String, version: Int?, recipient: String) {
        let target = LetterOnCase(ref: ref, expectedVersion: version, letterId: letter.id)
        let name = "letter \(letter.id) (\(LetterRows.templateTitle(letter.templateId))) to \(recipient) on \(ref)"
        if id == .cancelLetter {
            guard letter.status == .queued else {
                message = StatusMessage("Only a queued letter can be cancelled; letter \(letter.id) is \(letter.status.rawValue).",
                                        kind: .warning)
                return
            }
            overlay = .letters(.confirm(LetterConfirmation(title: "Cancel a letter", question: "Cancel \(name)?",
                                                           details: ["It will not be sent. Writes LCN in the diary."],
                                                           request: .cancel(target))))
        } else {
            guard letter.status == .failed else {
                message = StatusMessage("Only a failed letter is marked reviewed; letter \(letter.id) is \(letter.status.rawValue).",
                                        kind: .warning)
                return
            }
            overlay = .letters(.review(LetterReviewPrompt(letter: target, description: "The \(name) failed to send. How was it dealt with?",
                                                          problems: letter.validationErrors)))
        }
    }

    /// `1 letter`, `3 letters`.
    static func count(_ n: Int, _ noun: String) -> String { "\(Format.count(n)) \(noun)\(n == 1 ? "" : "s")" }
}
