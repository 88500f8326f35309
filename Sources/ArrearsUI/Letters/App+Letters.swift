import ArrearsCore

/// The letter screens' part of the App: opening them, their keys, and the host's answer to a
/// confirmed request. Nothing here changes a case: confirmed requests leave as
/// `AppEffect.letters` for the host's `LetterActionExecutor`.
extension App {
    var letterData: (any LetterData)? { data as? any LetterData }

    static let lettersUnavailable = "Letters are not available: this workbench's data source does not provide them."

    /// Letter actions that do not depend on a letter screen being on top. Returns false when the
    /// action is not one of them.
    mutating func performLetterAction(_ id: ActionID) -> Bool {
        switch id {
        case .openLetters: openLetters()
        case .openBulkLetters: openBulkLetters()
        case .sendLetter: startLetter()
        case .cancelLetter, .reviewLetter:
            guard case .caseDetails(let c)? = stack.last else { return false }
            actOnPaneLetter(id, in: c)
        default: return false
        }
        return true
    }

    // MARK: Opening

    /// The Letters screen. Without a filter, goes back to one already open (keeping its filters);
    /// with one (a team lead's count), opens a fresh list showing exactly those letters.
    mutating func openLetters(filter: LetterFilter? = nil) {
        overlay = nil
        if filter == nil, let i = stack.lastIndex(where: { if case .letters(.list) = $0 { return true } else { return false } }) {
            stack.removeSubrange((i + 1)...)
            return
        }
        guard let source = letterData else { message = StatusMessage(App.lettersUnavailable, kind: .error); return }
        do {
            var screen = LettersScreen(listings: try source.letterListings(), filter: filter ?? .initial(for: user), index: index,
                                       user: user)
            screen.fit(body)
            stack.append(.letters(.list(screen)))
        } catch {
            message = StatusMessage("Could not load the letters: \(error)", kind: .error)
        }
    }

    /// Bulk letters: the reference entry, with the template picker over it on the first visit.
    mutating func openBulkLetters() {
        overlay = nil
        if let i = stack.lastIndex(where: { if case .letters(.bulkEntry) = $0 { return true } else { return false } }) {
            stack.removeSubrange((i + 1)...)
            return
        }
        guard letterData != nil else { message = StatusMessage(App.lettersUnavailable, kind: .error); return }
        stack.append(.letters(.bulkEntry(BulkEntryScreen())))
        pickBulkTemplate()
    }

    mutating func pickBulkTemplate() {
        let templates = LetterTemplateCatalogue.standard.offered(to: user.role)
        guard !templates.isEmpty else {
            message = StatusMessage("No letter templates are offered to \(user.role.withArticle).", kind: .warning)
            return
        }
        var current: String?
        if case .letters(.bulkEntry(let b))? = stack.last { current = b.template?.id }
        overlay = .letters(.templates(TemplatePicker(title: "Bulk letters: choose a template", templates: templates, purpose: .bulk,
                                                     selecting: current)))
    }

    /// `l` on a case: the templates offered for its account type and the user's role.
    mutating func startLetter() {
        guard case .caseDetails(let c)? = stack.last else { message = StatusMessage("Open a case to send it a letter."); return }
        guard letterData != nil else { message = StatusMessage(App.lettersUnavailable, kind: .error); return }
        let account = c.file.account
        let templates = LetterTemplateCatalogue.standard.offered(for: account.type, debtKind: account.debtKind, role: user.role)
        guard !templates.isEmpty else {
            message = StatusMessage("No letter templates are offered to \(user.role.withArticle) for "
                                    + "\("\(account.type.label.lowercased()) account".withIndefiniteArticle).", kind: .warning)
            return
        }
        let recommended = c.summary.flatMap {
            LetterTemplateCatalogue.recommended(among: templates, actionId: $0.actionId, caseFile: c.file)
        }
        overlay = .letters(.templates(TemplatePicker(title: "Send a letter: \(c.ref) \(c.name)", templates: templates,
                                                     purpose: .caseLetter(ref: c.ref), recommending: recommended?.id)))
    }

    /// Renders and checks the chosen template's letters for the case on screen and previews them.
    mutating func previewLetters(_ template: LetterTemplate, ref: String) {
        guard case .caseDetails(let c)? = stack.last, c.ref == ref, let source = letterData else { return }
        guard let summary = c.summary else {
            message = StatusMessage("Case \(ref) has not been classified, so its collectable arrears are not known; "
                                    + "letters print them. Run classify first.", kind: .error)
            return
        }
        let prepared = LetterPreparation.prepare(template, caseFile: c.file,
                                                 figures: source.letterFigures(collectableArrears: summary.collectableArrears),
                                                 asOf: asOf, sender: source.letterSender, role: user.role)
        guard !prepared.letters.isEmpty else {
            message = StatusMessage(prepared.problems.map(\.message).joined(separator: "; "), kind: .error)
            return
        }
        var preview = LetterPreviewScreen(caseLetters: prepared, template: template, file: c.file, asOf: asOf, caseName: c.name)
        preview.fit(body, glyphs: context.glyphs)
        stack.append(.letters(.preview(preview)))
    }

    // MARK: Screens

    mutating func performOnLetterScreen(_ id: ActionID) -> Bool {
        guard overlay == nil, case .letters(let screen)? = stack.last else { return false }
        let area = body
        let glyphs = context.glyphs
        switch screen {
        case .preview(var p):
            if let motion = Motion(id) { p.move(motion, area: area, glyphs: glyphs) }
            else if id == .nextLetter || id == .previousLetter { p.cycle(by: id == .nextLetter ? 1 : -1, area: area, glyphs: glyphs) }
            else if id == .queueLetters { askToQueue(p) }
            else { return false }
            if case .letters(.preview)? = stack.last { stack[stack.count - 1] = .letters(.preview(p)) }
        case .list(var l):
            if let motion = Motion(id) { l.viewport.apply(motion) }
            else if id == .nextLetterStatus || id == .previousLetterStatus { l.cycleStatus(by: id == .nextLetterStatus ? 1 : -1, user: user) }
            else if id == .lettersFilterClear { l.setFilter(.none, user: user) }
            else if id == .lettersFilter { overlay = .letters(.filter(LetterFilterEditor())) }
            else if id == .readLetter || id == .cancelLetter || id == .reviewLetter {
                guard let listing = l.selected else { message = StatusMessage("No letter selected."); return true }
                if id == .readLetter { readLetter(listing) } else { actOn(listing.letter, id, ref: listing.letter.accountRef,
                                                                       version: nil, recipient: listing.tenantName) }
                return true
            } else { return false }
            stack[stack.count - 1] = .letters(.list(l))
        case .bulkEntry:
            switch id {
            case .bulkTemplate: pickBulkTemplate()
            case .bulkCheck: checkBulkReferences()
            default: return false
            }
        case .bulkResults(var r):
            if let motion = Motion(id) {
                r.move(motion, area: area, glyphs: glyphs)
                stack[stack.count - 1] = .letters(.bulkResults(r))
            } else if id == .bulkPreview {
                previewBulkLetter(r)
            } else if id == .bulkQueueAll {
                askToQueueAll(r)
            } else {
                return false
            }
        }
        return true
    }

    /// Keys typed into the bulk references. Returns false for keys the text area does not take.
    mutating func typeIntoLetterScreen(_ key: Key) -> Bool {
        guard case .letters(.bulkEntry(var b))? = stack.last, overlay == nil, b.references.handle(key) else { return false }
        stack[stack.count - 1] = .letters(.bulkEntry(b))
        return true
    }

    mutating func readLetter(_ listing: LetterListing) {
        let id = listing.letter.id
        do {
            guard let stored = try data.loadCase(ref: listing.letter.accountRef)?.letters.first(where: { $0.id == id }) else {
                message = StatusMessage("Letter \(id) is no longer on case \(listing.letter.accountRef); R reloads.", kind: .error)
                return
            }
            var view = LetterPreviewScreen(stored: stored, listing: listing, templateTitle: LetterRows.templateTitle(stored.templateId))
            view.fit(body, glyphs: context.glyphs)
            stack.append(.letters(.preview(view)))
        } catch {
            message = StatusMessage("Could not read letter \(id): \(error)", kind: .error)
        }
    }

    private mutating func checkBulkReferences() {
        guard case .letters(.bulkEntry(let b))? = stack.last, let source = letterData else { return }
        guard let template = b.template else { message = StatusMessage("Choose a template first.", kind: .warning); return }
        let raw = b.references.text
        guard !ReferenceList.parse(raw).references.isEmpty else {
            message = StatusMessage("Type or paste at least one tenancy or payment reference.", kind: .warning)
            return
        }
        let finder = BulkReferenceFinder(index: index)
        var readError: (any Error)?
        var existing: [String: [Letter]] = [:]
        let plan = BulkLetterPlan.make(rawReferences: raw, template: template, asOf: asOf, sender: source.letterSender,
                                       role: user.role, remit: Remit.of(user), lookup: { reference in
            guard let ref = finder.caseRef(for: reference) else { return nil }
            do {
                let file = try source.loadCase(ref: ref)
                if let file { existing[file.ref] = file.letters }
                return file
            } catch {
                readError = readError ?? error
                return nil
            }
        }, figures: { source.letterFigures(collectableArrears: finder.collectableArrears(of: $0)) })
        if let readError {
            message = StatusMessage("Could not read the cases: \(readError)", kind: .error)
            return
        }
        var results = BulkResultsScreen(plan: plan, asOf: asOf, existing: existing)
        results.fit(body, glyphs: context.glyphs)
        stack.append(.letters(.bulkResults(results)))
    }

    private mutating func previewBulkLetter(_ r: BulkResultsScreen) {
        if let ready = r.selectedReady {
            var view = LetterPreviewScreen(title: r.template.title, diaryCode: r.template.diaryCode,
                                           items: [LetterPreviewScreen.Item(ready.letter)], purpose: .bulk)
            view.fit(body, glyphs: context.glyphs)
            stack.append(.letters(.preview(view)))
        } else if let c = r.selectedRefusal {
            message = StatusMessage("\(c.reference) cannot be sent: \(c.reason)", kind: .warning)
        } else {
            message = StatusMessage("No letter selected.")
        }
    }

    // MARK: The host's answer

    /// Takes the outcome of a request the host performed: shows its message, reloads what changed,
    /// and moves on (a queued case's letters show on its Letters pane; bulk results say they are queued).
    public mutating func finish(_ request: LetterRequest, _ outcome: LetterOutcome) {
        undoable = outcome.undoable
        switch request {
        case .queue(let letters):
            // The preview is done with either way: on success the letters are on the case; on a
            // refusal (most often a case changed since) the fresh case shows.
            if case .letters(.preview(let p))? = stack.last, case .queue(let previewed, _) = p.purpose, previewed.ref == letters.ref {
                stack.removeLast()
            }
            reload()
            if outcome.succeeded, case .caseDetails(var c)? = stack.last, c.ref == letters.ref {
                c.show(.letters, area: body, context: context)
                stack[stack.count - 1] = .caseDetails(c)
            }
        case .bulkQueue(let cases):
            if outcome.succeeded, let i = stack.lastIndex(where: { if case .letters(.bulkResults) = $0 { return true } else { return false } }),
               case .letters(.bulkResults(var r)) = stack[i] {
                r.queued = outcome.message
                stack[i] = .letters(.bulkResults(r))
            }
            reload()
            // Exactly what went: the Letters screen on the letters just queued, whatever their patch.
            if outcome.succeeded { openLetters(filter: .justQueued(Set(cases.flatMap { $0.letters.map(\.id) }))) }
        case .cancel, .markReviewed:
            reload()
        }
        message = outcome.statusMessage
    }

    /// The letter screens after the data was reloaded: the Letters screen re-reads its letters.
    func reloaded(_ screen: LetterScreen) -> LetterScreen {
        guard case .list(let old) = screen, let source = letterData, let listings = try? source.letterListings() else { return screen }
        var fresh = LettersScreen(listings: listings, filter: old.filter, index: index, user: user)
        fresh.adopt(old, user: user)
        return .list(fresh)
    }
}

/// Finds the case a pasted reference names, through the loaded summaries: a tenancy reference or a
/// payment reference, as typed or in capitals.
struct BulkReferenceFinder {
    let index: WorklistIndex
    private let byPaymentRef: [String: Int]

    init(index: WorklistIndex) {
        self.index = index
        var byPayment: [String: Int] = [:]
        for (i, s) in index.summaries.enumerated() where byPayment[s.paymentRef] == nil { byPayment[s.paymentRef] = i }
        byPaymentRef = byPayment
    }

    func caseRef(for reference: String) -> String? {
        for candidate in [reference, reference.uppercased()] {
            if let i = index.position(ofRef: candidate) ?? byPaymentRef[candidate] { return index.summaries[i].ref }
        }
        return nil
    }

    /// The collectable arrears the classification stored for the case.
    func collectableArrears(of file: CaseFile) -> Money {
        index.position(ofRef: file.ref).map { index.summaries[$0].collectableArrears } ?? .zero
    }
}
