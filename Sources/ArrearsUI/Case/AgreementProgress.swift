import ArrearsCore

/// How an agreement is going: the balance it should have reached by now against the real one.
struct AgreementProgress {
    var expected: Money
    var actual: Money

    /// Positive when the account owes more than the agreement expected.
    var shortfall: Money { actual - expected }

    /// The expected balance recorded by the latest check when there is one; otherwise the starting
    /// balance less every instalment due by the as-of date (rent itself is expected to be paid as
    /// it falls due, so it does not move the expected balance).
    init(agreement: Agreement, balance: Money, asOf: CivilDate) {
        actual = balance
        if let checked = agreement.history.last(where: { $0.expectedBalance != nil }), let e = checked.expectedBalance {
            expected = e
            return
        }
        var paidDown = agreement.initialPayment.map { p in agreement.initialPaymentDate.map { $0 <= asOf } ?? true ? p : .zero } ?? .zero
        let due = AgreementProgress.instalmentsDue(agreement, asOf: asOf)
        paidDown += agreement.instalment * due
        expected = Money(pence: max(0, agreement.startingBalance.pence - paidDown.pence))
    }

    static func instalmentsDue(_ a: Agreement, asOf: CivilDate) -> Int {
        guard asOf >= a.startDate else { return 0 }
        if let days = a.frequency.cycleDays { return asOf.days(since: a.startDate) / days + 1 }
        if a.frequency == .monthly { return asOf.wholeMonths(since: a.startDate) + 1 }
        return 1
    }
}
