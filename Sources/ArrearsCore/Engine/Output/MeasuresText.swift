/// The measures as labelled lines in plain words, for `arrears explain` and the case screen.
extension Measures {
    public func lines(account: Account) -> [(label: String, value: String)] {
        var out: [(String, String)] = []
        out.append(("Balance", balance.isNegative ? "\(balance.magnitude.tableText) in credit"
                        : "\(balance.tableText)\(balance.isPositive ? " in arrears" : "")"))
        let notDue = chargesNotYetDue.isPositive ? " (\(chargesNotYetDue.tableText) of new charges not yet due)" : ""
        out.append(("Collectable arrears", collectableArrears.tableText + notDue))
        let converted = account.chargePeriod == .weekly ? ""
            : " (\(account.chargePeriod.label) \(account.charge.tableText) converted)"
        out.append(("Weekly charge", weeklyCharge.tableText + converted))
        out.append(("Paid this week", paymentsThisWeek.magnitude.tableText))
        out.append(("One week's grace", "\(grace.tableText) (one week's charge)"))
        let weeks = weeksOwedHundredths.map { " (\(Measures.hundredths($0)) weeks of charge)" } ?? ""
        out.append(("Arrears after one week's grace", arrearsAfterGrace.tableText + weeks))
        out.append(("In arrears since", arrearsSince.map { "\($0.shortText) (\(daysInArrears) days)" } ?? "not in arrears"))
        out.append(("Last payment", lastPaymentDate.map { "\($0.shortText) (\(daysSinceLastPayment ?? 0) days ago)" } ?? "never"))
        if !lastPayments.isEmpty {
            out.append(("Last payments", lastPayments.map { "\($0.amount.magnitude.tableText) on \($0.date.shortText)" }
                .joined(separator: ", ")))
        }
        if let amount = paymentAmountDelta, let drift = paymentDateDelta {
            let trend = amount.isPositive ? "paying less than before" : (amount.isNegative ? "paying more than before" : "steady")
            out.append(("Payment change", "\(Measures.signed(amount)) (\(trend)); rhythm drift \(drift >= 0 ? "+" : "")\(drift) days"))
        }
        out.append(("Agreement", agreementText))
        out.append(("Broken agreements", String(brokenAgreements)))
        out.append(("Notice", notices.latest.map(Measures.noticeText) ?? "none served"))
        out.append(("Last communication", lastCommunication?.text ?? "none"))
        out.append(("Court", courtText))
        out.append(("Eviction", evictionDate?.shortText ?? "none"))
        out.append(("Holds", activeHolds.isEmpty ? "none" : activeHolds.map(Measures.holdText).joined(separator: "; ")))
        out.append(("Pause", pause.map { "until \($0.until.shortText): \($0.reason.label)\($0.comment.isEmpty ? "" : " — \($0.comment)")" } ?? "none"))
        return out
    }

    private var agreementText: String {
        guard let a = agreement else { return "none" }
        let plan = "\(a.kind.label.lowercased()), \(a.agreement.frequency.label.lowercased()) \(a.agreement.instalment.tableText)"
        var text = "\(a.state.label): \(plan) from \(a.agreement.startDate.shortText); expected balance \(a.review.expectedBalance.tableText)"
        if a.state == .breached { text += ", breached by \(a.review.breachedBy.tableText)" }
        if let since = a.breachedSince { text += " since \(since.shortText)" }
        if let struck = a.review.struckOutOn { text += "; court case struck out \(struck.shortText), so now informal" }
        return text
    }

    private var courtText: String {
        guard let c = court else { return "none" }
        var parts: [String] = [c.hearingDate.map { "hearing \($0.shortText)" } ?? "no hearing date"]
        parts.append("outcome \(c.outcome?.label ?? "not recorded")")
        if c.courtCase.terms == true { parts.append("with terms") }
        if c.isClosed { parts.append("closed") }
        return parts.joined(separator: ", ")
    }

    static func noticeText(_ n: NoticeFacts) -> String {
        "\(n.notice.kind.shortLabel) served \(n.notice.servedOn.shortText); may begin \(n.notice.mayBeginOn.shortText); in force until \(n.notice.validUntil.shortText) — \(n.standing.label)"
    }

    static func holdText(_ h: ActiveHold) -> String {
        let end = h.endsOn.map { " until \($0.shortText)" } ?? " (open-ended)"
        let debt = h.hold.debtAtStart.map { ", debt at start \($0.tableText)" } ?? ""
        return "\(h.kind.label) from \(h.hold.start.shortText)\(end)\(debt)"
    }

    static func hundredths(_ value: Int) -> String {
        let sign = value < 0 ? "-" : ""
        let v = abs(value)
        return "\(sign)\(v / 100).\(v % 100 < 10 ? "0" : "")\(v % 100)"
    }

    static func signed(_ m: Money) -> String { m.isNegative ? m.tableText : "+\(m.tableText)" }
}
