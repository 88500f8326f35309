import ArrearsCore

/// The caseload screen's lines: an officers table, then the suggestions, then three lists of cases.
struct CaseloadDocument {
    let report: CaseloadReport
    let asOf: CivilDate
    let context: ScreenContext

    func layout(width: Int) -> CaseloadScreen.Layout {
        var doc = Document()
        var items: [CaseloadScreen.Item] = []
        let g = context.glyphs

        let open = report.officers.reduce(0) { $0 + $1.cases }
        doc.append(StyledLine("Caseloads on \(asOf.shortText): \(Format.count(open)) case\(open == 1 ? "" : "s") in arrears, not paused", .title))
        doc.append(StyledLine.empty)
        let numbers = [("Load", 6), ("Arrears", 13), ("R", 5), ("A", 5), ("G", 5)]
        // Names wide enough to read, numbers close enough to read across to.
        let nameWidth = max(12, min(40, width - numbers.reduce(0) { $0 + $1.1 }))
        var header = StyledLine(DisplayWidth.pad("Officer", to: nameWidth), .heading)
        for (title, w) in numbers { header.append(DisplayWidth.pad(title, to: w, alignRight: true), .heading) }
        doc.append(header)
        for load in report.officers {
            var name = load.displayName
            if let role = load.role, DisplayWidth.of(name) + DisplayWidth.of(role.label) + 3 <= nameWidth - 1 {
                name += " \(g.separator) \(role.label.lowercased())"
            }
            var line = StyledLine(g.pad(name, to: nameWidth), load.officer == nil ? .muted : .normal)
            line.append(DisplayWidth.pad(Format.count(load.cases), to: 6, alignRight: true))
            line.append(Format.amount(load.arrears, width: 13), Format.role(forBalance: load.arrears))
            for (count, band) in [(load.red, Band.red), (load.amber, .amber), (load.green, .green)] {
                line.append(DisplayWidth.pad(Format.count(count), to: 5, alignRight: true), count > 0 ? Format.role(for: band) : .muted)
            }
            if let login = load.officer {
                doc.appendItem([line])
                items.append(.officer(login: login, role: load.role))
            } else {
                doc.append(line)
            }
        }

        section("Rebalancing suggestions", count: report.suggestions.count, into: &doc)
        if report.suggestions.isEmpty {
            doc.append(StyledLine("  None: each side's caseloads are within a fifth of the average.", .muted))
        }
        for suggestion in report.suggestions {
            let head = "Move \(suggestion.refs.count) case\(suggestion.refs.count == 1 ? "" : "s") from "
                + "\(context.officerName(suggestion.from)) to \(context.officerName(suggestion.to))"
            doc.appendItem([StyledLine("  " + g.truncate(head, to: max(1, width - 2)), .highlight),
                            StyledLine("    " + g.truncate(suggestion.refs.joined(separator: ", "), to: max(1, width - 4)), .muted)])
            items.append(.suggestion(suggestion))
        }

        let lists: [(String, [CaseSummary], (CaseSummary) -> String, String)] = [
            ("Oldest untouched red cases", report.oldestUntouchedRed, lastAction, "No red cases."),
            ("No action for 28 days or more", report.noRecentAction, lastAction, "Every open case has had an action in the last 28 days."),
            ("Pauses ending within 7 days", report.pausesEndingSoon, { "paused until \($0.pauseUntil?.shortText ?? "")" },
             "No pauses end this week."),
        ]
        for (title, rows, detail, none) in lists {
            section(title, count: rows.count, into: &doc)
            if rows.isEmpty { doc.append(StyledLine("  " + none, .muted)) }
            for s in rows {
                doc.appendItem([caseLine(s, detail: detail(s), width: width)])
                items.append(.caseRow(ref: s.ref))
            }
        }
        return CaseloadScreen.Layout(document: doc, items: items)
    }

    private func section(_ title: String, count: Int, into doc: inout Document) {
        doc.append(StyledLine.empty)
        doc.append(StyledLine("\(title) (\(count))", .heading))
    }

    private func lastAction(_ s: CaseSummary) -> String {
        guard let date = s.lastActionDate else { return "never actioned" }
        return "last \(date.shortText)" + (s.lastActionCode.map { " \($0)" } ?? "")
    }

    /// `R 0101004/01  Oluwaseun Adeyemi   last 10 Feb 2026 IC4   £2,310.75  Amy Agent`; the officer
    /// is left out when the screen is narrow.
    private func caseLine(_ s: CaseSummary, detail: String, width: Int) -> StyledLine {
        let g = context.glyphs
        let officerWidth = width >= 100 ? 20 : 0
        let detailWidth = min(24, max(12, width / 4))
        let fixed = 2 + 2 + 12 + detailWidth + 12 + (officerWidth > 0 ? officerWidth + 1 : 0)
        let nameWidth = max(8, min(28, width - fixed - 1))
        var line = StyledLine("  ")
        line.append(s.band.letter, Format.role(for: s.band))
        line.append(" " + DisplayWidth.pad(s.ref, to: 11) + " ")
        line.append(g.pad(s.tenantName, to: nameWidth) + " ")
        line.append(g.pad(detail, to: detailWidth), .muted)
        line.append(" " + Format.amount(s.balance, width: 11), Format.role(forBalance: s.balance))
        if officerWidth > 0 { line.append(" " + g.pad(context.officerName(s.officer), to: officerWidth), .muted) }
        return line
    }
}
