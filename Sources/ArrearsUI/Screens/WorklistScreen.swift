import ArrearsCore

/// The main screen: the prioritised list of cases, with tabs, filters, sorting and search.
struct WorklistScreen {
    let index: WorklistIndex
    private(set) var settings: WorklistSettings
    /// True for the user's own worklist, whose settings are kept between runs; false for a team
    /// lead's drill-down, which is transient.
    let persists: Bool
    private var sorts: [WorklistTab: WorklistSort] = [:]
    private(set) var reversed = false
    private(set) var rows: [Int] = []
    private(set) var counts: [WorklistTab: Int] = [:]
    var viewport = ListViewport()
    var search = WorklistSearch()
    /// Cases a team lead has marked (Space) to reassign together, by reference.
    private(set) var marks: Set<String> = []

    init(index: WorklistIndex, settings: WorklistSettings, persists: Bool, user: User, asOf: CivilDate) {
        self.index = index
        self.settings = settings
        self.persists = persists
        recompute(user: user, asOf: asOf)
    }

    var tab: WorklistTab { settings.tab }
    var area: ServiceArea { settings.area }
    var filter: WorklistFilter { settings.filter }
    var sort: WorklistSort { sorts[tab] ?? .initial(for: tab) }
    var tabs: [WorklistTab] { WorklistTab.tabs(for: area) }
    var columns: [WorklistColumn] { WorklistColumn.columns(area: area, tab: tab) }

    var selectedSummary: CaseSummary? {
        viewport.isEmpty ? nil : index.summaries[rows[viewport.selected]]
    }

    var crumb: String {
        (area == .rent ? "Worklist" : "Leasehold worklist") + " (\(tab.title))"
    }

    // MARK: Changing what is shown

    /// Rebuilds the rows after a change of tab, filter or sort, keeping the selected case selected
    /// (at the same screen row) when it is still in the list.
    mutating func recompute(user: User, asOf: CivilDate) {
        let keep = selectedSummary?.ref
        let screenRow = viewport.selectedScreenRow
        let tabs = self.tabs
        var counts: [WorklistTab: Int] = [:]
        var rows: [Int] = []
        for (i, s) in index.summaries.enumerated() where s.type.serviceArea == area && filter.matches(s, user: user) {
            for t in tabs where t.includes(s, asOf: asOf) {
                counts[t, default: 0] += 1
                if t == tab { rows.append(i) }
            }
        }
        let sort = self.sort, tab = self.tab
        let ranks = sort == .reference ? index.referenceRank : []
        var keyed: [(Int64, Int64, Int32)] = []
        keyed.reserveCapacity(rows.count)
        for i in rows {
            let k = sort == .reference ? (Int64(ranks[i]), 0) : sort.key(index.summaries[i], tab: tab)
            keyed.append((k.0, k.1, Int32(i)))
        }
        keyed.sort { $0 < $1 }
        rows = keyed.map { Int($0.2) }
        if reversed { rows.reverse() }
        self.rows = rows
        self.counts = counts
        viewport.setCount(rows.count)
        if let keep, let i = index.position(ofRef: keep), let row = rows.firstIndex(of: i) {
            viewport.reselect(row, keepingScreenRow: screenRow)
        } else {
            viewport.first()
        }
    }

    /// One case changed (its new summary is already in the shared index at `position`): adjusts the tab
    /// counts and moves its row to where the sort puts it, without going through the other cases.
    mutating func caseChanged(from old: CaseSummary, at position: Int, user: User, asOf: CivilDate) {
        let new = index.summaries[position]
        let keep = selectedSummary?.ref
        let screenRow = viewport.selectedScreenRow
        for (s, delta) in [(old, -1), (new, 1)] where s.type.serviceArea == area && filter.matches(s, user: user) {
            for t in tabs where t.includes(s, asOf: asOf) {
                let n = (counts[t] ?? 0) + delta
                counts[t] = n == 0 ? nil : n
            }
        }
        if let r = rows.firstIndex(of: position) { rows.remove(at: r) }
        if new.type.serviceArea == area, filter.matches(new, user: user), tab.includes(new, asOf: asOf) {
            rows.insert(position, at: insertionPoint(of: position))
        }
        viewport.setCount(rows.count)
        if let keep, let i = index.position(ofRef: keep), let row = rows.firstIndex(of: i) {
            viewport.reselect(row, keepingScreenRow: screenRow)
        } else {
            viewport.reselect(viewport.selected, keepingScreenRow: screenRow)
        }
    }

    /// Where a case's row goes in the sorted rows: the same order `recompute` sorts into.
    private func insertionPoint(of position: Int) -> Int {
        let sort = self.sort, tab = self.tab
        func key(_ i: Int) -> (Int64, Int64, Int32) {
            let k = sort == .reference ? (Int64(index.referenceRank[i]), 0) : sort.key(index.summaries[i], tab: tab)
            return (k.0, k.1, Int32(i))
        }
        let target = key(position)
        var low = 0, high = rows.count
        while low < high {
            let mid = (low + high) / 2
            let k = key(rows[mid])
            if reversed ? k > target : k < target { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Takes over another worklist's sort, search and selection (after a reload of the data).
    mutating func adopt(_ old: WorklistScreen, user: User, asOf: CivilDate) {
        sorts = old.sorts
        reversed = old.reversed
        marks = old.marks.filter { index.position(ofRef: $0) != nil }
        search.query = old.search.query
        viewport.setVisibleRows(old.viewport.visibleRows)
        recompute(user: user, asOf: asOf)
        if let ref = old.selectedSummary?.ref, let i = index.position(ofRef: ref), let row = rows.firstIndex(of: i) {
            viewport.reselect(row, keepingScreenRow: old.viewport.selectedScreenRow)
        } else {
            viewport.reselect(old.viewport.selected, keepingScreenRow: old.viewport.selectedScreenRow)
        }
    }

    mutating func show(tab newTab: WorklistTab, user: User, asOf: CivilDate) {
        guard tabs.contains(newTab), newTab != tab else { return }
        settings.tab = newTab
        viewport.first()
        recompute(user: user, asOf: asOf)
    }

    mutating func cycleTab(by delta: Int, user: User, asOf: CivilDate) {
        let all = tabs
        let i = all.firstIndex(of: tab) ?? 0
        show(tab: all[((i + delta) % all.count + all.count) % all.count], user: user, asOf: asOf)
    }

    mutating func setFilter(_ f: WorklistFilter, user: User, asOf: CivilDate) {
        settings.filter = f
        recompute(user: user, asOf: asOf)
    }

    mutating func setArea(_ a: ServiceArea, user: User, asOf: CivilDate) {
        settings.area = a
        if !tabs.contains(tab) { settings.tab = .immediate }
        viewport.first()
        recompute(user: user, asOf: asOf)
    }

    mutating func cycleSort(user: User, asOf: CivilDate) {
        let choices = WorklistSort.choices(for: tab)
        let i = choices.firstIndex(of: sort) ?? 0
        sorts[tab] = choices[(i + 1) % choices.count]
        reversed = false
        recompute(user: user, asOf: asOf)
    }

    mutating func reverseSort(user: User, asOf: CivilDate) {
        reversed.toggle()
        recompute(user: user, asOf: asOf)
    }

    // MARK: Marks

    /// Marks or unmarks the selected case and moves on, so Space Space Space marks three in a row.
    mutating func toggleMark() {
        guard let ref = selectedSummary?.ref else { return }
        if marks.contains(ref) { marks.remove(ref) } else { marks.insert(ref) }
        viewport.move(by: 1)
    }

    mutating func clearMarks() { marks = [] }

    // MARK: Drawing

    /// Tabs on the first line, the filter line, then the table.
    static func tableArea(in area: Rect) -> Rect { Rect(x: area.x, y: area.y + 2, width: area.width, height: area.height - 2) }

    mutating func fit(_ area: Rect) { viewport.setVisibleRows(WorklistScreen.tableArea(in: area).height - 1) }

    func render(into grid: inout Grid, area: Rect, context: ScreenContext, filterClearKey: String) -> Int? {
        let items = tabs.map { TabItem(title: $0.title, shortTitle: $0.shortTitle, count: counts[$0] ?? 0) }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .normal)
        grid.draw(TabBar.line(items, selected: tabs.firstIndex(of: tab) ?? 0, width: area.width, glyphs: context.glyphs,
                              numbered: true), row: area.y, column: area.x, width: area.width)
        grid.fill(Rect(x: area.x, y: area.y + 1, width: area.width, height: 1), role: .filterLine)
        grid.draw(filterLine(width: area.width, context: context), row: area.y + 1, column: area.x, width: area.width)

        let table = WorklistScreen.tableArea(in: area)
        let columns = self.columns
        let widths = TableLayout.fit(columns.map(\.tableColumn), width: table.width)
        let summaries = index.summaries
        let rows = self.rows
        let marks = self.marks
        let cursor = VirtualTable.render(into: &grid, area: table, columns: columns.map(\.tableColumn), widths: widths,
                                         viewport: viewport, glyphs: context.glyphs) { row, column in
            let summary = summaries[rows[row]]
            let cell = columns[column].cell(summary, width: widths[column])
            guard !marks.isEmpty, marks.contains(summary.ref), columns[column] == .tenant || columns[column] == .leaseholder else {
                return cell
            }
            return TableCell("* " + cell.text, .highlight)
        }
        if rows.isEmpty, table.height > 1 {
            let hint = filter.isInitial(for: context.user) ? "" : " \(filterClearKey) clears the filters."
            grid.put("No cases in this tab." + hint, row: table.y + 1, column: table.x + 1, role: .muted,
                     maxWidth: table.width - 1)
        }
        return cursor ?? table.y
    }

    func filterLine(width: Int, context: ScreenContext) -> StyledLine {
        let sep = " \(context.glyphs.separator) "
        var parts: [String] = []
        switch filter.patch {
        case .mine:
            let mine = context.user.patches.isEmpty ? "assigned to me" : context.user.patches.joined(separator: ", ")
            parts.append("patch mine (\(mine))")
        case .all: parts.append("all patches")
        case .unassigned: parts.append("unassigned patch")
        case .patch(let p): parts.append("patch \(p)")
        }
        if let b = filter.band { parts.append("band \(b.label)") }
        if let t = filter.accountType { parts.append(t.label) }
        if let a = filter.action {
            parts.append(index.options(for: area).actions.first { $0.id == a }?.label ?? a)
        }
        if let r = filter.pauseReason { parts.append("paused: \(r.label)") }
        if let o = filter.officer { parts.append("officer \(context.officerName(o))") }
        if let d = filter.pauseEndsBy { parts.append("pause ends by \(d.shortText)") }
        var line = StyledLine(" Filter: ", .filterLine)
        line.append(parts.joined(separator: sep), .filterLine)
        let arrow = reversed ? context.glyphs.increase : context.glyphs.decrease
        var right = "Sort: \(sort.title) \(arrow) "
        if !search.query.isEmpty && !search.isEditing { right = "/\(search.query)\(sep)" + right }
        if !marks.isEmpty { right = "\(Format.count(marks.count)) marked\(sep)" + right }
        let fitsRight = line.width + DisplayWidth.of(right) + 2 <= width
        var out = line.fitted(to: fitsRight ? width - DisplayWidth.of(right) : width, glyphs: context.glyphs, fill: .filterLine)
        if fitsRight { out.append(right, .filterLine) }
        return out
    }
}
