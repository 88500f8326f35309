import ArrearsCore

/// The list of templates a user is offered: for a case (its account type and debt, and the user's
/// role), or for a bulk run (every template the role may send). Enter picks.
struct TemplatePicker {
    enum Purpose: Hashable {
        /// Preview the picked template's letters for this case.
        case caseLetter(ref: String)
        /// Set the bulk run's template.
        case bulk
    }

    let title: String
    let templates: [LetterTemplate]
    let purpose: Purpose
    var list: ListViewport

    init(title: String, templates: [LetterTemplate], purpose: Purpose, selecting selectedId: String? = nil) {
        self.title = title; self.templates = templates; self.purpose = purpose
        list = ListViewport(count: templates.count)
        if let selectedId, let i = templates.firstIndex(where: { $0.id == selectedId }) { list.select(i) }
    }

    var selected: LetterTemplate? { list.isEmpty ? nil : templates[list.selected] }

    static let width = 76

    func frame(in area: Rect) -> Rect {
        Overlay.frame(in: area, width: TemplatePicker.width, height: templates.count + 4)
    }

    /// Returns the selected row, for the cursor.
    mutating func render(into grid: inout Grid, area: Rect, glyphs: Glyphs, chooseKey: String) -> Int {
        let rect = frame(in: area)
        let inner = Overlay.draw(into: &grid, rect: rect, title: title, glyphs: glyphs)
        list.setVisibleRows(max(1, inner.height - 2))
        var cursor = inner.y
        for (line, i) in list.visibleRange.enumerated() {
            let t = templates[i]
            let y = inner.y + line
            let isSelected = i == list.selected
            let detail = "\(t.diaryCode)  " + (t.isLocalPrint ? "local print" : "\(t.estimatedPages) page\(t.estimatedPages == 1 ? "" : "s")")
            let detailWidth = 20
            grid.put(glyphs.pad(t.title, to: max(1, inner.width - detailWidth - 1)), row: y, column: inner.x,
                     role: isSelected ? .selection : .overlay)
            grid.put(" " + DisplayWidth.pad(detail, to: detailWidth, alignRight: true), row: y,
                     column: inner.x + max(1, inner.width - detailWidth - 1),
                     role: isSelected ? .selection : t.isLocalPrint ? .warning : .muted, maxWidth: detailWidth + 1)
            if isSelected { cursor = y }
        }
        if inner.height >= 3 {
            let hint = chooseKey + (purpose == .bulk ? " uses this template for the references." : " previews the letters; nothing is queued yet.")
            grid.put(hint, row: inner.maxY - 1, column: inner.x, role: .muted, maxWidth: inner.width)
        }
        return cursor
    }
}

extension TemplatePicker: OverlayScreen {
    var context: ActionContext { .letterTemplates }

    mutating func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor? {
        let row = render(into: &grid, area: area, glyphs: session.glyphs, chooseKey: session.key(.chooseTemplate, in: .letterTemplates))
        return (row, frame(in: area).x + 2)
    }

    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome? {
        if let motion = Motion(id) { list.apply(motion); return .handled }
        guard id == .chooseTemplate else { return nil }
        guard let template = selected else { return .closeOverlay }
        switch purpose {
        case .caseLetter(let ref):
            guard let c = under as? CaseScreen, c.ref == ref else { return .closeOverlay }
            return Outcome.closeOverlay.then(LetterPreviewScreen.open(template, for: c, session: session))
        case .bulk:
            if var b = under as? BulkEntryScreen {
                b.template = template
                under = b
            }
            return .closeOverlay
        }
    }
}
