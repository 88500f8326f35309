/// Every case summary counted by what the team lead view groups and filters cases by: account type,
/// patch, officer, band, recommended action, whether the case is in arrears and how it is paused.
/// The nightly run and every action keep these counts in the store (`summary_groups`, docs/storage.md)
/// in the same transaction as the summaries, so that the team lead's first frame reads a few thousand
/// groups instead of 100,000 summaries; the workbench counts them again from the summaries once loaded
/// and moves one case between groups after each action.
public struct SummaryGroupKey: Hashable, Sendable {
    public var type: AccountType
    public var patch: String?
    public var officer: String?
    public var band: Band
    public var actionId: String
    /// A positive balance: the Full patch and Immediate tabs count only these.
    public var inArrears: Bool
    /// Kept as a date, not as "paused", because whether a case is paused depends on the as-of date
    /// the workbench runs to, which need not be the nightly run's.
    public var pauseUntil: CivilDate?
    public var pauseReason: PauseReason?

    public init(type: AccountType, patch: String?, officer: String?, band: Band, actionId: String, inArrears: Bool,
                pauseUntil: CivilDate?, pauseReason: PauseReason?) {
        self.type = type; self.patch = patch; self.officer = officer; self.band = band; self.actionId = actionId
        self.inArrears = inArrears; self.pauseUntil = pauseUntil; self.pauseReason = pauseReason
    }

    public init(_ s: CaseSummary) {
        self.init(type: s.type, patch: s.patch, officer: s.officer, band: s.band, actionId: s.actionId,
                  inArrears: s.balance.isPositive, pauseUntil: s.pauseUntil, pauseReason: s.pauseReason)
    }

    public func isPaused(asOf d: CivilDate) -> Bool { pauseUntil.map { $0 > d } ?? false }
}

/// How many cases a group holds and what they owe between them.
public struct SummaryGroupTotal: Hashable, Sendable {
    public var cases: Int
    public var balance: Money
    /// The recommended action's label, as the summaries carry it.
    public var actionLabel: String

    public init(cases: Int, balance: Money, actionLabel: String) {
        self.cases = cases; self.balance = balance; self.actionLabel = actionLabel
    }
}

/// The groups with at least one case. Counting the same summaries always gives equal values, however
/// they were added and taken away, so a count kept up to date can be compared with a recount.
public struct SummaryGroups: Hashable, Sendable {
    public private(set) var totals: [SummaryGroupKey: SummaryGroupTotal] = [:]

    public init() {}

    public init(_ summaries: [CaseSummary]) {
        for s in summaries { add(s) }
    }

    public var caseCount: Int { totals.values.reduce(0) { $0 + $1.cases } }

    public mutating func add(_ s: CaseSummary) { add(SummaryGroupKey(s), cases: 1, balance: s.balance, actionLabel: s.actionLabel) }

    public mutating func remove(_ s: CaseSummary) { add(SummaryGroupKey(s), cases: -1, balance: -s.balance, actionLabel: s.actionLabel) }

    /// One case moved from its old summary's group to its new one (either may be absent).
    public mutating func replace(_ old: CaseSummary?, with new: CaseSummary?) {
        if let old { remove(old) }
        if let new { add(new) }
    }

    /// Adds `cases` (negative to take away); a group left with none is dropped.
    public mutating func add(_ key: SummaryGroupKey, cases: Int, balance: Money, actionLabel: String) {
        var total = totals[key] ?? SummaryGroupTotal(cases: 0, balance: .zero, actionLabel: actionLabel)
        total.cases += cases
        total.balance += balance
        if cases > 0 { total.actionLabel = actionLabel }
        totals[key] = total.cases == 0 ? nil : total
    }
}
