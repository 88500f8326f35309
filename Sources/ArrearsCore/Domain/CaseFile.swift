/// Everything known about one account: the aggregate that the store saves and loads, the engine
/// classifies and the screens show.
public struct CaseFile: Hashable, Sendable, Codable {
    public var account: Account
    /// Oldest first.
    public var transactions: [LedgerTransaction]
    public var agreements: [Agreement]
    public var notices: [Notice]
    public var courtCases: [CourtCase]
    public var evictions: [Eviction]
    public var pause: Pause?
    public var holds: [Hold]
    /// Oldest first.
    public var diary: [DiaryEntry]
    public var letters: [Letter]
    /// Promises to pay, oldest first.
    public var promises: [PaymentPromise]

    public init(account: Account, transactions: [LedgerTransaction] = [], agreements: [Agreement] = [],
                notices: [Notice] = [], courtCases: [CourtCase] = [], evictions: [Eviction] = [],
                pause: Pause? = nil, holds: [Hold] = [], diary: [DiaryEntry] = [], letters: [Letter] = [],
                promises: [PaymentPromise] = []) {
        self.account = account; self.transactions = transactions; self.agreements = agreements
        self.notices = notices; self.courtCases = courtCases; self.evictions = evictions; self.pause = pause
        self.holds = holds; self.diary = diary; self.letters = letters
        self.promises = promises
    }

    public var ref: String { account.ref }

    /// The balance of the whole ledger (positive = in arrears).
    public var balance: Money {
        var total = Money.zero
        for t in transactions { total += t.amount }
        return total
    }

    /// The most recent agreement (by start, then id) — the one the rules look at.
    public var latestAgreement: Agreement? {
        agreements.max { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }
    public var latestCourtCase: CourtCase? { courtCases.max { $0.id < $1.id } }
    public var latestNotice: Notice? { notices.max { ($0.servedOn, $0.id) < ($1.servedOn, $1.id) } }
    /// The newest promise to pay: the one the rules read.
    public var latestPromise: PaymentPromise? { promises.max { $0.id < $1.id } }
    public var latestEviction: Eviction? { evictions.max { ($0.date, $0.id) < ($1.date, $1.id) } }
}
