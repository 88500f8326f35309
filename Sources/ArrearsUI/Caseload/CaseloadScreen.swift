import ArrearsCore

/// The team lead's caseload screen (`c` from the team lead view): per officer their cases, arrears and
/// bands; rebalancing suggestions to accept; the oldest untouched red cases; cases with no action for
/// 28 days; pauses ending soon. Enter opens the selected officer's cases or case; `a` accepts the
/// selected suggestion.
struct CaseloadScreen {
    /// What a selectable line stands for.
    enum Item: Equatable {
        case officer(login: String, role: Role?)
        case suggestion(RebalanceSuggestion)
        case caseRow(ref: String)
    }

    let report: CaseloadReport
    let asOf: CivilDate
    private var viewport = DocumentViewport()
    private var cache: (width: Int, layout: Layout)?

    struct Layout {
        var document: Document
        var items: [Item]
    }

    init(report: CaseloadReport, asOf: CivilDate) {
        self.report = report
        self.asOf = asOf
    }

    var crumb: String { "Caseloads" }

    /// Keeps the place in the list after a reload.
    mutating func adopt(_ old: CaseloadScreen) { viewport = old.viewport }

    mutating func move(_ motion: Motion, area: Rect, context: ScreenContext) {
        let l = layout(width: area.width, context: context)
        viewport.apply(motion, in: l.document, visibleRows: area.height)
    }

    mutating func fit(_ area: Rect) {
        guard let cache else { return }
        viewport.fit(cache.layout.document, visibleRows: area.height)
    }

    mutating func selectedItem(area: Rect, context: ScreenContext) -> Item? {
        let l = layout(width: area.width, context: context)
        guard let i = viewport.selectedItem, i < l.items.count else { return nil }
        return l.items[i]
    }

    private mutating func layout(width: Int, context: ScreenContext) -> Layout {
        if let cache, cache.width == width { return cache.layout }
        let made = CaseloadDocument(report: report, asOf: asOf, context: context).layout(width: width)
        cache = (width, made)
        return made
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Int? {
        let l = layout(width: area.width, context: context)
        viewport.fit(l.document, visibleRows: area.height)
        return viewport.render(l.document, into: &grid, area: area, glyphs: context.glyphs) ?? area.y
    }
}
