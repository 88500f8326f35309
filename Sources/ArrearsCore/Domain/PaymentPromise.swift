/// A tenant's promise to pay an amount by a date, recorded by an officer (a phone call, a visit).
/// The ledger decides whether it was kept (`PromiseReview`); the nightly run writes the verdict once.
public struct PaymentPromise: Hashable, Sendable, Codable {
    public var id: Int
    public var amount: Money
    /// The last day a payment counts towards the promise.
    public var dueOn: CivilDate
    /// The working date it was recorded on: payments from this day count.
    public var madeOn: CivilDate
    public var recordedBy: String
    public var recordedAt: Timestamp
    public var comment: String
    /// Set once, when the verdict is written to the diary (or the promise is replaced or undone).
    public var outcome: PromiseOutcome?
    public var outcomeOn: CivilDate?

    public init(id: Int, amount: Money, dueOn: CivilDate, madeOn: CivilDate, recordedBy: String, recordedAt: Timestamp,
                comment: String, outcome: PromiseOutcome? = nil, outcomeOn: CivilDate? = nil) {
        self.id = id; self.amount = amount; self.dueOn = dueOn; self.madeOn = madeOn; self.recordedBy = recordedBy
        self.recordedAt = recordedAt; self.comment = comment; self.outcome = outcome; self.outcomeOn = outcomeOn
    }

    /// Not yet settled: no verdict written, not replaced, not undone.
    public var isOpen: Bool { outcome == nil }

    /// "£50.00 by 12 Dec 2026".
    public var shortText: String { "\(amount.tableText) by \(dueOn.shortText)" }

    /// The POP diary entry's opening: "Promise to pay £50.00 by 12 December 2026 (paused to 13 December 2026)."
    func recordedText(pause: String) -> String {
        "Promise to pay \(amount.tableText) by \(dueOn.longText) (\(pause))."
    }
}

/// How a promise ended, as stored.
public enum PromiseOutcome: String, CaseIterable, Sendable, Codable {
    /// Payments from the day it was made up to its date reached the amount.
    case kept
    /// The day after its date came and the payments fell short.
    case broken
    /// A newer promise took its place before its verdict.
    case replaced
    /// Recorded in error and undone.
    case withdrawn

    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
