import ArrearsCore

/// The overview pane as one scrollable document: the boxes (two columns when wide, stacked when
/// narrow), then the week-by-week timeline. Every box and every week header is a selectable item, so
/// j/k move box by box and PgDn/Ctrl-D never skip a box; Ctrl-E/Ctrl-Y scroll a line at a time.
///
/// Stacked, the boxes follow what an agent needs first (frontend.md's redesigned case page): balance,
/// the next action and the last contact, the agreement, notice and court side by side; at 80×24 these
/// fit above the fold. Holds, contacts, property and the balance history follow.
struct CaseOverview {
    /// From this width the boxes sit in two columns, a third and two thirds.
    static let twoColumnWidth = 100
    /// From this width two small stacked boxes (notice and court) sit side by side.
    static let pairWidth = 60

    let boxes: CaseBoxes
    let weeks: [TimelineWeek]
    let expanded: Set<CivilDate>
    let showOtherCharges: Bool

    var glyphs: Glyphs { boxes.context.glyphs }

    /// The overview, and for each selectable item before the weeks, the pane that box's Enter opens.
    struct Layout {
        var document: Document
        var boxPanes: [CasePane?]
    }

    func document(width: Int) -> Document { layout(width: width).document }

    func layout(width: Int) -> Layout {
        var doc = Document()
        var panes: [CasePane?] = []
        if width >= CaseOverview.twoColumnWidth {
            twoColumns(width: width, into: &doc, panes: &panes)
        } else {
            for row in stacked {
                for (lines, kinds) in rowLines(row, width: width) {
                    doc.appendItem(lines, headline: true)
                    panes.append(kinds.lazy.compactMap(\.pane).first)
                }
            }
        }
        doc.append(StyledLine.empty)
        var heading = StyledLine("Timeline by week, newest first", .heading)
        let keys = boxes.context.keys
        heading.append("  \(keys(.toggleWeek, in: .caseDetails)) expands, \(keys(.toggleAllWeeks, in: .caseDetails)) all, "
                       + "\(keys(.toggleOtherCharges, in: .caseDetails)) other charges", .muted)
        doc.append(heading.fitted(to: width, glyphs: glyphs))
        if weeks.isEmpty { doc.append(StyledLine("  No payments, charges or diary entries yet.", .muted)) }
        for week in weeks {
            doc.appendItem([header(week, width: width)])
            if expanded.contains(week.start) { doc.append(entries(week, width: width)) }
        }
        return Layout(document: doc, boxPanes: panes)
    }

    enum BoxKind {
        case property, contacts, holds, balance, balanceHistory, notice, court, agreement, actions
        /// Two columns have room for the graph inside the Balance box.
        case balanceWithHistory

        /// The pane with the full story behind the box.
        var pane: CasePane? {
            switch self {
            case .balance, .balanceHistory, .balanceWithHistory: return .transactions
            case .actions: return .diary
            case .agreement: return .agreements
            case .notice, .court: return .court
            case .property, .contacts, .holds: return nil
            }
        }
    }

    private let leftColumn: [BoxKind] = [.property, .contacts, .holds]
    private let rightColumn: [BoxKind] = [.balanceWithHistory, .notice, .court, .agreement, .actions]
    /// Stacked rows: what needs acting on comes first; the header already says who and where.
    private let stacked: [[BoxKind]] = [[.balance], [.actions], [.agreement], [.notice, .court], [.holds], [.contacts],
                                        [.property], [.balanceHistory]]

    /// One stacked row: a pair side by side when there is room (one item), else each box on its own.
    private func rowLines(_ row: [BoxKind], width: Int) -> [([StyledLine], [BoxKind])] {
        guard row.count == 2, width >= CaseOverview.pairWidth else { return row.map { (box($0, width: width), [$0]) } }
        let leftWidth = (width - 1) / 2, rightWidth = width - 1 - leftWidth
        let height = row.map { content($0, width: $0 == row[0] ? leftWidth - 4 : rightWidth - 4).count }.max() ?? 0
        let left = box(row[0], width: leftWidth, height: height), right = box(row[1], width: rightWidth, height: height)
        return [(zip(left, right).map { $0 + StyledLine(" ") + $1 }, row)]
    }

    /// Two columns, a third and two thirds; each right-column box is an item, and so is whatever of the
    /// left column runs on below the right one.
    private func twoColumns(width: Int, into doc: inout Document, panes: inout [CasePane?]) {
        let leftWidth = width / 3
        let rightWidth = width - leftWidth - 1
        let left = leftColumn.flatMap { box($0, width: leftWidth) }
        var rows = 0
        func row(_ i: Int, _ right: StyledLine) -> StyledLine {
            (i < left.count ? left[i] : StyledLine(String(repeating: " ", count: leftWidth))) + StyledLine(" ") + right
        }
        for kind in rightColumn {
            let lines = box(kind, width: rightWidth)
            doc.appendItem(lines.enumerated().map { row(rows + $0.offset, $0.element) }, headline: true)
            panes.append(kind.pane)
            rows += lines.count
        }
        if rows < left.count {
            doc.appendItem((rows..<left.count).map { row($0, StyledLine()) })
            panes.append(nil)
        }
    }

    private func box(_ kind: BoxKind, width: Int, height: Int = 0) -> [StyledLine] {
        var lines = content(kind, width: width - 4)
        while lines.count < height { lines.append(StyledLine()) }
        return Box.lines(title: title(kind), content: lines, width: width, glyphs: glyphs)
    }

    private func title(_ kind: BoxKind) -> String {
        switch kind {
        case .property: return "Property"
        case .contacts: return "Contacts"
        case .holds: return "Holds and pause"
        case .balance, .balanceWithHistory: return "Balance"
        case .balanceHistory: return "Balance history"
        case .notice: return "Notice"
        case .court: return "Court"
        case .agreement: return "Agreement"
        case .actions: return "Next action and last contact"
        }
    }

    private func content(_ kind: BoxKind, width inner: Int) -> [StyledLine] {
        switch kind {
        case .property: return boxes.property()
        case .contacts: return boxes.contacts(width: inner)
        case .holds: return boxes.holdsAndPause(width: inner)
        case .balance: return boxes.balance()
        case .balanceHistory: return boxes.balanceHistory(width: inner)
        case .balanceWithHistory: return boxes.balance() + boxes.balanceHistory(width: inner)
        case .notice: return boxes.notice()
        case .court: return boxes.court(width: inner)
        case .agreement: return boxes.agreement()
        case .actions: return boxes.actions()
        }
    }

    private func header(_ week: TimelineWeek, width: Int) -> StyledLine {
        let open = expanded.contains(week.start)
        var line = StyledLine((open ? glyphs.expanded : glyphs.collapsed) + " ", .muted)
        line.append(DisplayWidth.pad(Format.span(week.start, week.end, dash: glyphs.isUnicode ? "–" : "-"), to: 19), .heading)
        line.append(" charged ", .muted)
        line.append(Format.amount(week.charged, width: 9))
        line.append("  paid ", .muted)
        line.append(Format.amount(week.paid, width: 9), week.paid.isPositive ? .moneyCredit : .normal)
        line.append("  balance ", .muted)
        line.append(Format.amount(week.endBalance, width: 10), Format.role(forBalance: week.endBalance))
        let counts = [week.diaryCount > 0 ? "\(week.diaryCount) diary" : nil,
                      week.transactionCount > 0 ? "\(week.transactionCount) money" : nil].compactMap { $0 }
        if !counts.isEmpty { line.append("  " + counts.joined(separator: ", "), .muted) }
        return line.fitted(to: width, glyphs: glyphs)
    }

    private func entries(_ week: TimelineWeek, width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        for entry in week.entries {
            switch entry {
            case .diary(let d): lines += CaseOverview.diaryLines(d, width: width, indent: 4, glyphs: glyphs, showYear: false)
            case .transaction(let t): lines.append(transactionLine(t, width: width))
            }
        }
        if !week.otherCharges.isEmpty {
            if showOtherCharges {
                lines += week.otherCharges.map { transactionLine($0, width: width) }
            } else {
                let total = week.otherCharges.reduce(Money.zero) { $0 + $1.amount }
                lines.append(moneyLine(left: StyledLine("Other charges (\(week.otherCharges.count))", .muted), amount: total, width: width))
            }
        }
        return lines
    }

    private func transactionLine(_ t: LedgerTransaction, width: Int) -> StyledLine {
        var left = StyledLine(DisplayWidth.pad(Format.dayMonth(t.date), to: 7), .muted)
        left.append("\(t.code) \(t.description.isEmpty ? TransactionCodes.name(of: t.code) : t.description)")
        return moneyLine(left: left, amount: t.amount, width: width)
    }

    private func moneyLine(left: StyledLine, amount: Money, width: Int) -> StyledLine {
        let amountText = Format.amount(amount, width: 11)
        var line = StyledLine("    ")
        line = line + left.fitted(to: max(1, width - 4 - DisplayWidth.of(amountText) - 1), glyphs: glyphs)
        line.append(" " + amountText, amount.isNegative ? .moneyCredit : .normal)
        return line
    }

    /// A diary entry: a line naming it, then its comment wrapped below. Shared with the diary pane.
    static func diaryLines(_ d: DiaryEntry, width: Int, indent: Int, glyphs: Glyphs, showYear: Bool,
                           trailing: StyledLine = StyledLine()) -> [StyledLine] {
        let pad = String(repeating: " ", count: indent)
        var head = StyledLine(pad)
        let when = showYear ? d.at.londonText : Format.dayMonth(d.date)
        head.append(DisplayWidth.pad(when, to: showYear ? 17 : 7), .muted)
        head.append("\(d.code) \(ActionCodes.name(of: d.code))", .heading)
        head.append(" \(glyphs.separator) \(d.user)", .muted)
        if let voided = d.voids { head.append(" (voids entry \(voided))", .warning) }
        var lines = [(head + trailing).fitted(to: width, glyphs: glyphs)]
        let commentIndent = indent + (showYear ? 18 : 7)
        for part in WordWrap.lines(d.comment, width: max(10, width - commentIndent)) where !part.isEmpty {
            lines.append(StyledLine(String(repeating: " ", count: commentIndent) + part))
        }
        return lines
    }
}
