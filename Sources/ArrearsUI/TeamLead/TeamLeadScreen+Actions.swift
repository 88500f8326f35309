import ArrearsCore

/// The team lead view as a screen of the stack: moving between counts and opening what is behind one.
extension TeamLeadScreen: Screen {
    var context: ActionContext { .teamLead }

    /// Both service areas' reports, built from the loaded summaries.
    static func make(session: Session) -> TeamLeadScreen {
        var reports: [ServiceArea: TeamLeadReport] = [:]
        let snapshots = (try? session.data.snapshots()) ?? []
        let letters = (try? session.data.letterCounts()) ?? [:]
        let context = session.context
        // Last night's automation, where the data source keeps it.
        let automation = session.automation.map { TeamLeadAutomation.lines((try? $0.lastAutomationRun()) ?? nil) } ?? []
        for area in ServiceArea.allCases {
            reports[area] = TeamLeadReport(summaries: session.index.summaries, area: area, asOf: context.asOf, snapshots: snapshots,
                                           letters: letters, officerName: context.officerName, glyphs: context.glyphs)
            reports[area]?.preface = automation
        }
        return TeamLeadScreen(reports: reports)
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

    /// The tables count every case, so they are counted again from the updated summaries (no store read).
    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session) { reload(session: session) }

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
