import ArrearsCore

/// The team lead view as a screen of the stack: moving between counts and opening what is behind one.
extension TeamLeadScreen: Screen {
    var context: ActionContext { .teamLead }

    /// Both service areas' reports, counted from the loaded summaries.
    static func make(session: Session) -> TeamLeadScreen {
        make(session: session, groups: SummaryGroups(session.index.summaries))
    }

    /// Both service areas' reports from summaries already counted by group (the first frame: as stored).
    static func make(session: Session, groups: SummaryGroups) -> TeamLeadScreen {
        TeamLeadScreen(counts: TeamLeadCounts.read(session: session, groups: groups), context: session.context)
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, context: session.context).map { ($0, 0) }
    }

    mutating func reload(session: Session) {
        var fresh = TeamLeadScreen.make(session: session)
        if area != fresh.area { fresh.switchArea(area: session.body) }
        self = fresh
    }

    /// The case moves between groups and the tables are laid out again from the groups.
    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session) {
        var counts = self.counts
        counts.caseSaved(saved, old: old, session: session)
        update(counts, context: session.context)
    }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        let body = session.body
        if let motion = Motion(id) { move(motion, area: body); return .handled }
        switch id {
        case .moveLeft: moveCell(by: -1, area: body)
        case .moveRight: moveCell(by: 1, area: body)
        case .nextTab, .previousTab, .switchArea: switchArea(area: body)
        case .open:
            switch selectedTarget(area: body) {
            case .worklist(let d)?: return .push(WorklistScreen.drill(d, session: session))
            case .letters(let f)?: return LettersScreen.open(filter: f, session: session)
            case nil: return .message("Nothing to open here.")
            }
        case .caseload: return CaseloadScreen.open(session: session)
        default: return nil
        }
        return .handled
    }
}
