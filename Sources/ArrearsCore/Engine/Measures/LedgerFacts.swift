/// One payment on the ledger.
public struct PaymentPoint: Hashable, Sendable {
    public var date: CivilDate
    /// As on the ledger: payments are negative.
    public var amount: Money

    public init(date: CivilDate, amount: Money) { self.date = date; self.amount = amount }
}

/// Up to three payments, newest first, held inline (no allocation per case).
public struct RecentPayments: Hashable, Sendable {
    private var first: PaymentPoint?
    private var second: PaymentPoint?
    private var third: PaymentPoint?

    public init() {}

    public var count: Int { third != nil ? 3 : (second != nil ? 2 : (first != nil ? 1 : 0)) }
    public var all: [PaymentPoint] { [first, second, third].compactMap { $0 } }
    public var newest: PaymentPoint? { first }

    mutating func append(_ p: PaymentPoint) {
        if first == nil { first = p } else if second == nil { second = p } else if third == nil { third = p }
    }

    /// Hackney's deltas over the last three payments p1 (newest), p2, p3: (p1 − p2) − (p2 − p3) for the
    /// amounts, and the same over the dates in days. Nil with fewer than three payments.
    var deltas: (amount: Money, days: Int)? {
        guard let p1 = first, let p2 = second, let p3 = third else { return nil }
        return ((p1.amount - p2.amount) - (p2.amount - p3.amount),
                p1.date.days(since: p2.date) - p2.date.days(since: p3.date))
    }
}

/// What one backward walk of the ledger finds (income-api.md §1.1, §2.1). The ledger is oldest first;
/// lines after the as-of date are ignored.
struct LedgerFacts: Hashable, Sendable {
    var balance = Money.zero
    /// Charges posted inside the not-yet-due window (this week for rent; the demand period for leasehold)
    /// and payments made inside it: together, the part of the window's charges still unpaid.
    var chargesInWindow = Money.zero
    var paymentsInWindow = Money.zero
    /// Payment-coded lines since Monday (negative when money came in).
    var paymentsThisWeek = Money.zero
    /// The date the current run of arrears began; nil when not in arrears.
    var arrearsSince: CivilDate?
    var recentPayments = RecentPayments()

    init(_ ledger: [LedgerTransaction], asOf: CivilDate, weekStart: CivilDate, notDueFrom: CivilDate) {
        var end = ledger.count
        while end > 0 && ledger[end - 1].date > asOf { end -= 1 }
        var total: Int64 = 0
        for i in 0..<end { total = total.saturatingAdd(ledger[i].amount.pence) }
        balance = Money(pence: total)

        let windowStart = min(weekStart, notDueFrom)
        var running = total
        var walking = total > 0
        var i = end - 1
        while i >= 0 {
            let line = ledger[i]
            let inWindow = line.date >= windowStart
            if !walking && recentPayments.count == 3 && !inWindow { break }
            let payment = Self.isPayment(line)
            if inWindow {
                if payment {
                    if line.date >= weekStart { paymentsThisWeek += line.amount }
                    if line.date >= notDueFrom { paymentsInWindow -= line.amount }
                } else if line.amount.isPositive && line.date >= notDueFrom {
                    chargesInWindow += line.amount
                }
            }
            if payment { recentPayments.append(PaymentPoint(date: line.date, amount: line.amount)) }
            if walking {
                running = running.saturatingSubtract(line.amount.pence)
                if running <= 0 { arrearsSince = line.date; walking = false }
            }
            i -= 1
        }
        // Arrears older than the ledger on file: they began no later than its first line.
        if walking && end > 0 { arrearsSince = ledger[0].date }
    }

    /// The window's charges not yet covered by the window's payments.
    var unpaidNewCharges: Money {
        let unpaid = chargesInWindow - paymentsInWindow
        return unpaid.isPositive ? unpaid : .zero
    }

    /// Every Universal Housing payment code begins with R, so most lines are settled at the first byte.
    @inline(__always) static func isPayment(_ line: LedgerTransaction) -> Bool {
        line.code.utf8.first == UInt8(ascii: "R") && CodeKey.payments[line.code] != nil
    }
}
