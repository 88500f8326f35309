import ArrearsCore

/// The overview pane as one scrollable document: the two columns of boxes (stacked when narrow),
/// then the week-by-week timeline whose week headers are the selectable items.
struct CaseOverview {
    /// From this width the boxes sit in two columns, a third and two thirds.
    static let twoColumnWidth = 100

    let boxes: CaseBoxes
    let weeks: [TimelineWeek]
    let expanded: Set<CivilDate>
    let showOtherCharges: Bool

    var glyphs: Glyphs { boxes.context.glyphs }

    func document(width: Int) -> Document {
        var doc = Document()
        if width >= CaseOverview.twoColumnWidth {
            let leftWidth = width / 3
            let rightWidth = width - leftWidth - 1
            let left = boxes(leftColumn, width: leftWidth), right = boxes(rightColumn, width: rightWidth)
            for i in 0..<max(left.count, right.count) {
                let l = i < left.count ? left[i] : StyledLine(String(repeating: " ", count: leftWidth))
                let r = i < right.count ? right[i] : StyledLine()
                doc.append(l + StyledLine(" ") + r)
            }
        } else {
            doc.append(boxes(stacked, width: width))
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
        return doc
    }

    private enum BoxKind { case property, contacts, holds, balance, notice, court, agreement, actions }

    private let leftColumn: [BoxKind] = [.property, .contacts, .holds]
    private let rightColumn: [BoxKind] = [.balance, .notice, .court, .agreement, .actions]
    /// Stacked, what needs acting on comes first; the header already says who and where.
    private let stacked: [BoxKind] = [.balance, .holds, .actions, .notice, .court, .agreement, .contacts, .property]

    private func boxes(_ kinds: [BoxKind], width: Int) -> [StyledLine] {
        kinds.flatMap { kind -> [StyledLine] in
            let inner = width - 4
            switch kind {
            case .property: return Box.lines(title: "Property", content: boxes.property(), width: width, glyphs: glyphs)
            case .contacts: return Box.lines(title: "Contacts", content: boxes.contacts(width: inner), width: width, glyphs: glyphs)
            case .holds: return Box.lines(title: "Holds and pause", content: boxes.holdsAndPause(width: inner), width: width, glyphs: glyphs)
            case .balance: return Box.lines(title: "Balance", content: boxes.balance(width: inner), width: width, glyphs: glyphs)
            case .notice: return Box.lines(title: "Notice", content: boxes.notice(), width: width, glyphs: glyphs)
            case .court: return Box.lines(title: "Court", content: boxes.court(), width: width, glyphs: glyphs)
            case .agreement: return Box.lines(title: "Agreement", content: boxes.agreement(), width: width, glyphs: glyphs)
            case .actions: return Box.lines(title: "Actions", content: boxes.actions(), width: width, glyphs: glyphs)
            }
        }
    }

    private func header(_ week: TimelineWeek, width: Int) -> StyledLine {
        let open = expanded.contains(week.start)
        var line = StyledLine((open ? glyphs.expanded : glyphs.collapsed) + " ", .muted)
        line.append(DisplayWidth.pad(Format.span(week.start, week.end, dash: glyphs.isUnicode ? "–" : "-"), to: 19), .heading)
        line.append(" charged ", .muted)
        line.append(DisplayWidth.pad(week.charged.tableText, to: 9, alignRight: true))
        line.append("  paid ", .muted)
        line.append(DisplayWidth.pad(week.paid.tableText, to: 9, alignRight: true), week.paid.isPositive ? .moneyCredit : .normal)
        line.append("  balance ", .muted)
        line.append(DisplayWidth.pad(week.endBalance.tableText, to: 10, alignRight: true), Format.role(forBalance: week.endBalance))
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
        let amountText = amount.tableText
        let amountWidth = 11
        var line = StyledLine("    ")
        line = line + left.fitted(to: max(1, width - 4 - amountWidth - 1), glyphs: glyphs)
        line.append(" " + DisplayWidth.pad(amountText, to: amountWidth, alignRight: true), amount.isNegative ? .moneyCredit : .normal)
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
