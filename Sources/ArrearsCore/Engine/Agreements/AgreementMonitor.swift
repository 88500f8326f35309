/// An agreement read against the balance on a date: its effective kind and state, and why.
public struct AgreementReview: Hashable, Sendable {
    public var kind: AgreementKind
    public var state: AgreementState
    /// The state before this review (the last history entry).
    public var previousState: AgreementState
    public var expectedBalance: Money
    public var checkedBalance: Money
    /// Set when a formal agreement's court case was struck out: it is informal from then on.
    public var struckOutOn: CivilDate?
    /// Set when a suspended order reached the end of its life, which completes the agreement.
    public var orderEndedOn: CivilDate?

    /// How far the balance is above what it should be; zero when on track.
    public var breachedBy: Money {
        let over = checkedBalance - expectedBalance
        return over.isPositive ? over : .zero
    }

    /// The history description, built only when asked for.
    public var description: String {
        var notes: [String] = []
        if let d = struckOutOn { notes.append("Court case struck out on \(d.shortText): now an informal agreement") }
        if let d = orderEndedOn {
            notes.append("Completed: the suspended order ended on \(d.shortText)")
            return notes.joined(separator: ". ")
        }
        switch state {
        case .completed: notes.append("Completed: the balance is cleared")
        case .breached: notes.append("Breached by \(breachedBy.tableText)")
        case .live: notes.append(previousState == .breached ? "Back on track" : "Keeping to the agreement")
        case .cancelled: notes.append("Cancelled")
        }
        return notes.joined(separator: ". ")
    }
}

/// The change to append to an agreement's history, when its state (or kind) has moved.
public struct AgreementUpdate: Hashable, Sendable {
    public var change: AgreementStateChange
    /// A formal agreement whose court case was struck out becomes informal.
    public var becomesInformal: Bool
}

/// Breach and completion (income-api.md §5.1), run as of a date.
public enum AgreementMonitor {
    /// The court case a formal agreement belongs to: the one it names, else the latest.
    public static func courtCase(for a: Agreement, in cases: [CourtCase]) -> CourtCase? {
        if let id = a.courtCaseId, let named = cases.first(where: { $0.id == id }) { return named }
        return cases.max { $0.id < $1.id }
    }

    public static func review(_ a: Agreement, balance: Money, courtCase: CourtCase?, asOf: CivilDate,
                              policy: Policy) -> AgreementReview {
        let expected = AgreementSchedule.expectedBalance(a, asOf: asOf, toleranceDays: policy.agreements.toleranceDays)
        var result = AgreementReview(kind: a.kind, state: a.state, previousState: a.state, expectedBalance: expected,
                                     checkedBalance: balance)
        guard a.isActive else { return result }
        if a.kind == .formal, let c = courtCase {
            if let struck = c.strikeOutDate, struck <= asOf {
                result.kind = .informal
                result.struckOutOn = struck
            } else if c.outcome == .suspensionOnTerms, let h = c.hearingDate {
                let end = h.adding(years: policy.rules.courtOrderLifeYears)
                if end <= asOf {
                    result.state = .completed
                    result.orderEndedOn = end
                    return result
                }
            }
        }
        if !balance.isPositive {
            result.state = .completed
        } else if balance > expected {
            result.state = .breached
        } else {
            result.state = .live
        }
        return result
    }

    /// The history entry to append, or nil when nothing has moved since the last one.
    public static func update(for a: Agreement, balance: Money, courtCase: CourtCase?, asOf: CivilDate,
                              policy: Policy) -> AgreementUpdate? {
        guard a.isActive else { return nil }
        let r = review(a, balance: balance, courtCase: courtCase, asOf: asOf, policy: policy)
        let becomesInformal = r.kind != a.kind
        guard r.state != a.state || becomesInformal else { return nil }
        let change = AgreementStateChange(state: r.state, date: asOf, checkedBalance: balance,
                                          expectedBalance: r.expectedBalance, description: r.description)
        return AgreementUpdate(change: change, becomesInformal: becomesInformal)
    }
}

/// The case's latest agreement as the rules see it on the as-of date.
public struct AgreementFacts: Hashable, Sendable {
    public var agreement: Agreement
    public var review: AgreementReview
    /// When the current breach began: the history's date when the breach is recorded; otherwise the date of
    /// the last recorded state, after which it must have happened (a nightly run records it from then on).
    public var breachedSince: CivilDate?

    public var kind: AgreementKind { review.kind }
    public var state: AgreementState { review.state }
    /// Live or breached: Hackney's "active".
    public var isActive: Bool { state == .live || state == .breached }

    init(_ a: Agreement, review: AgreementReview, asOf: CivilDate) {
        agreement = a
        self.review = review
        guard review.state == .breached else { breachedSince = nil; return }
        var since: CivilDate?
        for change in a.history.reversed() {
            guard change.state == .breached else { break }
            since = change.date
        }
        breachedSince = since ?? a.history.last?.date ?? a.startDate
    }
}
