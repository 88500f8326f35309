import ArrearsCore

/// The Letters screen as a screen of the stack (status tabs, reading, cancelling and reviewing the
/// selected letter) and its filters as the `f` editor shows them.
extension LettersScreen: Screen, FilterableScreen {
    var context: ActionContext { .letters }

    /// Without a filter, goes back to a Letters screen already open (keeping its filters); with one
    /// (a team lead's count), opens a fresh list showing exactly those letters.
    static func open(filter: LetterFilter?, session: Session) -> Outcome {
        let make = { () -> Outcome in
            guard let source = LetterQuestions.source(session) else { return .message(LetterQuestions.unavailable, .error) }
            do {
                return .push(LettersScreen(listings: try source.letterListings(), filter: filter ?? .initial(for: session.user),
                                           index: session.index, user: session.user))
            } catch {
                return .message("Could not load the letters: \(error)", .error)
            }
        }
        guard filter == nil else { return Outcome.closeOverlay.then(make()) }
        return Outcome([.closeOverlay, .reuse(matching: { $0 is LettersScreen }, otherwise: make)])
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        let row = render(into: &grid, area: area, context: session.context, filterClearKey: session.key(.lettersFilterClear, in: .letters))
        fit(area)
        return (row, area.x)
    }

    mutating func reload(session: Session) {
        guard let source = LetterQuestions.source(session), let listings = try? source.letterListings() else { return }
        var fresh = LettersScreen(listings: listings, filter: filter, index: session.index, user: session.user)
        fresh.adopt(self, user: session.user)
        self = fresh
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        let user = session.user
        if let motion = Motion(id) { viewport.apply(motion); return .handled }
        switch id {
        case .nextLetterStatus, .previousLetterStatus: cycleStatus(by: id == .nextLetterStatus ? 1 : -1, user: user)
        case .lettersFilterClear: setFilter(.initial(for: user), user: user)
        case .lettersFilter: return .overlay(FilterEditor())
        case .readLetter, .cancelLetter, .reviewLetter:
            guard let listing = selected else { return .message("No letter selected.") }
            if id == .readLetter { return read(listing, session: session) }
            return LetterQuestions.actOn(listing.letter, id, ref: listing.letter.accountRef, version: nil, recipient: listing.tenantName)
        default: return nil
        }
        return .handled
    }

    private func read(_ listing: LetterListing, session: Session) -> Outcome {
        let id = listing.letter.id, ref = listing.letter.accountRef
        do {
            guard let stored = try session.data.loadCase(ref: ref)?.letters.first(where: { $0.id == id }) else {
                return .message("Letter \(id) is no longer on case \(ref); \(session.key(.refresh, in: .letters)) reloads.", .error)
            }
            return .push(LetterPreviewScreen(stored: stored, listing: listing, templateTitle: LetterRows.templateTitle(stored.templateId)))
        } catch {
            return .message("Could not read letter \(id): \(error)", .error)
        }
    }

    // MARK: Filters

    private enum FilterField: CaseIterable { case status, template, patch }

    var filterEditorTitle: String { "Letter filters" }
    var filterNameWidth: Int { 12 }

    func filterRows(context: ScreenContext) -> [(name: String, value: String)] {
        let patch: String
        switch filter.patch {
        case .mine: patch = "my patches (\(context.user.patches.joined(separator: ", ")))"
        case .all: patch = "every patch"
        case .unassigned: patch = "no patch"
        case .patch(let p): patch = "patch \(p)"
        }
        return [("Status", filter.status.map { $0.label.lowercased() } ?? "every status"),
                ("Template", filter.templateId.map(LetterRows.templateTitle) ?? "every template"),
                ("Patch", patch)]
    }

    mutating func cycleFilter(_ row: Int, by delta: Int, session: Session) {
        func with(_ change: (inout LetterFilter) -> Void) -> LetterFilter { var f = filter; change(&f); return f }
        let values: [LetterFilter]
        switch FilterField.allCases[min(row, FilterField.allCases.count - 1)] {
        case .status: values = LettersScreen.tabs.map { s in with { $0.status = s } }
        case .template: values = templateChoices().map { t in with { $0.templateId = t } }
        case .patch: values = patchChoices(user: session.user).map { p in with { $0.patch = p } }
        }
        let i = values.firstIndex(of: filter) ?? 0
        setFilter(values[((i + delta) % values.count + values.count) % values.count], user: session.user)
    }

    mutating func resetFilter(_ row: Int, session: Session) {
        var f = filter
        switch FilterField.allCases[min(row, FilterField.allCases.count - 1)] {
        case .status: f.status = nil
        case .template: f.templateId = nil
        case .patch: f.patch = LetterFilter.initial(for: session.user).patch
        }
        setFilter(f, user: session.user)
    }

    var filterSummary: String { "\(Format.count(rows.count)) letter\(rows.count == 1 ? "" : "s") shown" }
}
