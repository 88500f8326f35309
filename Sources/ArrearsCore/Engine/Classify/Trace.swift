/// One condition as a caseworker reads it: the requirement in force, whether it held, what it saw.
public struct ConditionView: Hashable, Sendable {
    public let id: String
    public let requirement: String
    public let passed: Bool
    public let seen: Seen
}

/// One rule of the route for one case.
public struct TraceStep: Sendable {
    public enum Status: Hashable, Sendable {
        /// Every condition held and this is the recommended action.
        case chosen
        /// Every condition held, but a rule earlier in the precedence won (a conflict).
        case firedNotChosen
        /// Every condition held, but a hold stopped the step.
        case held(HoldKind)
        /// A condition failed.
        case stopped
    }

    public let action: RecommendedAction
    public let status: Status
    /// For a rule that fired: every condition. For a stopped rule: the condition that stopped it.
    public let conditions: [ConditionView]
}

extension Classification {
    /// The route's rules in precedence, each with its conditions as the case met them.
    public var trace: [TraceStep] {
        let requirements = policyBox.requirements(for: routeKind)
        let chosenIndex: Int? = { if case .rule(let o) = source { return o.ruleIndex } else { return nil } }()
        return outcomes.map { outcome in
            let rule = route.rules[outcome.ruleIndex]
            let texts = requirements[outcome.ruleIndex]
            if let stop = outcome.stoppedAt, let seen = outcome.stopper {
                let view = ConditionView(id: rule.conditions[stop].id, requirement: texts[stop], passed: false, seen: seen)
                return TraceStep(action: outcome.action, status: .stopped, conditions: [view])
            }
            let views = outcome.firedSeen.enumerated().map { i, seen in
                ConditionView(id: rule.conditions[i].id, requirement: texts[i], passed: true, seen: seen)
            }
            let status: TraceStep.Status
            if outcome.ruleIndex == chosenIndex {
                status = .chosen
            } else if let h = held.first(where: { $0.action == outcome.action }) {
                status = .held(h.hold.kind)
            } else {
                status = .firedNotChosen
            }
            return TraceStep(action: outcome.action, status: status, conditions: views)
        }
    }
}

extension PolicyBox {
    /// Requirement texts depend only on the policy, so they are made once per route and reused.
    func requirements(for kind: RouteKind) -> [[String]] {
        requirementTable[kind] ?? []
    }

    static func buildRequirements(_ policy: Policy) -> [RouteKind: [[String]]] {
        var table: [RouteKind: [[String]]] = [:]
        for route in Route.all {
            table[route.kind] = route.rules.map { rule in rule.conditions.map { $0.requirement(policy) } }
        }
        return table
    }
}
