/// More than one rule fired. Reported, never silently resolved: the list, and the precedence decision.
public struct Conflict: Hashable, Sendable {
    /// Every rule that fired, in the route's precedence order (held ones included).
    public let fired: [RecommendedAction]
    /// The action the case got.
    public let chosen: RecommendedAction

    public var text: String {
        let names = fired.map { "\"\($0.label)\"" }.joined(separator: ", ")
        return "\(fired.count) rules fired (\(names)). The route's precedence puts \"\(fired[0].label)\" first; the case shows \"\(chosen.label)\"."
    }
}

/// Where the recommended action came from.
public enum ActionSource: Hashable, Sendable {
    /// The route's highest-precedence rule that fired and that no hold stopped.
    case rule(RuleOutcome)
    /// Every step the route wanted was held; the first hold's own step (or none) replaces them.
    case hold(HeldStep)
    /// No rule fired.
    case noRuleFired
}

/// Shared by every classification of one run, so that each case carries a pointer, not a copy.
final class PolicyBox: Sendable {
    let policy: Policy
    /// Each route's requirement texts under this policy, indexed by rule then condition.
    let requirementTable: [RouteKind: [[String]]]

    static let standard = PolicyBox(.default)

    init(_ policy: Policy) {
        self.policy = policy
        requirementTable = PolicyBox.buildRequirements(policy)
    }
}

/// Everything the engine decided about one case, and why.
public struct Classification: Sendable {
    public let ref: String
    public let asOf: CivilDate
    public let routeKind: RouteKind
    public let measures: Measures
    public let priority: PriorityScore
    public let bandDecision: BandDecision
    public let action: RecommendedAction
    public let source: ActionSource
    /// One per rule of the route, in precedence.
    public let outcomes: [RuleOutcome]
    /// Steps that fired but were stopped by a hold.
    public let held: [HeldStep]
    /// What the hold's replacement step saw (breathing space: the new arrears, or the last contact).
    public let holdNote: Seen?
    public let conflict: Conflict?
    let route: Route
    let policyBox: PolicyBox

    public var band: Band { bandDecision.band }
    public var score: Int { priority.score }
    public var policy: Policy { policyBox.policy }
    public var rules: [Rule] { route.rules }
}
