import Foundation

/// The arrears engine: measures, priority score, RAG band and next recommended action for any case,
/// as of a date, under a policy. Pure: no storage, no clock.
public struct Classifier: Sendable {
    let box: PolicyBox

    public init(policy: Policy = .default) { box = policy == .default ? PolicyBox.standard : PolicyBox(policy) }

    public var policy: Policy { box.policy }

    public func measures(of file: CaseFile, asOf: CivilDate) -> Measures {
        Measures(of: file, asOf: asOf, policy: box.policy)
    }

    public func classify(_ file: CaseFile, asOf: CivilDate) -> Classification {
        let policy = box.policy
        let m = Measures(of: file, asOf: asOf, policy: policy)
        let priority = PriorityScore(m, policy: policy)
        let band = BandDecision(m, score: priority.score, policy: policy)
        let kind = RouteKind.of(file.account)
        let route = Route.of(kind)
        let context = RuleContext(m: m, p: policy, accountEnd: file.account.endDate, monthlyCharge: file.account.monthlyCharge)

        var outcomes: [RuleOutcome] = []
        outcomes.reserveCapacity(route.rules.count)
        var firstAllowed: RuleOutcome?
        var held: [HeldStep] = []
        var firedCount = 0
        for (i, rule) in route.rules.enumerated() {
            let outcome = RuleOutcome.evaluate(rule, index: i, in: context)
            outcomes.append(outcome)
            guard outcome.fired else { continue }
            firedCount += 1
            if let hold = HoldGate.holdStopping(rule.action, in: m) {
                held.append(HeldStep(action: rule.action, hold: hold))
            } else if firstAllowed == nil {
                firstAllowed = outcome
            }
        }

        let action: RecommendedAction
        let source: ActionSource
        var note: Seen?
        if let winner = firstAllowed {
            action = winner.action
            source = .rule(winner)
        } else if let first = held.first {
            (action, note) = HoldGate.replacement(for: first, in: m, policy: policy)
            source = .hold(first)
        } else {
            action = .noAction
            source = .noRuleFired
        }
        let conflict = firedCount > 1
            ? Conflict(fired: outcomes.filter(\.fired).map(\.action), chosen: action) : nil
        return Classification(ref: file.ref, asOf: asOf, routeKind: kind, measures: m, priority: priority,
                              bandDecision: band, action: action, source: source, outcomes: outcomes, held: held,
                              holdNote: note, conflict: conflict, route: route, policyBox: box)
    }

    /// Classifies every case, spread over the machine's cores in chunks; results in input order.
    public func classifyAll(_ files: [CaseFile], asOf: CivilDate) -> [Classification] {
        ParallelMap.map(count: files.count) { i in classify(files[i], asOf: asOf) }
    }

    /// The nightly run's rows: every case classified and summarised, spread over the cores, in input order.
    /// Nothing but the rows is kept, so a run's memory is the rows'. `officer` names each case's officer.
    public func summaries(_ files: [CaseFile], asOf: CivilDate,
                          officer: @Sendable (CaseFile) -> String?) -> (rows: [CaseSummary], conflicts: Int) {
        let rows = ParallelMap.map(count: files.count) { i -> (CaseSummary, Bool) in
            let c = classify(files[i], asOf: asOf)
            return (ArrearsEngine.summary(of: files[i], c, officer: officer(files[i])), c.conflict != nil)
        }
        return (rows.map(\.0), rows.reduce(0) { $0 + ($1.1 ? 1 : 0) })
    }
}
