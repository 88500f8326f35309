/// `arrears explain`: the measures, the score breakdown, why the band, and the action trace, in words a
/// caseworker can check against the case.
public enum Explanation {
    public static func text(for file: CaseFile, _ c: Classification) -> String {
        var out: [String] = []
        let a = file.account
        let who = a.primaryContact?.fullName ?? "no contact on file"
        let place = [a.property.shortAddress, a.property.postcode ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        out.append("Case \(a.ref) · \(a.type.label) · patch \(a.patch ?? "unassigned") · \(who), \(place)")
        out.append("As of \(c.asOf.longText). Route: \(c.routeKind.label).")
        out.append("")
        out.append("What the account shows")
        for (label, value) in c.measures.lines(account: a) { out.append("  " + pad(label, 32) + value) }
        out.append("")
        out.append(contentsOf: scoreLines(c))
        out.append("")
        out.append(contentsOf: bandLines(c))
        out.append("")
        out.append(contentsOf: actionLines(c))
        return out.joined(separator: "\n") + "\n"
    }

    static func scoreLines(_ c: Classification) -> [String] {
        var out = ["Priority score: \(c.score) (band \(c.band.label))", "  " + pad("Factor", 44) + leftPad("Points", 10)]
        let cap = c.policy.score.daysSinceLastPaymentCap
        let capped = cap > 0 && (c.measures.daysSinceLastPayment ?? 0) > cap
        for (factor, milli) in c.priority.contributions {
            // The factor's label must not claim more than it counted: say when the days were capped.
            let label = factor == .daysSinceLastPayment && capped ? "\(factor.label) (counted up to \(cap))" : factor.label
            out.append("  " + pad(label, 44) + leftPad(points(milli), 10))
        }
        out.append("  " + pad("Total (rounded)", 44) + leftPad(String(c.score), 10))
        return out
    }

    static func bandLines(_ c: Classification) -> [String] {
        let base = c.bandDecision.reasons.filter { !$0.rule.isOverride }
        let overrides = c.bandDecision.reasons.filter(\.rule.isOverride)
        let baseBand = base.first?.band ?? c.band
        var out = ["Why \(c.band.label.lowercased())"]
        out.append("  Base band \(baseBand.label.lowercased()), because" + (base.count > 1 ? " (every rule that held):" : ":"))
        for r in base { out.append("    - \(r.text(policy: c.policy)) (saw \(r.seen.text))") }
        if overrides.isEmpty {
            out.append("  No score override applied.")
        } else {
            for r in overrides { out.append("  Override: \(r.text(policy: c.policy)) (score \(r.seen.text)).") }
        }
        return out
    }

    static func actionLines(_ c: Classification) -> [String] {
        var out = ["Next recommended action: \(c.action.label)"]
        let trace = c.trace
        switch c.source {
        case .rule:
            if let chosen = trace.first(where: { $0.status == .chosen }) {
                out.append("  Every condition of this rule held:")
                for v in chosen.conditions { out.append("    ✓ \(v.requirement) — saw \(v.seen.text)") }
            }
        case .hold(let step):
            out.append("  The route's step \"\(step.action.label)\" is held by \(Measures.holdText(step.hold)).")
            if let note = breathingSpaceNote(c) { out.append("  " + note) }
            out.append(c.action == .noAction ? "  Nothing else is due while the hold lasts."
                       : "  The hold calls for \"\(c.action.label)\" instead.")
        case .noRuleFired:
            out.append("  No rule of this route fired, so there is nothing to do now; each rule's stopping condition is listed below.")
        }
        if let note = unconfirmedEvictionNote(c) { out.append("  " + note) }
        if let conflict = c.conflict { out.append("  Conflict: \(conflict.text)") }
        let others = trace.filter { $0.status != .chosen }
        if !others.isEmpty {
            out.append("")
            out.append("Other rules, in precedence order")
            for step in others {
                switch step.status {
                case .stopped:
                    if let v = step.conditions.first {
                        out.append("  ✗ \(step.action.label): needs \(v.requirement); saw \(v.seen.text)")
                    }
                case .held(let kind):
                    out.append("  ⏸ \(step.action.label): every condition held, but held by \(kind.label.lowercased())")
                case .firedNotChosen:
                    out.append("  ! \(step.action.label): every condition held too (see the conflict above)")
                case .chosen:
                    break
                }
            }
        }
        return out
    }

    /// An eviction past its confirmation window no longer holds the case: say so, so that nobody reads the
    /// confirmation rule's "needs an eviction date passed in the last 28 days" as the reason for no action.
    static func unconfirmedEvictionNote(_ c: Classification) -> String? {
        let m = c.measures
        guard let e = m.evictionDate, e < c.asOf, c.asOf.days(since: e) > c.policy.rules.evictionConfirmDays,
              !(m.blocker.map { if case .accountEnded = $0 { return true } else { return false } } ?? false) else { return nil }
        return "The eviction date \(e.shortText) passed more than \(c.policy.rules.evictionConfirmDays) days ago and nobody confirmed it, so it no longer holds the case: the route has resumed."
    }

    /// What breathing space saw when deciding on a letter about current charges.
    static func breathingSpaceNote(_ c: Classification) -> String? {
        let h = c.policy.holds
        switch c.holdNote {
        case .money(let newArrears)?:
            return "Arrears after grace built up since it began: \(newArrears.tableText) (a letter about current charges needs \(h.currentChargesMinimumArrears.tableText))."
        case .mark(let last)?:
            return "Last contact \(last.text); a letter about current charges waits \(h.currentChargesContactGapDays) days after any contact."
        default:
            return nil
        }
    }

    /// Thousandths of a point with one decimal and a sign: `+13.2`.
    static func points(_ milli: Int64) -> String {
        let tenths = (abs(milli) + 50) / 100
        let sign = milli < 0 ? "-" : (tenths == 0 ? " " : "+")
        return "\(sign)\(tenths / 10).\(tenths % 10)"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }

    static func leftPad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : String(repeating: " ", count: width - s.count) + s
    }
}
