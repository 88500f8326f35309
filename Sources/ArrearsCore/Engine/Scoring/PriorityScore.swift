/// The factors of Hackney's 2018–19 priority score (income-api.md §1.2), in its tooltip's order.
public enum ScoreFactor: String, CaseIterable, Sendable, Codable {
    case balance
    case daysInArrears = "days_in_arrears"
    case daysSinceLastPayment = "days_since_last_payment"
    case paymentAmountDelta = "payment_amount_delta"
    case paymentDateDelta = "payment_date_delta"
    case brokenAgreements = "broken_agreements"
    case activeAgreement = "active_agreement"
    case brokenCourtOrder = "broken_court_order"
    case noticeServedInYear = "notice_served_in_year"
    case noticeServedInMonth = "notice_served_in_month"

    public var label: String {
        switch self {
        case .balance: return "Balance"
        case .daysInArrears: return "Days in arrears"
        case .daysSinceLastPayment: return "Days since last payment"
        case .paymentAmountDelta: return "Change in the last three payment amounts"
        case .paymentDateDelta: return "Drift in the last three payment dates"
        case .brokenAgreements: return "Broken agreements"
        case .activeAgreement: return "Agreement on file"
        case .brokenCourtOrder: return "Broken court order"
        case .noticeServedInYear: return "Notice served in the last year"
        case .noticeServedInMonth: return "Notice served in the last month"
        }
    }
}

/// The priority score with each factor's contribution kept, in thousandths of a point, so that the
/// explanation adds up to the score exactly.
public struct PriorityScore: Hashable, Sendable {
    /// Indexed by `ScoreFactor` order.
    public private(set) var milliPoints: [Int64]

    public subscript(factor: ScoreFactor) -> Int64 {
        milliPoints[ScoreFactor.allCases.firstIndex(of: factor)!]
    }

    /// The sum rounded half away from zero, as Ruby's `round` did.
    public var score: Int {
        let total = milliPoints.reduce(0, +)
        return Int(total >= 0 ? (total + 500) / 1000 : -((-total + 500) / 1000))
    }

    /// Each factor with its contribution, largest first (the tooltip's order: adjustment descending).
    public var contributions: [(factor: ScoreFactor, milliPoints: Int64)] {
        zip(ScoreFactor.allCases, milliPoints).map { ($0, $1) }.sorted { $0.1 > $1.1 }
    }

    /// Contributions are in final-score units: each raw factor divided by the policy's divisor, and the
    /// balance net of Hackney's subtraction of the balance itself.
    public init(_ m: Measures, policy: Policy) {
        let w = policy.score
        let divisor = Int64(max(w.divisor, 1))
        func points(_ rawMilli: Int64) -> Int64 { rawMilli / divisor }
        var values = [Int64](repeating: 0, count: ScoreFactor.allCases.count)
        // pence × thousandths / 100 = thousandths of a point per pound.
        values[0] = points(m.balance.pence * Int64(w.balance - w.balanceOffset) / 100)
        values[1] = points(Int64(m.daysInArrears) * Int64(w.daysInArrears))
        if let days = m.daysSinceLastPayment, days > 0 {
            values[2] = points(Int64(days) * Int64(days / 7) * Int64(w.daysSinceLastPayment))
        }
        if let delta = m.paymentAmountDelta { values[3] = points(delta.pence * Int64(w.paymentAmountDelta) / 100) }
        if let drift = m.paymentDateDelta { values[4] = points(Int64(abs(drift)) * Int64(w.paymentDateDelta)) }
        var broken = Int64(m.brokenAgreements) * Int64(w.brokenAgreement)
        if m.brokenAgreements > w.manyBrokenAgreementsAbove { broken += Int64(w.manyBrokenAgreementsExtra) }
        values[5] = points(broken)
        if m.agreement?.isActive == true { values[6] = points(Int64(w.activeAgreement)) }
        if m.hasBrokenCourtOrder { values[7] = points(Int64(w.brokenCourtOrder)) }
        if m.noticeServedInYear && !m.noticeServedInMonth { values[8] = points(Int64(w.noticeServedInYear)) }
        if m.noticeServedInMonth { values[9] = points(Int64(w.noticeServedInMonth)) }
        milliPoints = values
    }
}

extension Measures {
    /// A court-ordered agreement in breach. Hackney hard-coded this to false; this product computes it.
    public var hasBrokenCourtOrder: Bool {
        guard let a = agreement else { return false }
        return a.kind == .formal && a.state == .breached
    }
}
