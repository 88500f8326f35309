import ArrearsCore

/// Every letter on every case (Hackney's "Documents"): status tabs with counts, a filter line
/// (template, patch), then a table, newest first. Only visible rows are drawn.
struct LettersScreen {
    let listings: [LetterListing]
    private(set) var filter: LetterFilter
    private(set) var rows: [Int] = []
    private(set) var counts: [LetterStatus?: Int] = [:]
    var viewport = ListViewport()
    /// Who holds each listed letter's case, for the "mine" patch choice.
    private let officers: [String: String]

    init(listings: [LetterListing], filter: LetterFilter, index: WorklistIndex, user: User) {
        self.listings = listings.sorted { LetterRows.newestFirst($0.letter, $1.letter) }
        self.filter = filter
        var officers: [String: String] = [:]
        for l in listings where officers[l.letter.accountRef] == nil {
            if let i = index.position(ofRef: l.letter.accountRef), let o = index.summaries[i].officer { officers[l.letter.accountRef] = o }
        }
        self.officers = officers
        recompute(user: user)
    }

    var crumb: String { "Letters" + (filter.status.map { " (\($0.label.lowercased()))" } ?? "") }

    var selected: LetterListing? { viewport.isEmpty ? nil : listings[rows[viewport.selected]] }

    /// The tabs: all letters, then each status.
    static let tabs: [LetterStatus?] = [nil] + LetterRows.statusOrder

    // MARK: Changing what is shown

    mutating func setFilter(_ f: LetterFilter, user: User) {
        filter = f
        recompute(user: user)
    }

    mutating func cycleStatus(by delta: Int, user: User) {
        let tabs = LettersScreen.tabs
        let i = tabs.firstIndex(of: filter.status) ?? 0
        filter.status = tabs[((i + delta) % tabs.count + tabs.count) % tabs.count]
        viewport.first()
        recompute(user: user)
    }

    /// Keeps the selected letter selected when it is still listed (after a filter change or a reload).
    mutating func recompute(user: User) {
        let keep = selected?.letter.id
        let screenRow = viewport.selectedScreenRow
        var rows: [Int] = []
        var counts: [LetterStatus?: Int] = [:]
        for (i, l) in listings.enumerated() where filter.matchesIgnoringStatus(l, user: user, officer: officers[l.letter.accountRef]) {
            counts[nil, default: 0] += 1
            counts[l.letter.status, default: 0] += 1
            if filter.status == nil || filter.status == l.letter.status { rows.append(i) }
        }
        self.rows = rows
        self.counts = counts
        viewport.setCount(rows.count)
        if let keep, let row = rows.firstIndex(where: { listings[$0].letter.id == keep }) {
            viewport.reselect(row, keepingScreenRow: screenRow)
        } else {
            viewport.first()
        }
    }

    /// Takes over another view's filter and selection (after the data was reloaded).
    mutating func adopt(_ old: LettersScreen, user: User) {
        filter = old.filter
        viewport.setVisibleRows(old.viewport.visibleRows)
        viewport.reselect(old.viewport.selected, keepingScreenRow: old.viewport.selectedScreenRow)
        recompute(user: user)
        if let id = old.selected?.letter.id, let row = rows.firstIndex(where: { listings[$0].letter.id == id }) {
            viewport.reselect(row, keepingScreenRow: old.viewport.selectedScreenRow)
        }
    }

    /// The values the filter editor cycles through, from the letters actually listed.
    func templateChoices() -> [String?] {
        let ids = Set(listings.map(\.letter.templateId))
        let catalogue = LetterTemplateCatalogue.standard.templates.map(\.id).filter(ids.contains)
        return [nil] + catalogue + ids.subtracting(catalogue).sorted()
    }

    func patchChoices(user: User) -> [WorklistFilter.PatchChoice] {
        var choices: [WorklistFilter.PatchChoice] = user.patches.isEmpty ? [.all] : [.mine, .all]
        if listings.contains(where: { $0.patch == nil }) { choices.append(.unassigned) }
        return choices + Set(listings.compactMap(\.patch)).sorted().map { .patch($0) }
    }

    // MARK: Drawing

    static func tableArea(in area: Rect) -> Rect { Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2) }

    mutating func fit(_ area: Rect) { viewport.setVisibleRows(LettersScreen.tableArea(in: area).height - 1) }

    static let columns: [TableColumn] = [
        TableColumn("Status", min: 9, priority: 10),
        TableColumn("Created", min: 11, priority: 9),
        TableColumn("Template", min: 14, preferred: 34, priority: 9, flexible: true),
        TableColumn("Reference", min: 10, priority: 10),
        TableColumn("Tenant", min: 10, preferred: 20, priority: 5, flexible: true),
        TableColumn("Patch", min: 5, priority: 3),
        TableColumn("Author", min: 10, preferred: 12, priority: 7),
        TableColumn("Updated", min: 11, priority: 6),
        TableColumn("Post", min: 6, priority: 2),
    ]

    func cell(_ l: LetterListing, column: Int, context: ScreenContext) -> TableCell {
        let letter = l.letter
        switch column {
        case 0: return TableCell(letter.status.label, LetterRows.role(for: letter.status), keepsRoleWhenSelected: false)
        case 1: return TableCell(letter.createdAt.londonDate.shortText)
        case 2: return TableCell(LetterRows.templateTitle(letter.templateId))
        case 3: return TableCell(letter.accountRef)
        case 4: return TableCell(l.tenantName)
        case 5: return TableCell(l.patch ?? "none", l.patch == nil ? .muted : .normal)
        case 6: return TableCell(context.officerName(letter.author))
        case 7: return TableCell(letter.updatedAt == letter.createdAt ? "" : letter.updatedAt.londonDate.shortText)
        default: return TableCell(letter.localPrint ? "local" : "Notify", letter.localPrint ? .warning : .muted)
        }
    }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext, filterClearKey: String) -> Int {
        let g = context.glyphs
        let tabs = LettersScreen.tabs.map { TabItem(title: $0?.label ?? "All letters", shortTitle: $0?.label ?? "All",
                                                    count: counts[$0] ?? 0) }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .normal)
        grid.draw(TabBar.line(tabs, selected: LettersScreen.tabs.firstIndex(of: filter.status) ?? 0, width: area.width, glyphs: g),
                  row: area.y, column: area.x, width: area.width)
        grid.fill(Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), role: .filterLine)
        grid.draw(filterLine(width: area.width, context: context), row: area.y + 1, column: area.x, width: area.width)

        let table = LettersScreen.tableArea(in: area)
        let widths = TableLayout.fit(LettersScreen.columns, width: table.width)
        let cursor = VirtualTable.render(into: &grid, area: table, columns: LettersScreen.columns, widths: widths,
                                         viewport: viewport, glyphs: g) { row, column in
            cell(listings[rows[row]], column: column, context: context)
        }
        if rows.isEmpty, table.height > 1 {
            let hint = filter == LetterFilter.initial(for: context.user) ? "" : " \(filterClearKey) clears the filters."
            grid.put("No letters here." + hint, row: table.y + 1, column: table.x + 1, role: .muted, maxWidth: table.width - 1)
        }
        return cursor ?? table.y
    }

    func filterLine(width: Int, context: ScreenContext) -> StyledLine {
        var line = StyledLine(" Filter: ", .filterLine)
        // Every filter but the status, which the tabs show.
        line.append(filterRows(context: context).dropFirst().map(\.value).joined(separator: " \(context.glyphs.separator) "), .filterLine)
        let right = "\(Format.count(rows.count)) shown, newest first "
        let fitsRight = line.width + DisplayWidth.of(right) + 2 <= width
        var out = line.fitted(to: fitsRight ? width - DisplayWidth.of(right) : width, glyphs: context.glyphs, fill: .filterLine)
        if fitsRight { out.append(right, .filterLine) }
        return out
    }
}
