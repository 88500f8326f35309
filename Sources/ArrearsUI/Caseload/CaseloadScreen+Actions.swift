import ArrearsCore

/// The caseload screen as a screen of the stack: opening an officer's cases or a case, and accepting
/// a rebalancing suggestion after asking.
extension CaseloadScreen: Screen {
    var context: ActionContext { .caseload }

    static func make(session: Session) -> CaseloadScreen {
        let users = (try? session.data.users()) ?? []
        return CaseloadScreen(report: CaseloadReport.build(summaries: session.index.summaries, users: users, asOf: session.asOf),
                              asOf: session.asOf)
    }

    /// Back to the caseload screen already open, or a new one on top.
    static func open(session: Session) -> Outcome {
        Outcome([.reuse(matching: { $0 is CaseloadScreen }, otherwise: { .push(make(session: session)) })])
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, context: session.context).map { ($0, 0) }
    }

    mutating func reload(session: Session) {
        var fresh = CaseloadScreen.make(session: session)
        fresh.adopt(self)
        self = fresh
    }

    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session) { reload(session: session) }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        let body = session.body, context = session.context
        if let motion = Motion(id) {
            move(motion, area: body, context: context)
            return .handled
        }
        switch id {
        case .open:
            switch selectedItem(area: body, context: context) {
            case let .officer(login, role)?:
                let area: ServiceArea = role == .leaseholdOfficer ? .leasehold : .rent
                return .push(WorklistScreen.drill(WorklistDrill(area: area, tab: .fullPatch, filter: WorklistFilter(patch: .all, officer: login)),
                                                  session: session))
            case .caseRow(let ref)?: return CaseScreen.open(ref: ref, session: session)
            case .suggestion(let s)?: return askToAccept(s, context: context)
            case nil: return .message("Nothing to open here.")
            }
        case .acceptSuggestion:
            guard case .suggestion(let s)? = selectedItem(area: body, context: context) else {
                return .message("Move to a suggestion (under Rebalancing suggestions) to accept it.", .warning)
            }
            return askToAccept(s, context: context)
        case .reassignPatch: return ReassignPatchForm.open(selecting: nil, session: session)
        default:
            return nil
        }
    }

    private func askToAccept(_ s: RebalanceSuggestion, context: ScreenContext) -> Outcome {
        let text = "Move \(s.refs.count) case\(s.refs.count == 1 ? "" : "s") from \(context.officerName(s.from)) to "
            + "\(context.officerName(s.to))? Each case's diary records it."
        return .overlay(ConfirmPrompt(question: text, then: .perform(.acceptSuggestion(s))))
    }
}
