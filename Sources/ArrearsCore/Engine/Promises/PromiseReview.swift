/// A promise to pay read against the ledger on a date (docs/policy.md §6.1). Pure, like the rest of
/// the engine: the case screen, the why pane and the nightly run all reach the same verdict.
///
/// Payments (Universal Housing's payment codes) dated from the day the promise was made up to and
/// including its date count. Once they reach the amount the promise is kept, from the day they did.
/// On its date it is still open: the tenant has the whole day. From the day after, if they fell short,
/// it is broken. There is no further grace: a payment made on the date is on the ledger with that date.
public struct PromiseReview: Hashable, Sendable {
    public enum Verdict: Hashable, Sendable {
        case open
        case kept(on: CivilDate)
        case broken(on: CivilDate)
    }

    public var promise: PaymentPromise
    public var verdict: Verdict
    /// Payments counted towards it so far (up to the as-of date and the promise's date).
    public var paid: Money

    public var shortfall: Money {
        let left = promise.amount - paid
        return left.isPositive ? left : .zero
    }

    public static func review(_ promise: PaymentPromise, ledger: [LedgerTransaction], asOf: CivilDate) -> PromiseReview {
        let lastCounted = min(asOf, promise.dueOn)
        var paid = Money.zero
        var keptOn: CivilDate?
        for line in ledger.sorted(by: { $0.date < $1.date })
        where line.isPayment && line.date >= promise.madeOn && line.date <= lastCounted {
            paid -= line.amount
            if keptOn == nil && paid >= promise.amount { keptOn = line.date }
        }
        if let keptOn, paid >= promise.amount {
            return PromiseReview(promise: promise, verdict: .kept(on: keptOn), paid: paid)
        }
        let breaksOn = promise.dueOn.adding(days: 1)
        return PromiseReview(promise: promise, verdict: asOf >= breaksOn ? .broken(on: breaksOn) : .open, paid: paid)
    }

    /// The verdict's diary line: "Promise broken (£50.00 by 12 Dec 2026): £40.00 paid, £10.00 short."
    public var diaryText: String {
        switch verdict {
        case .open: return "Promise open (\(promise.shortText)): \(paid.tableText) paid so far."
        case .kept(let on): return "Promise kept (\(promise.shortText)): \(paid.tableText) paid by \(on.shortText)."
        case .broken: return "Promise broken (\(promise.shortText)): \(paid.tableText) paid, \(shortfall.tableText) short."
        }
    }

    /// What the why pane shows: "promised £50.00 by 12 Dec 2026; broken: £40.00 of £50.00 paid, £10.00 short".
    public var text: String { "promised " + statusText }

    /// The same without "promised", for the case screen: "£50.00 by 12 Dec 2026; £0.00 of £50.00 paid so far".
    public var statusText: String {
        let paidText = "\(paid.tableText) of \(promise.amount.tableText) paid"
        switch verdict {
        case .open: return "\(promise.shortText); \(paidText) so far"
        case .kept(let on): return "\(promise.shortText); kept on \(on.shortText) (\(paidText))"
        case .broken: return "\(promise.shortText); broken: \(paidText), \(shortfall.tableText) short"
        }
    }
}

/// The nightly run's part: verdicts reached for open promises, to write once each.
public enum PromiseMonitor {
    /// Open promises whose verdict is reached by `asOf`, with the verdict.
    public static func verdicts(for file: CaseFile, asOf: CivilDate) -> [PromiseReview] {
        file.promises.filter(\.isOpen).compactMap { promise in
            let review = PromiseReview.review(promise, ledger: file.transactions, asOf: asOf)
            if case .open = review.verdict { return nil }
            return review
        }
    }

    /// When a run as of `asOf`, started at `runAt`, dates the verdicts it writes. A run for today (the
    /// London date of its clock) uses its clock. A run for another day — a missed night re-run later, a
    /// weekend classified ahead — writes them at the start of its as-of day (00:00 London): the entries
    /// say what was known on that day, never on the day someone happened to run it, and they sort before
    /// anything an officer recorded that day, as they would have had the run happened that night.
    public static func entryTime(asOf: CivilDate, runAt: Timestamp) -> Timestamp {
        runAt.londonDate == asOf ? runAt : Timestamp(london: asOf)
    }

    /// Marks each promise with its verdict and appends one diary entry for it (PPK kept, PPB broken),
    /// written by `system` at `at` (the nightly run passes `entryTime(asOf:runAt:)`). True when anything changed (the caller moves the case's version on).
    @discardableResult
    public static func apply(_ reviews: [PromiseReview], to file: inout CaseFile, at: Timestamp) -> Bool {
        guard !reviews.isEmpty else { return false }
        var nextId = (file.diary.map(\.id).max() ?? 0) + 1
        for review in reviews {
            guard let i = file.promises.firstIndex(where: { $0.id == review.promise.id }), file.promises[i].isOpen else { continue }
            let (outcome, on, code): (PromiseOutcome, CivilDate, String)
            switch review.verdict {
            case .open: continue
            case .kept(let day): (outcome, on, code) = (.kept, day, "PPK")
            case .broken(let day): (outcome, on, code) = (.broken, day, "PPB")
            }
            file.promises[i].outcome = outcome
            file.promises[i].outcomeOn = on
            file.diary.append(DiaryEntry(id: nextId, at: at, code: code, comment: review.diaryText,
                                         user: "system", balance: file.balance))
            nextId += 1
        }
        return true
    }
}
