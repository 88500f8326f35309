/// The factors of Hackney's 2018–19 priority score (income-api.md §1.2), in its tooltip's order, with
/// this product's weeks-of-charge factor after the balance (docs/policy.md §3).
public enum ScoreFactor: String, CaseIterable, Sendable, Codable {
    case balance
    case weeksOfCharge = "weeks_of_charge"
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
        case .weeksOfCharge: return "Weeks of charge owed"
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
/// explanation adds up to the score exactly. Held inline: one per case of a million.
public struct PriorityScore: Hashable, Sendable {
    private var balance: Int64 = 0, weeksOfCharge: Int64 = 0, daysInArrears: Int64 = 0, daysSinceLastPayment: Int64 = 0
    private var paymentAmountDelta: Int64 = 0, paymentDateDelta: Int64 = 0, brokenAgreements: Int64 = 0
    private var activeAgreement: Int64 = 0, brokenCourtOrder: Int64 = 0
    private var noticeServedInYear: Int64 = 0, noticeServedInMonth: Int64 = 0

    public subscript(factor: ScoreFactor) -> Int64 {
        switch factor {
        case .balance: return balance
        case .weeksOfCharge: return weeksOfCharge
        case .daysInArrears: return daysInArrears
        case .daysSinceLastPayment: return daysSinceLastPayment
        case .paymentAmountDelta: return paymentAmountDelta
        case .paymentDateDelta: return paymentDateDelta
        case .brokenAgreements: return brokenAgreements
        case .activeAgreement: return activeAgreement
        case .brokenCourtOrder: return brokenCourtOrder
        case .noticeServedInYear: return noticeServedInYear
        case .noticeServedInMonth: return noticeServedInMonth
        }
    }

    /// In `ScoreFactor` order.
    public var milliPoints: [Int64] { ScoreFactor.allCases.map { self[$0] } }

    /// The sum rounded half away from zero, as Ruby's `round` did.
    public var score: Int {
        let total = balance + weeksOfCharge + daysInArrears + daysSinceLastPayment + paymentAmountDelta + paymentDateDelta
            + brokenAgreements + activeAgreement + brokenCourtOrder + noticeServedInYear + noticeServedInMonth
        return Int(total >= 0 ? (total + 500) / 1000 : -((-total + 500) / 1000))
    }

    /// Each factor with its contribution, largest first (the tooltip's order: adjustment descending).
    public var contributions: [(factor: ScoreFactor, milliPoints: Int64)] {
        ScoreFactor.allCases.map { ($0, self[$0]) }.sorted { $0.1 > $1.1 }
    }

    /// Contributions are in final-score units: each raw factor divided by the policy's divisor, and the
    /// balance net of Hackney's subtraction of the balance itself.
    public init(_ m: Measures, policy: Policy) {
        let w = policy.score
        let divisor = Int64(max(w.divisor, 1))
        func points(_ rawMilli: Int64) -> Int64 { rawMilli / divisor }
        // pence × thousandths / 100 = thousandths of a point per pound.
        balance = points(m.balance.pence * Int64(w.balance - w.balanceOffset) / 100)
        // Arrears after grace in weeks of the account's own charge: £500 is a month on a flat, a year on a garage.
        if let hundredths = m.weeksOwedHundredths, hundredths > 0 {
            weeksOfCharge = points(Int64(hundredths) * Int64(w.weeksOfCharge) / 100)
        }
        daysInArrears = points(Int64(m.daysInArrears) * Int64(w.daysInArrears))
        if let days = m.daysSinceLastPayment.map({ w.daysSinceLastPaymentCap > 0 ? min($0, w.daysSinceLastPaymentCap) : $0 }), days > 0 {
            // days × whole weeks grows without limit (Hackney): the cap stops a years-old debt outranking a live one.
            daysSinceLastPayment = points(Int64(days) * Int64(days / 7) * Int64(w.daysSinceLastPayment))
        }
        if let delta = m.paymentAmountDelta { paymentAmountDelta = points(delta.pence * Int64(w.paymentAmountDelta) / 100) }
        if let drift = m.paymentDateDelta { paymentDateDelta = points(Int64(abs(drift)) * Int64(w.paymentDateDelta)) }
        var broken = Int64(m.brokenAgreements) * Int64(w.brokenAgreement)
        if m.brokenAgreements > w.manyBrokenAgreementsAbove { broken += Int64(w.manyBrokenAgreementsExtra) }
        brokenAgreements = points(broken)
        if m.agreement?.isActive == true { activeAgreement = points(Int64(w.activeAgreement)) }
        if m.hasBrokenCourtOrder { brokenCourtOrder = points(Int64(w.brokenCourtOrder)) }
        if m.noticeServedInYear && !m.noticeServedInMonth { noticeServedInYear = points(Int64(w.noticeServedInYear)) }
        if m.noticeServedInMonth { noticeServedInMonth = points(Int64(w.noticeServedInMonth)) }
    }
}

extension Measures {
    /// A court-ordered agreement in breach. Hackney hard-coded this to false; this product computes it.
    public var hasBrokenCourtOrder: Bool {
        guard let a = agreement else { return false }
        return a.kind == .formal && a.state == .breached
    }
}
