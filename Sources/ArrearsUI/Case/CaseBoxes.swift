import ArrearsCore

/// The boxes of the case overview (frontend.md §2), each as content lines for `Box.lines`.
/// Every box says plainly when there is nothing to show rather than disappearing.
struct CaseBoxes {
    let file: CaseFile
    let summary: CaseSummary?
    let context: ScreenContext

    var asOf: CivilDate { context.asOf }
    var account: Account { file.account }

    // MARK: Left column

    func property() -> [StyledLine] {
        var lines = account.property.addressLines.map { StyledLine($0) }
        lines.append(StyledLine(account.property.postcode ?? "No postcode recorded", account.property.postcode == nil ? .warning : .normal))
        lines.append(field("Start", account.startDate.shortText + (account.endDate.map { ", ended \($0.shortText)" } ?? "")))
        lines.append(field("Charge", "\(account.charge.tableText) \(account.chargePeriod.label)"))
        if let b = account.property.bedrooms { lines.append(field("Bedrooms", String(b))) }
        if let u = account.property.uprn { lines.append(field("UPRN", u)) }
        if let d = account.debtKind { lines.append(field("Debt", d.label)) }
        return lines
    }

    func contacts(width: Int) -> [StyledLine] {
        guard !account.contacts.isEmpty else { return [StyledLine("No contacts recorded for this account.", .warning)] }
        var lines: [StyledLine] = []
        for c in account.contacts {
            var name = StyledLine(c.fullName, .heading)
            if c.responsible { name.append(" (responsible)", .muted) }
            lines.append(name)
            for p in c.phones { lines.append(StyledLine("  " + p)) }
            for e in c.emails { lines.append(StyledLine("  " + e)) }
            if let corr = c.correspondenceAddress, !corr.isEmpty {
                for part in WordWrap.lines("Letters to: " + corr.joined(separator: ", "), width: max(1, width - 2)) {
                    lines.append(StyledLine("  " + part))
                }
            }
            lines += contactChanges(of: c, width: width)
        }
        return lines
    }

    /// "Address changed 05/12/2026 by agent.w03; was …": the newest correction of each kind, from the diary.
    private func contactChanges(of contact: Contact, width: Int) -> [StyledLine] {
        ContactChangeNote.Kind.allCases.flatMap { kind -> [StyledLine] in
            guard let change = ContactChangeNote.latest(in: file.diary, kind: kind, contactId: contact.id) else { return [] }
            let text = "\(Self.changeLabel(kind)) changed \(change.entry.at.londonDate.shortText) by \(change.entry.user); was \(change.was)"
            return WordWrap.lines(text, width: max(1, width - 2)).map { StyledLine("  " + $0, .muted) }
        }
    }

    private static func changeLabel(_ kind: ContactChangeNote.Kind) -> String {
        switch kind {
        case .address: return "Address"
        case .phones: return "Phones"
        case .email: return "Email"
        }
    }

    func holdsAndPause(width: Int) -> [StyledLine] {
        var lines: [StyledLine] = []
        if let pause = file.pause, pause.isActive(asOf: asOf) {
            lines += WordWrap.lines("Paused until \(pause.until.shortText): \(pause.reason.label)", width: max(1, width)).map { StyledLine($0, .hold) }
            if !pause.comment.isEmpty { lines += WordWrap.lines(pause.comment, width: max(1, width - 2)).map { StyledLine("  " + $0, .muted) } }
        }
        for hold in file.holds where hold.isActive(asOf: asOf) {
            var text = "\(hold.kind.label) since \(hold.start.shortText)"
            if let end = hold.end { text += " until \(end.shortText)" }
            if !hold.reference.isEmpty { text += " (ref \(hold.reference))" }
            lines += WordWrap.lines(text, width: max(1, width)).map { StyledLine($0, .hold) }
            if !hold.note.isEmpty { lines += WordWrap.lines(hold.note, width: max(1, width - 2)).map { StyledLine("  " + $0, .muted) } }
        }
        if let promise = file.promises.last(where: { $0.outcome != .withdrawn && $0.outcome != .replaced }) {
            let review = PromiseReview.review(promise, ledger: file.transactions, asOf: asOf)
            let broken = if case .broken = review.verdict { true } else { false }
            lines += WordWrap.lines("Promise " + review.statusText, width: max(1, width)).map { StyledLine($0, broken ? .warning : .normal) }
        }
        return lines.isEmpty ? [StyledLine("No holds and not paused.", .muted)] : lines
    }

    // MARK: Right column

    func balance() -> [StyledLine] {
        let balance = file.balance
        var lines = [StyledLine(Format.balanceSentence(balance), Format.role(forBalance: balance))]
        if let span = ChargeSpan.phrase(balance: balance, weeklyCharge: account.weeklyCharge, area: account.type.serviceArea) {
            lines[0].append("  " + span, .muted)
        }
        if let summary, summary.collectableArrears != balance {
            // Letters print the collectable arrears: say so here, so the letter and the screen agree.
            let due = summary.collectableArrears
            var line = StyledLine("Due now \(due.tableText)", Format.role(forBalance: due))
            line.append("  what letters print; \((summary.balance - due).tableText) charged is not yet due", .muted)
            lines.append(line)
        }
        return lines
    }

    /// The last 52 weeks' end balances as a graph, with the low and the high.
    func balanceHistory(width: Int) -> [StyledLine] {
        let balances = CaseTimeline.weeklyBalances(of: file, weeks: 52, asOf: asOf)
        var lines = BalanceGraph.lines(balances, width: width, height: 4, glyphs: context.glyphs)
        let low = balances.min() ?? .zero, high = balances.max() ?? .zero
        let weeks = min(52, width)
        lines.append(StyledLine("\(weeks) weeks to \(asOf.shortText): low \(low.tableText), high \(high.tableText)", .muted))
        return lines
    }

    func notice() -> [StyledLine] {
        var lines: [StyledLine] = []
        if let n = file.latestNotice {
            let state = n.isActive(asOf: asOf) ? "active" : n.inCoolingOff(asOf: asOf) ? "waiting" : n.isValid(asOf: asOf) ? "valid" : "expired"
            lines.append(StyledLine("\(n.kind.shortLabel) served \(n.servedOn.shortText) (\(state))", n.isValid(asOf: asOf) ? .normal : .muted))
            // From the day proceedings may begin to the day the notice lapses.
            var dates = field("Usable", n.mayBeginOn.shortText)
            dates.append(" to ", .muted)
            dates.append(n.validUntil.shortText)
            lines.append(dates)
        } else {
            lines.append(StyledLine("No notice served.", .muted))
        }
        if let e = file.latestEviction {
            lines.append(StyledLine("Eviction \(e.date.shortText)", e.date >= asOf ? .overdue : .muted))
        } else {
            lines.append(StyledLine("No eviction date.", .muted))
        }
        return lines
    }

    func court(width: Int) -> [StyledLine] {
        guard let c = file.latestCourtCase else { return [StyledLine("No court case.", .muted)] }
        var lines: [StyledLine] = []
        if let h = c.hearingDate {
            lines.append(StyledLine("Hearing \(h.shortText)" + (c.hearingTimeText.map { " at \($0)" } ?? ""),
                                    h >= asOf ? .highlight : .normal))
        } else {
            lines.append(StyledLine("No hearing date yet.", .muted))
        }
        if let o = c.outcome {
            lines += WordWrap.lines(o.label, width: max(1, width)).map { StyledLine($0) }
            var when = field("Outcome", c.outcomeDate?.shortText ?? "date not recorded")
            if let t = c.terms { when.append(" \(context.glyphs.separator) terms \(t ? "yes" : "no")", .muted) }
            lines.append(when)
        } else if let h = c.hearingDate, h < asOf {
            lines.append(StyledLine("Outcome not recorded.", .warning))
        }
        if c.isExpired(asOf: asOf) { lines.append(StyledLine("Order expired or struck out.", .muted)) }
        return lines
    }

    func agreement() -> [StyledLine] {
        guard let a = file.latestAgreement, a.isActive else {
            let earlier = file.agreements.count
            return [StyledLine("No live agreement.", .muted)]
                + (earlier > 0 ? [StyledLine("\(earlier) earlier in pane 5.", .muted)] : [])
        }
        let progress = AgreementProgress(agreement: a, balance: file.balance, asOf: asOf)
        var lines = [StyledLine(a.state.label, a.state == .breached ? .warning : .success)]
        lines[0].append(" \(context.glyphs.separator) \(a.kind.label), \(a.pattern.label.lowercased())")
        lines.append(StyledLine("\(a.instalment.tableText) \(a.frequency.label.lowercased()) from \(a.startDate.shortText)"))
        var actual = field("Expected", progress.expected.tableText)
        actual.append("  actual ", .muted)
        actual.append(progress.actual.tableText)
        let gap = progress.shortfall
        if gap.isPositive { actual.append("  \(gap.tableText) behind", .warning) }
        else if gap.isNegative { actual.append("  \(gap.magnitude.tableText) ahead", .success) }
        lines.append(actual)
        return lines
    }

    /// The next action (w explains it), the last contact with the tenant (what the worklist's "Last
    /// contact" column shows) and the last diary entry of any kind.
    func actions() -> [StyledLine] {
        var next = StyledLine("Next: ", .heading)
        next.append(summary?.actionLabel ?? "not classified yet", summary == nil ? .muted : .highlight)
        if summary != nil { next.append("  (w why)", .muted) }
        var contact = StyledLine("Last contact: ", .heading)
        if let code = summary?.lastActionCode, let date = summary?.lastActionDate {
            contact.append("\(date.shortText) \(ActionCodes.name(of: code))")
        } else {
            contact.append("none recorded", .muted)
        }
        var last = StyledLine("Last diary entry: ", .heading)
        if let entry = file.diary.last(where: { $0.code != "VOI" }) {
            last.append("\(entry.date.shortText) \(ActionCodes.name(of: entry.code))")
        } else {
            last.append("none yet", .muted)
        }
        return [next, contact, last]
    }

    private func field(_ name: String, _ value: String) -> StyledLine {
        var l = StyledLine(name + " ", .muted)
        l.append(value)
        return l
    }
}
