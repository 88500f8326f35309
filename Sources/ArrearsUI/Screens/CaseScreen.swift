import ArrearsCore

/// One case: a header, numbered panes, and the overview with its boxes and weekly timeline.
struct CaseScreen {
    let file: CaseFile
    let summary: CaseSummary?
    /// The case's audit history, newest first; nil for roles that may not read the audit trail.
    let audit: [AuditRecord]?
    /// The case's letters and messages in the GOV.UK Notify outbox, for the Letters pane.
    let messages: [OutboxMessage]
    private(set) var pane: CasePane = .overview
    private var viewports: [CasePane: DocumentViewport] = [:]
    private(set) var expanded: Set<CivilDate>
    private(set) var showOtherCharges = false
    let weeks: [TimelineWeek]
    private var cache: (key: CacheKey, layout: CaseOverview.Layout)?

    private struct CacheKey: Hashable {
        var pane: CasePane, width: Int, expanded: Set<CivilDate>, showOtherCharges: Bool
    }

    init(file: CaseFile, summary: CaseSummary?, audit: [AuditRecord]? = nil, messages: [OutboxMessage] = []) {
        self.file = file
        self.summary = summary
        self.audit = audit
        self.messages = messages
        weeks = CaseTimeline.weeks(of: file)
        // The newest week starts open: it is usually what the caseworker came to see.
        expanded = Set(weeks.prefix(1).map(\.start))
    }

    /// Takes over another view of the same case (after the data was reloaded): pane, open weeks, scroll.
    mutating func adopt(_ old: CaseScreen) {
        pane = old.pane
        viewports = old.viewports
        showOtherCharges = old.showOtherCharges
        expanded = old.expanded.intersection(weeks.map(\.start))
    }

    var ref: String { file.ref }
    /// The selected entry of the pane on show (the Letters pane's keys act on it).
    var selectedItem: Int? { viewports[pane]?.selectedItem }
    /// The letter the selected entry is, on the Letters pane, or records, on the Diary pane.
    var selectedLetter: Letter? {
        guard let item = selectedItem else { return nil }
        switch pane {
        case .letters:
            let letters = CaseLettersPane.ordered(file)
            return item < letters.count ? letters[item] : nil
        case .diary:
            let entries = CasePaneDocuments.orderedDiary(file)
            return item < entries.count ? file.letter(recordedBy: entries[item]) : nil
        default: return nil
        }
    }
    var name: String { file.account.primaryContact?.displayName ?? "No contact" }
    var crumb: String { "\(ref) \(name)" + (pane == .overview ? "" : " (\(pane.title))") }

    static let headerHeight = 3

    static func contentArea(in area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + headerHeight, width: area.width, height: area.height - headerHeight)
    }

    // MARK: State changes

    mutating func show(_ newPane: CasePane, area: Rect, context: ScreenContext) {
        pane = newPane
        fit(area, context: context)
    }

    mutating func cyclePane(by delta: Int, area: Rect, context: ScreenContext) {
        let all = CasePane.visible(to: context.user.role)
        let i = all.firstIndex(of: pane) ?? 0
        show(all[((i + delta) % all.count + all.count) % all.count], area: area, context: context)
    }

    mutating func move(_ motion: Motion, area: Rect, context: ScreenContext) {
        let content = CaseScreen.contentArea(in: area)
        let doc = document(width: content.width, context: context)
        var viewport = viewports[pane] ?? defaultViewport
        viewport.apply(motion, in: doc, visibleRows: content.height)
        viewports[pane] = viewport
    }

    /// Enter on the overview: a box opens the pane with its full story (Agreement → 5, Court → 6, …),
    /// a week header expands or collapses. Returns false when neither is selected.
    mutating func openSelected(area: Rect, context: ScreenContext) -> Bool {
        guard pane == .overview, let item = viewports[.overview]?.selectedItem else { return false }
        let boxPanes = layout(width: CaseScreen.contentArea(in: area).width, context: context).boxPanes
        if item < boxPanes.count {
            guard let target = boxPanes[item] else { return false }
            show(target, area: area, context: context)
            return true
        }
        let week = item - boxPanes.count
        guard week < weeks.count else { return false }
        let start = weeks[week].start
        if expanded.contains(start) { expanded.remove(start) } else { expanded.insert(start) }
        fit(area, context: context)
        return true
    }

    /// `t`: the overview's first week header, below however many boxes this width has.
    mutating func goToTimeline(area: Rect, context: ScreenContext) {
        if pane != .overview { show(.overview, area: area, context: context) }
        let content = CaseScreen.contentArea(in: area)
        let made = layout(width: content.width, context: context)
        var viewport = viewports[.overview] ?? defaultViewport
        viewport.select(weeks.isEmpty ? nil : made.boxPanes.count, in: made.document, visibleRows: content.height)
        viewports[.overview] = viewport
    }

    mutating func toggleAllWeeks(area: Rect, context: ScreenContext) {
        expanded = expanded.count == weeks.count ? [] : Set(weeks.map(\.start))
        fit(area, context: context)
    }

    mutating func toggleOtherCharges(area: Rect, context: ScreenContext) {
        showOtherCharges.toggle()
        fit(area, context: context)
    }

    mutating func fit(_ area: Rect, context: ScreenContext) {
        let content = CaseScreen.contentArea(in: area)
        let doc = document(width: content.width, context: context)
        var viewport = viewports[pane] ?? defaultViewport
        viewport.fit(doc, visibleRows: content.height)
        viewports[pane] = viewport
    }

    /// Every pane starts on its first item; on the overview that is the Balance box.
    private var defaultViewport: DocumentViewport { DocumentViewport() }

    private mutating func document(width: Int, context: ScreenContext) -> Document {
        layout(width: width, context: context).document
    }

    private mutating func layout(width: Int, context: ScreenContext) -> CaseOverview.Layout {
        let key = CacheKey(pane: pane, width: width, expanded: expanded, showOtherCharges: showOtherCharges)
        if let cache, cache.key == key { return cache.layout }
        let made: CaseOverview.Layout
        if pane == .overview {
            made = CaseOverview(boxes: CaseBoxes(file: file, summary: summary, context: context), weeks: weeks,
                                expanded: expanded, showOtherCharges: showOtherCharges).layout(width: width)
        } else if pane == .audit {
            made = .init(document: AuditTrailDocument.document(audit ?? [], width: width, glyphs: context.glyphs), boxPanes: [])
        } else {
            made = .init(document: CasePaneDocuments(file: file, messages: messages, context: context).document(for: pane, width: width), boxPanes: [])
        }
        cache = (key, made)
        return made
    }

    // MARK: Drawing

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Int? {
        let g = context.glyphs
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: CaseScreen.headerHeight), role: .normal)
        var title = StyledLine(name, .title)
        let account = file.account
        let details = [ref, "pay ref \(account.paymentRef)", account.type.label, account.patch.map { "patch \($0)" } ?? "no patch",
                       context.officerName(summary?.officer ?? account.assignedTo)]
        title.append("  " + details.joined(separator: " \(g.separator) "), .muted)
        grid.draw(title.fitted(to: area.width, glyphs: g), row: area.y, column: area.x, width: area.width)

        var band = StyledLine()
        if let s = summary {
            band.append(" \(s.band.letter) ", Format.role(for: s.band))
            band.append(s.band.isRAG ? " \(s.band.label) band" : " Clear: not in arrears, no band")
            band.append(" \(g.separator) score \(max(0, s.score)) \(g.separator) next: ")
            band.append(s.actionLabel, .highlight)
            band.append("  (w why)", .muted)
        } else {
            band.append("Not classified yet.", .muted)
        }
        // A pause or hold changes what may be done, so it is said before the boxes.
        if let pause = file.pause, pause.isActive(asOf: context.asOf) {
            band.append(" \(g.separator) ", .muted)
            band.append("paused until \(pause.until.shortText)", .hold)
        }
        for hold in file.holds where hold.isActive(asOf: context.asOf) {
            band.append(" \(g.separator) ", .muted)
            band.append(hold.kind.label.lowercased(), .hold)
        }
        grid.draw(band.fitted(to: area.width, glyphs: g), row: area.y + 1, column: area.x, width: area.width)

        let panes = CasePane.visible(to: context.user.role)
        let tabs = panes.map { TabItem(title: $0.title, shortTitle: $0.shortTitle,
                                       count: $0 == .audit ? audit?.count : CasePaneDocuments.count(of: $0, in: file)) }
        grid.draw(TabBar.line(tabs, selected: panes.firstIndex(of: pane) ?? 0, width: area.width, glyphs: g,
                              numbered: true), row: area.y + 2, column: area.x, width: area.width)

        let content = CaseScreen.contentArea(in: area)
        let doc = document(width: content.width, context: context)
        var viewport = viewports[pane] ?? defaultViewport
        viewport.fit(doc, visibleRows: content.height)
        viewports[pane] = viewport
        return viewport.render(doc, into: &grid, area: content, glyphs: g) ?? area.y
    }
}
