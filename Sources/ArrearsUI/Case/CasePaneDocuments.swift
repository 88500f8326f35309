import ArrearsCore

/// The further panes of a case: full lists, newest first, each entry a selectable item. The overview
/// (`CaseOverview`) and the audit history (`AuditTrailDocument`) are built by their own types.
struct CasePaneDocuments {
    let file: CaseFile
    var messages: [OutboxMessage] = []
    let context: ScreenContext
    var glyphs: Glyphs { context.glyphs }

    func document(for pane: CasePane, width: Int) -> Document {
        switch pane {
        case .overview, .audit: return Document()
        case .diary: return diary(width: width)
        case .transactions: return transactions(width: width)
        case .letters: return CaseLettersPane.document(file: file, messages: messages, width: width, context: context)
        case .agreements: return agreements(width: width)
        case .court: return court(width: width)
        }
    }

    static func count(of pane: CasePane, in file: CaseFile) -> Int? {
        switch pane {
        case .overview, .audit: return nil
        case .diary: return file.diary.count
        case .transactions: return file.transactions.count
        case .letters: return file.letters.count
        case .agreements: return file.agreements.count
        case .court: return file.courtCases.count + file.notices.count + file.evictions.count
        }
    }

    private func empty(_ text: String) -> Document { Document(lines: [StyledLine(text, .muted)]) }

    /// The Diary pane's items in order: item n is `orderedDiary(file)[n]`.
    static func orderedDiary(_ file: CaseFile) -> [DiaryEntry] {
        file.diary.sorted(by: { ($0.at, $0.id) > ($1.at, $1.id) })
    }

    private func diary(width: Int) -> Document {
        guard !file.diary.isEmpty else { return empty("No diary entries.") }
        var doc = Document()
        for d in Self.orderedDiary(file) {
            var trailing = StyledLine()
            if file.letter(recordedBy: d) != nil { trailing.append("  Enter: letter", .highlight) }
            trailing.append("  balance \(d.balance.tableText)", .muted)
            doc.appendItem(CaseOverview.diaryLines(d, width: width, indent: 0, glyphs: glyphs, showYear: true, trailing: trailing))
        }
        return doc
    }

    private func transactions(width: Int) -> Document {
        guard !file.transactions.isEmpty else { return empty("No transactions.") }
        let ordered = file.transactions.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }
        var running = Money.zero
        var rows: [(LedgerTransaction, Money)] = []
        for (_, t) in ordered { running += t.amount; rows.append((t, running)) }
        var doc = Document()
        let moneyWidth = 11
        // Narrow terminals get one signed amount column instead of separate charge and payment columns.
        let split = width >= 72
        let moneyTitles = split ? ["Charge", "Payment", "Balance"] : ["Amount", "Balance"]
        let textWidth = max(8, width - 12 - moneyTitles.count * (moneyWidth + 1))
        var header = StyledLine(DisplayWidth.pad("Date", to: 12), .heading)
        header.append(DisplayWidth.pad("Transaction", to: textWidth), .heading)
        for title in moneyTitles { header.append(" " + DisplayWidth.pad(title, to: moneyWidth, alignRight: true), .heading) }
        doc.append(header)
        for (t, balance) in rows.reversed() {
            var line = StyledLine(DisplayWidth.pad(t.date.shortText, to: 12), .muted)
            let name = t.description.isEmpty ? TransactionCodes.name(of: t.code) : t.description
            line.append(glyphs.pad("\(t.code) \(name)", to: textWidth))
            if split {
                let charge = t.amount.isPositive ? t.amount.tableText : ""
                let payment = t.amount.isNegative ? t.amount.magnitude.tableText : ""
                line.append(" " + DisplayWidth.pad(charge, to: moneyWidth, alignRight: true))
                line.append(" " + DisplayWidth.pad(payment, to: moneyWidth, alignRight: true), .moneyCredit)
            } else {
                line.append(" " + DisplayWidth.pad(t.amount.tableText, to: moneyWidth, alignRight: true),
                            t.amount.isNegative ? .moneyCredit : .normal)
            }
            line.append(" " + DisplayWidth.pad(balance.tableText, to: moneyWidth, alignRight: true), Format.role(forBalance: balance))
            doc.appendItem([line])
        }
        return doc
    }

    private func agreements(width: Int) -> Document {
        guard !file.agreements.isEmpty else { return empty("No agreements.") }
        var doc = Document()
        for a in file.agreements.sorted(by: { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }) {
            var head = StyledLine("\(a.kind.label), \(a.pattern.label.lowercased())", .heading)
            head.append(" \(glyphs.separator) \(a.instalment.tableText) \(a.frequency.label.lowercased()) from \(a.startDate.shortText)")
            head.append(" \(glyphs.separator) started at \(a.startingBalance.tableText)", .muted)
            var lines = [head.fitted(to: width, glyphs: glyphs)]
            for change in a.history.reversed() {
                var l = StyledLine("  " + DisplayWidth.pad(change.date.shortText, to: 12), .muted)
                l.append(DisplayWidth.pad(change.state.label, to: 10), change.state == .breached ? .warning : .normal)
                l.append(change.description)
                if let e = change.expectedBalance, let c = change.checkedBalance {
                    l.append("  expected \(e.tableText), actual \(c.tableText)", .muted)
                }
                lines.append(l.fitted(to: width, glyphs: glyphs))
            }
            if !a.notes.isEmpty { lines += WordWrap.lines(a.notes, width: max(10, width - 2)).map { StyledLine("  " + $0, .muted) } }
            doc.appendItem(lines)
        }
        return doc
    }

    private func court(width: Int) -> Document {
        var doc = Document()
        func section(_ title: String) {
            if !doc.lines.isEmpty { doc.append(StyledLine.empty) }
            doc.append(StyledLine(title, .heading))
        }
        section("Court cases")
        if file.courtCases.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        for c in file.courtCases.sorted(by: { $0.id > $1.id }) {
            var line = StyledLine("  Hearing " + (c.hearingDate.map { $0.shortText + (c.hearingTimeText.map { " \($0)" } ?? "") } ?? "not set"))
            if let o = c.outcome { line.append(" \(glyphs.separator) \(o.label)" + (c.outcomeDate.map { " (\($0.shortText))" } ?? "")) }
            if let t = c.terms { line.append(" \(glyphs.separator) terms \(t ? "yes" : "no")", .muted) }
            if let d = c.disrepairCounterClaim { line.append(" \(glyphs.separator) disrepair claim \(d ? "yes" : "no")", .muted) }
            doc.appendItem([line.fitted(to: width, glyphs: glyphs)])
        }
        section("Notices")
        if file.notices.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        for n in file.notices.sorted(by: { ($0.servedOn, $0.id) > ($1.servedOn, $1.id) }) {
            let text = "\(n.kind.label) served \(n.servedOn.shortText), may begin \(n.mayBeginOn.shortText), valid until \(n.validUntil.shortText)"
            doc.appendItem(WordWrap.lines(text, width: max(10, width - 2)).map { StyledLine("  " + $0) })
        }
        section("Evictions")
        if file.evictions.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        for e in file.evictions.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
            doc.appendItem([StyledLine("  Eviction \(e.date.shortText)", e.date >= context.asOf ? .overdue : .normal)])
        }
        return doc
    }
}
