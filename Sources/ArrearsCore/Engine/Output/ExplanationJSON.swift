/// The explanation as JSON. The stored form (`CaseSummary.explanationJSON`) holds the contributions, band
/// reasons, action, conflict, holds and trace with each condition's id and what it saw; the requirement
/// wording is left out because it follows from the id and the policy, and a nightly run stores one per
/// case. The full form printed by `arrears explain --json` adds the wording, machine values and measures.
extension Explanation {
    public static func storedJSON(_ c: Classification) -> String {
        var w = JSONWriter()
        write(c, file: nil, detailed: false, into: &w)
        return w.text
    }

    public static func json(for file: CaseFile, _ c: Classification) -> String {
        var w = JSONWriter(pretty: true)
        write(c, file: file, detailed: true, into: &w)
        return w.text + "\n"
    }

    static func write(_ c: Classification, file: CaseFile?, detailed: Bool, into w: inout JSONWriter) {
        w.beginObject()
        w.string("ref", c.ref)
        w.string("as_of", c.asOf.isoText)
        w.string("route", c.routeKind.rawValue)
        if let file { writeMeasures(c.measures, account: file.account, into: &w) }
        w.int("score", c.score)
        w.beginArray("contributions")
        for factor in ScoreFactor.allCases {
            w.beginObject()
            w.string("factor", factor.rawValue)
            w.int("milli_points", Int(c.priority[factor]))
            w.endObject()
        }
        w.endArray()
        w.string("band", c.band.rawValue)
        w.beginArray("band_reasons")
        for r in c.bandDecision.reasons {
            w.object(nil, strings: [("rule", r.rule.rawValue), ("band", r.band.rawValue), ("text", r.text(policy: c.policy)),
                                    ("seen", r.seen.text)])
        }
        w.endArray()
        writeAction(c, into: &w)
        if let k = c.conflict {
            w.beginObject("conflict")
            w.beginArray("fired")
            for a in k.fired { w.string(nil, a.rawValue) }
            w.endArray()
            w.string("chosen", k.chosen.rawValue)
            w.string("text", k.text)
            w.endObject()
        } else {
            w.null("conflict")
        }
        w.beginArray("held")
        for h in c.held {
            w.object(nil, strings: [("action", h.action.rawValue), ("hold", h.hold.kind.rawValue), ("since", h.hold.hold.start.isoText)])
        }
        w.endArray()
        writeTrace(c, detailed: detailed, into: &w)
        w.endObject()
    }

    static func writeAction(_ c: Classification, into w: inout JSONWriter) {
        w.beginObject("action")
        w.string("id", c.action.rawValue)
        w.string("label", c.action.label)
        w.string("category", c.action.category.rawValue)
        switch c.source {
        case .rule(let o):
            w.string("source", "rule")
            w.int("rule_index", o.ruleIndex)
        case .hold(let step):
            w.string("source", "hold")
            w.string("hold", step.hold.kind.rawValue)
            w.string("held_action", step.action.rawValue)
            if let note = c.holdNote { w.string("hold_saw", note.text) }
        case .noRuleFired:
            w.string("source", "no_rule_fired")
        }
        w.endObject()
    }

    /// Straight from the rule outcomes (not `trace`), so storing a million explanations builds no views.
    static func writeTrace(_ c: Classification, detailed: Bool, into w: inout JSONWriter) {
        let requirements = detailed ? c.policyBox.requirements(for: c.routeKind) : []
        let chosen: Int? = { if case .rule(let o) = c.source { return o.ruleIndex } else { return nil } }()
        w.beginArray("trace")
        for outcome in c.outcomes {
            let rule = c.route.rules[outcome.ruleIndex]
            w.beginObject()
            w.string("rule", outcome.action.rawValue)
            let held = c.held.first { $0.action == outcome.action }
            let status = outcome.stoppedAt != nil ? "stopped"
                : (outcome.ruleIndex == chosen ? "chosen" : (held != nil ? "held" : "fired_not_chosen"))
            w.string("status", status)
            if let held { w.string("hold", held.hold.kind.rawValue) }
            // A stopped rule names the condition that stopped it; a rule that fired lists every condition.
            func condition(_ index: Int, _ seen: Seen) {
                w.string("id", rule.conditions[index].id)
                w.string("seen", seen.text)
                if detailed {
                    w.string("requirement", requirements[outcome.ruleIndex][index])
                    seen.write("value", into: &w)
                }
            }
            if let stop = outcome.stoppedAt, let seen = outcome.stopper {
                w.beginObject("stopped_by")
                condition(stop, seen)
                w.endObject()
            } else {
                w.beginArray("conditions")
                for (i, seen) in outcome.firedSeen.enumerated() {
                    w.beginObject()
                    condition(i, seen)
                    w.endObject()
                }
                w.endArray()
            }
            w.endObject()
        }
        w.endArray()
    }

    static func writeMeasures(_ m: Measures, account: Account, into w: inout JSONWriter) {
        w.beginObject("measures")
        for (label, value) in m.lines(account: account) { w.string(label, value) }
        w.int("balance_pence", Int(m.balance.pence))
        w.int("collectable_arrears_pence", Int(m.collectableArrears.pence))
        w.int("weekly_charge_pence", Int(m.weeklyCharge.pence))
        w.int("grace_pence", Int(m.grace.pence))
        w.int("arrears_after_grace_pence", Int(m.arrearsAfterGrace.pence))
        w.optionalInt("weeks_owed_hundredths", m.weeksOwedHundredths)
        w.int("days_in_arrears", m.daysInArrears)
        w.optionalInt("days_since_last_payment", m.daysSinceLastPayment)
        w.optionalInt("payment_amount_delta_pence", m.paymentAmountDelta.map { Int($0.pence) })
        w.optionalInt("payment_date_delta_days", m.paymentDateDelta)
        w.int("broken_agreements", m.brokenAgreements)
        w.endObject()
    }
}
