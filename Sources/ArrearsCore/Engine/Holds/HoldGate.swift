/// A step the route recommended that a hold held back, and what the hold calls for instead.
public struct HeldStep: Hashable, Sendable {
    public var action: RecommendedAction
    public var hold: ActiveHold
}

/// What each hold does to the route's steps (domain-and-peers.md §1.2, §1.11; docs/policy.md "Holds"):
/// - breathing space stops contact and enforcement on the debt it froze; new arrears on current charges
///   may still be written about, as contact about a debt outside the moratorium;
/// - vulnerability stops every automated or outward step: an officer decides each one;
/// - a dispute stops escalation (anything past the first reminder) until it is resolved;
/// - a pending benefit claim stops court steps (the Pre-Action Protocol).
public enum HoldGate {
    /// When several holds apply, the first listed decides: the legal bar first, then the person's needs.
    public static let precedence: [HoldKind] = [.breathingSpaceMentalHealth, .breathingSpaceStandard, .vulnerability,
                                                .dispute, .benefitClaimPending]

    public static func blocks(_ kind: HoldKind, _ category: ActionCategory) -> Bool {
        switch (kind, category) {
        case (_, .none), (_, .officer): return false
        case (.breathingSpaceStandard, _), (.breathingSpaceMentalHealth, _), (.vulnerability, _): return true
        case (.dispute, .firstContact): return false
        case (.dispute, _): return true
        case (.benefitClaimPending, .court): return true
        case (.benefitClaimPending, _): return false
        }
    }

    /// The officer step a hold calls for when it holds something back. Breathing space has none of its
    /// own: the current-charges letter is decided from the measures (`currentChargesStep`).
    public static func officerStep(_ kind: HoldKind) -> RecommendedAction? {
        switch kind {
        case .vulnerability: return .officerReviewVulnerability
        case .dispute: return .resolveDispute
        case .benefitClaimPending: return .supportBenefitClaim
        case .breathingSpaceStandard, .breathingSpaceMentalHealth: return nil
        }
    }

    /// The first active hold (in precedence) that stops this action; a hold never stops its own replacement.
    static func holdStopping(_ action: RecommendedAction, in m: Measures) -> ActiveHold? {
        guard !m.activeHolds.isEmpty else { return nil }
        for kind in precedence {
            guard let hold = m.activeHolds.first(where: { $0.kind == kind }) else { continue }
            if action == .writeAboutCurrentCharges && kind.isBreathingSpace { continue }
            if blocks(kind, action.category) { return hold }
        }
        return nil
    }

    /// During breathing space: write about current charges when new arrears since it began reach the
    /// policy's minimum and nothing has been sent for the policy's gap. Otherwise nothing.
    static func currentChargesStep(_ m: Measures, policy: Policy) -> (RecommendedAction, Seen) {
        guard let newArrears = m.arrearsSinceBreathingSpace else { return (.noAction, .nothing("no breathing space")) }
        guard newArrears >= policy.holds.currentChargesMinimumArrears else { return (.noAction, .money(newArrears)) }
        if let last = m.lastCommunication, last.date > m.asOf.adding(days: -policy.holds.currentChargesContactGapDays) {
            return (.noAction, .mark(last))
        }
        return (.writeAboutCurrentCharges, .money(newArrears))
    }

    /// What the case gets when every step the route wanted is held: the hold's own step, re-checked
    /// against the other holds (a vulnerable tenant in breathing space gets an officer, not a letter).
    static func replacement(for first: HeldStep, in m: Measures, policy: Policy) -> (RecommendedAction, Seen?) {
        var action: RecommendedAction
        var note: Seen?
        if first.hold.kind.isBreathingSpace {
            (action, note) = currentChargesStep(m, policy: policy)
        } else {
            action = officerStep(first.hold.kind) ?? .noAction
        }
        var guardCount = 0
        while let other = holdStopping(action, in: m), guardCount < precedence.count {
            action = officerStep(other.kind) ?? .noAction
            guardCount += 1
        }
        return (action, note)
    }
}
