/// The result of checking one condition: whether it held, and what it saw.
struct Check {
    var passed: Bool
    var seen: Seen

    static func pass(_ seen: Seen) -> Check { Check(passed: true, seen: seen) }
    static func fail(_ seen: Seen) -> Check { Check(passed: false, seen: seen) }
    static func when(_ passed: Bool, _ seen: Seen) -> Check { Check(passed: passed, seen: seen) }
}

/// One condition of a rule: a pure test of the case's measures, and its requirement in words.
/// The words take the policy so that they show the thresholds actually in force.
public struct Condition: Sendable {
    public let id: String
    let requirement: @Sendable (Policy) -> String
    let check: @Sendable (RuleContext) -> Check

    init(_ id: String, _ requirement: @escaping @Sendable (Policy) -> String,
         check: @escaping @Sendable (RuleContext) -> Check) {
        self.id = id; self.requirement = requirement; self.check = check
    }

    /// The requirement in words, e.g. "arrears after one week's grace of at least £10.00".
    public func requirement(_ policy: Policy) -> String { requirement(policy) }
}

/// A rule: when every condition holds, the action is recommended. Conditions are checked in order and
/// the first that fails stops the rule, so each route lists the condition that names the rule's stage
/// right after the blockers — that is the one a caseworker reads when a rule did not fire.
public struct Rule: Sendable {
    public let action: RecommendedAction
    public let conditions: [Condition]

    init(_ action: RecommendedAction, _ conditions: [Condition]) {
        self.action = action; self.conditions = conditions
    }
}

/// What the conditions read: the case's measures, the policy and the two account facts they need.
struct RuleContext {
    let m: Measures
    let p: Policy
    let accountEnd: CivilDate?
    let monthlyCharge: Money

    var accountEnded: Bool { accountEnd.map { $0 <= asOf } ?? false }

    var asOf: CivilDate { m.asOf }

    /// Sent within the last `months` months (strictly newer than that many months ago).
    func isWithin(months: Int, _ date: CivilDate) -> Bool { date > asOf.adding(months: -months) }
    func isWithin(weeks: Int, _ date: CivilDate) -> Bool { date > asOf.adding(weeks: -weeks) }
    /// At least `days` days ago (on or before the date that many days back).
    func isAtLeast(days: Int, ago date: CivilDate) -> Bool { date <= asOf.adding(days: -days) }
}

/// How one rule fared for one case: fired (every condition's value kept) or stopped (the first
/// condition that failed, with its value).
public struct RuleOutcome: Hashable, Sendable {
    public let ruleIndex: Int
    public let action: RecommendedAction
    /// The index of the condition that stopped the rule; nil when the rule fired.
    public let stoppedAt: Int?
    /// What the stopping condition saw.
    public let stopper: Seen?
    /// For a fired rule, what each condition saw, in order; empty otherwise.
    public let firedSeen: [Seen]

    public var fired: Bool { stoppedAt == nil }

    /// Most rules stop early, so a first pass records nothing; only a rule that fires is checked
    /// again to keep every value (conditions are pure, so the second pass sees the same).
    static func evaluate(_ rule: Rule, index: Int, in context: RuleContext) -> RuleOutcome {
        for (i, condition) in rule.conditions.enumerated() {
            let result = condition.check(context)
            if !result.passed {
                return RuleOutcome(ruleIndex: index, action: rule.action, stoppedAt: i, stopper: result.seen, firedSeen: [])
            }
        }
        let seen = rule.conditions.map { $0.check(context).seen }
        return RuleOutcome(ruleIndex: index, action: rule.action, stoppedAt: nil, stopper: nil, firedSeen: seen)
    }
}
