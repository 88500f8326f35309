import ArrearsCore

/// The worklist as a screen of the stack: its keys (tabs, sort, search, filters, marks) and what
/// opening a row leads to.
extension WorklistScreen: Screen {
    var context: ActionContext { search.isEditing ? .search : .worklist }

    /// The user's own worklist, with the settings they left it in last time.
    static func own(session: Session) -> WorklistScreen {
        WorklistScreen(index: session.index, settings: ownSettings(session: session), persists: true, user: session.user, asOf: session.asOf)
    }

    /// The settings the user left their own worklist in, or the starting ones.
    static func ownSettings(session: Session) -> WorklistSettings {
        session.savedSettings.map { WorklistSettings(encoded: $0, user: session.user) } ?? .initial(for: session.user)
    }

    /// A team lead's drill-down from a count: a transient worklist showing exactly those cases.
    static func drill(_ d: WorklistDrill, session: Session) -> WorklistScreen {
        WorklistScreen(index: session.index, settings: WorklistSettings(area: d.area, tab: d.tab, filter: d.filter), persists: false,
                       user: session.user, asOf: session.asOf)
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        let row = render(into: &grid, area: area, context: session.context,
                         filterClearKey: session.key(.filterClear, in: .worklist))
        fit(area)
        return row.map { ($0, 0) }
    }

    mutating func reload(session: Session) {
        var fresh = WorklistScreen(index: session.index, settings: settings, persists: persists, user: session.user, asOf: session.asOf)
        fresh.adopt(self, user: session.user, asOf: session.asOf)
        self = fresh
    }

    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session) {
        guard let position = index.position(ofRef: saved.summary.ref), index.summaries[position] == saved.summary else { return }
        caseChanged(from: old, at: position, user: session.user, asOf: session.asOf)
    }

    var caseInFocus: (ref: String, name: String)? { selectedSummary.map { ($0.ref, $0.tenantName) } }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        let user = session.user, asOf = session.asOf
        if let motion = Motion(id) { viewport.apply(motion); return .handled }
        if let tab = WorklistTab.allCases.first(where: { ActionID.tab($0) == id }) {
            guard tabs.contains(tab) else { return .message("\(tab.title) is a rent tab.") }
            show(tab: tab, user: user, asOf: asOf)
            return .handled
        }
        switch id {
        case .open:
            guard let ref = selectedSummary?.ref else { return .message("No case selected.") }
            return CaseScreen.open(ref: ref, session: session)
        case .nextTab: cycleTab(by: 1, user: user, asOf: asOf)
        case .previousTab: cycleTab(by: -1, user: user, asOf: asOf)
        case .sortNext:
            cycleSort(user: user, asOf: asOf)
            return .message("Sorted by \(sort.title).")
        case .sortReverse: reverseSort(user: user, asOf: asOf)
        case .search: beginSearch()
        case .searchAccept:
            acceptSearch()
            let n = matchCount(search.query)
            guard !search.query.isEmpty else { return .handled }
            return .message("\(n) match\(n == 1 ? "" : "es"); \(session.key(.searchNext, in: .worklist)) and "
                            + "\(session.key(.searchPrevious, in: .worklist)) move between them.")
        case .searchNext, .searchPrevious:
            if search.query.isEmpty { return .message("No search yet: \(session.key(.search, in: .worklist)) starts one.") }
            if !searchAgain(forward: id == .searchNext) {
                return .message("No match for \u{201C}\(search.query)\u{201D} in this tab.", .warning)
            }
        case .filter: return .overlay(FilterEditor())
        case .filterClear: setFilter(.initial(for: user), user: user, asOf: asOf)
        case .switchArea: setArea(area == .rent ? .leasehold : .rent, user: user, asOf: asOf)
        case .why:
            guard let s = selectedSummary else { return .message("No case selected.") }
            return PagerOverlay.why(ref: s.ref, label: s.actionLabel, session: session)
        case .markCase:
            toggleMark()
            let n = marks.count
            return .message(n == 0 ? "No cases marked." : "\(Format.count(n)) marked; \(session.key(.reassignCases, in: .worklist)) "
                            + "reassigns them, \(session.key(.clearMarks, in: .worklist)) clears the marks.")
        case .clearMarks:
            clearMarks()
            return .message("Marks cleared.")
        case .reassignCases:
            let refs = marks.isEmpty ? selectedSummary.map { [$0.ref] } ?? [] : marks.sorted()
            guard !refs.isEmpty else { return .message("No case selected.") }
            let types = Set(refs.compactMap { session.summary(ref: $0)?.type })
            return .overlay(ReassignCasesForm.overlay(refs: refs, types: types, officers: OfficerChoices.current(session: session),
                                                      today: asOf))
        case .reassignPatch: return ReassignPatchForm.open(selecting: selectedSummary?.patch, session: session)
        default: return nil
        }
        return .handled
    }

    /// Typing into the search line jumps to the first match as you type.
    mutating func type(_ key: Key, session: Session) -> Outcome? {
        guard search.isEditing, search.input.handle(key) else { return nil }
        if !searchEdited() { return .message("No match for \u{201C}\(search.input.text)\u{201D} in this tab.", .warning) }
        return .handled
    }

    mutating func back() -> Outcome? {
        guard search.isEditing else { return nil }
        cancelSearch()
        return .handled
    }

    func renderStatusLine(into grid: inout Grid, row: Int) -> Cursor? {
        guard search.isEditing else { return nil }
        let text = search.input.text
        let count = search.matchCount
        let matches = text.isEmpty ? "" : " \(Format.count(count)) matching "
        let inputWidth = max(10, grid.width - DisplayWidth.of(matches))
        let column = search.input.render(into: &grid, row: row, column: 0, width: inputWidth, prompt: "/")
        if !matches.isEmpty {
            grid.put(matches, row: row, column: inputWidth, role: count == 0 ? .error : .statusBar)
        }
        return (row, column)
    }
}
