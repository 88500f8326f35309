/// When an agreement's payments fall due and what the balance should be by a date
/// (income-api.md §5.1, with this product's corrections written in docs/policy.md).
public enum AgreementSchedule {
    /// A single payment: the pattern or the frequency says so (Hackney scheduled these as monthly).
    static func isOneOff(_ a: Agreement) -> Bool { a.pattern == .oneOff || a.frequency == .oneOff }

    /// The date of regular instalment `k` (0 = the start date). Calendar-monthly instalments keep the
    /// start's day of the month, falling on the last day of shorter months (31 Jan → 29 Feb → 31 Mar).
    public static func dueDate(of a: Agreement, instalment k: Int) -> CivilDate {
        if let days = a.frequency.cycleDays { return a.startDate.adding(days: k * days) }
        if isOneOff(a) { return a.startDate }
        return a.startDate.adding(months: k)
    }

    /// Regular instalments counted by `asOf`: each counts once its due date plus the tolerance has passed.
    public static func instalmentsDue(_ a: Agreement, asOf: CivilDate, toleranceDays: Int) -> Int {
        let cutoff = asOf.adding(days: -toleranceDays)
        guard cutoff >= a.startDate else { return 0 }
        if isOneOff(a) { return 1 }
        if let days = a.frequency.cycleDays { return cutoff.days(since: a.startDate) / days + 1 }
        return cutoff.wholeMonths(since: a.startDate) + 1
    }

    /// The lump sum of a variable agreement, counted once its date plus the tolerance has passed.
    public static func lumpSumDue(_ a: Agreement, asOf: CivilDate, toleranceDays: Int) -> Money {
        guard a.pattern == .variable, let amount = a.initialPayment else { return .zero }
        let date = a.initialPaymentDate ?? a.startDate
        return date.adding(days: toleranceDays) <= asOf ? amount : .zero
    }

    /// Starting balance less what should have been paid by now; never below zero.
    public static func expectedBalance(_ a: Agreement, asOf: CivilDate, toleranceDays: Int) -> Money {
        let paid = lumpSumDue(a, asOf: asOf, toleranceDays: toleranceDays)
            + a.instalment * instalmentsDue(a, asOf: asOf, toleranceDays: toleranceDays)
        let expected = a.startingBalance - paid
        return expected.isNegative ? .zero : expected
    }

    /// The last payment date: enough instalments to clear the starting balance after any lump sum
    /// (frontend.md §3.5) — the same plan the agreement form shows. Nil when there is no valid plan.
    public static func endDate(of a: Agreement) -> CivilDate? {
        if isOneOff(a) { return a.startDate }
        if a.pattern == .variable, let lump = a.initialPayment, lump >= a.startingBalance {
            return a.initialPaymentDate ?? a.startDate
        }
        return AgreementPlan.endDate(pattern: a.pattern, frequency: a.frequency, balance: a.startingBalance,
                                     instalment: a.instalment, startDate: a.startDate, initialPayment: a.initialPayment)
    }
}
