/// The explanation as JSON. The stored form (`CaseSummary.explanationJSON`) holds the contributions, band
/// reasons, action, conflict, holds and trace with each condition's id and what it saw; the requirement
/// wording is left out because it follows from the id and the policy, and a nightly run stores one per
/// case. The full form printed by `arrears explain --json` adds the wording, machine values and measures.
extension Explanation {
    public static func storedJSON(_ c: Classification) -> JSONValue { explanationJSON(c, detailed: false) }

    static func explanationJSON(_ c: Classification, detailed: Bool) -> JSONValue {
        .object([
            ("ref", .string(c.ref)),
            ("as_of", .string(c.asOf.isoText)),
            ("route", .string(c.routeKind.rawValue)),
            ("score", .int(c.score)),
            ("contributions", .array(ScoreFactor.allCases.map { f in
                .object([("factor", .string(f.rawValue)), ("milli_points", .int(Int(c.priority[f])))])
            })),
            ("band", .string(c.band.rawValue)),
            ("band_reasons", .array(c.bandDecision.reasons.map { r in
                .object([("rule", .string(r.rule.rawValue)), ("band", .string(r.band.rawValue)),
                         ("text", .string(r.text(policy: c.policy))), ("seen", .string(r.seen.text))])
            })),
            ("action", actionJSON(c)),
            ("conflict", c.conflict.map { k in
                .object([("fired", .array(k.fired.map { .string($0.rawValue) })), ("chosen", .string(k.chosen.rawValue)),
                         ("text", .string(k.text))])
            } ?? .null),
            ("held", .array(c.held.map { h in
                .object([("action", .string(h.action.rawValue)), ("hold", .string(h.hold.kind.rawValue)),
                         ("since", .string(h.hold.hold.start.isoText))])
            })),
            ("trace", .array(c.trace.map { traceJSON($0, detailed: detailed) })),
        ])
    }

    public static func json(for file: CaseFile, _ c: Classification) -> JSONValue {
        guard case .object(var pairs) = explanationJSON(c, detailed: true) else { return storedJSON(c) }
        let measures = c.measures.lines(account: file.account).map { ($0.label, JSONValue.string($0.value)) }
        pairs.insert(("measures", .object(measures + numericMeasures(c.measures))), at: 3)
        return .object(pairs)
    }

    static func actionJSON(_ c: Classification) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("id", .string(c.action.rawValue)), ("label", .string(c.action.label)),
                                            ("category", .string(c.action.category.rawValue))]
        switch c.source {
        case .rule(let o): pairs.append(("source", .string("rule"))); pairs.append(("rule_index", .int(o.ruleIndex)))
        case .hold(let step):
            pairs.append(("source", .string("hold")))
            pairs.append(("hold", .string(step.hold.kind.rawValue)))
            pairs.append(("held_action", .string(step.action.rawValue)))
            if let note = c.holdNote { pairs.append(("hold_saw", .string(note.text))) }
        case .noRuleFired: pairs.append(("source", .string("no_rule_fired")))
        }
        return .object(pairs)
    }

    static func traceJSON(_ step: TraceStep, detailed: Bool) -> JSONValue {
        let status: String
        var hold: JSONValue = .null
        switch step.status {
        case .chosen: status = "chosen"
        case .firedNotChosen: status = "fired_not_chosen"
        case .held(let kind): status = "held"; hold = .string(kind.rawValue)
        case .stopped: status = "stopped"
        }
        return .object([
            ("rule", .string(step.action.rawValue)),
            ("status", .string(status)),
            ("hold", hold),
            ("conditions", .array(step.conditions.map { v in
                var pairs: [(String, JSONValue)] = [("id", .string(v.id)), ("passed", .bool(v.passed)), ("seen", .string(v.seen.text))]
                if detailed { pairs += [("requirement", .string(v.requirement)), ("value", v.seen.jsonValue)] }
                return .object(pairs)
            })),
        ])
    }

    static func numericMeasures(_ m: Measures) -> [(String, JSONValue)] {
        func pence(_ money: Money) -> JSONValue { .int(Int(money.pence)) }
        return [
            ("balance_pence", pence(m.balance)),
            ("collectable_arrears_pence", pence(m.collectableArrears)),
            ("weekly_charge_pence", pence(m.weeklyCharge)),
            ("grace_pence", pence(m.grace)),
            ("arrears_after_grace_pence", pence(m.arrearsAfterGrace)),
            ("weeks_owed_hundredths", m.weeksOwedHundredths.map { .int($0) } ?? .null),
            ("days_in_arrears", .int(m.daysInArrears)),
            ("days_since_last_payment", m.daysSinceLastPayment.map { .int($0) } ?? .null),
            ("payment_amount_delta_pence", m.paymentAmountDelta.map(pence) ?? .null),
            ("payment_date_delta_days", m.paymentDateDelta.map { .int($0) } ?? .null),
            ("broken_agreements", .int(m.brokenAgreements)),
        ]
    }
}
