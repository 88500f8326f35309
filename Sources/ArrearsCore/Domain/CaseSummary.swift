/// Red, amber or green for a case in arrears: red = an officer acts now (P1); amber = P2; green = low
/// arrears automation handles. A case not in arrears has no band: it is `clear`, and is left out of every
/// red, amber and green count (docs/policy.md §4).
public enum Band: String, CaseIterable, Sendable, Codable, Comparable {
    case red, amber, green, clear

    /// The three bands of a case in arrears, in the order counts show them.
    public static let rag: [Band] = [.red, .amber, .green]

    /// Red, amber or green: a case in arrears.
    public var isRAG: Bool { self != .clear }

    /// Sort order: red first, clear last.
    public var rank: Int {
        switch self {
        case .red: return 0
        case .amber: return 1
        case .green: return 2
        case .clear: return 3
        }
    }
    public static func < (a: Band, b: Band) -> Bool { a.rank < b.rank }

    public var letter: String {
        switch self {
        case .red: return "R"
        case .amber: return "A"
        case .green: return "G"
        case .clear: return "-"
        }
    }
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

/// One case as the worklist and the team lead view need it: the stored result of classifying a case,
/// with the display fields copied in so that 100,000 rows load from one table.
public struct CaseSummary: Hashable, Sendable, Codable {
    public var ref: String
    public var paymentRef: String
    public var type: AccountType
    public var debtKind: DebtKind?
    public var patch: String?
    /// The officer who holds the case: a direct assignment, else the patch's officer.
    public var officer: String?
    public var tenantName: String
    public var shortAddress: String
    public var postcode: String
    public var balance: Money
    public var collectableArrears: Money
    public var daysInArrears: Int
    public var band: Band
    public var score: Int
    /// The recommended action's id (see the engine's action catalogue) and its label.
    public var actionId: String
    public var actionLabel: String
    public var lastActionCode: String?
    public var lastActionDate: CivilDate?
    public var agreementState: AgreementState?
    public var courtDate: CivilDate?
    public var evictionDate: CivilDate?
    public var pauseUntil: CivilDate?
    public var pauseReason: PauseReason?
    public var pauseComment: String?
    /// Active hold kinds, for the worklist's hold marker.
    public var holds: [HoldKind]
    /// The latest leasehold letter code and date, for the leasehold worklist.
    public var lastLetterCode: String?
    public var lastLetterDate: CivilDate?
    public var asOf: CivilDate
    /// JSON of the score contributions, band reasons and the action trace (the engine's explanation).
    public var explanationJSON: String
    public var version: Int

    public init(ref: String, paymentRef: String, type: AccountType, debtKind: DebtKind?, patch: String?,
                officer: String?, tenantName: String, shortAddress: String, postcode: String, balance: Money,
                collectableArrears: Money, daysInArrears: Int, band: Band, score: Int, actionId: String,
                actionLabel: String, lastActionCode: String?, lastActionDate: CivilDate?,
                agreementState: AgreementState?, courtDate: CivilDate?, evictionDate: CivilDate?,
                pauseUntil: CivilDate?, pauseReason: PauseReason?, pauseComment: String?, holds: [HoldKind],
                lastLetterCode: String?, lastLetterDate: CivilDate?, asOf: CivilDate, explanationJSON: String,
                version: Int) {
        self.ref = ref; self.paymentRef = paymentRef; self.type = type; self.debtKind = debtKind
        self.patch = patch; self.officer = officer; self.tenantName = tenantName; self.shortAddress = shortAddress
        self.postcode = postcode; self.balance = balance; self.collectableArrears = collectableArrears
        self.daysInArrears = daysInArrears; self.band = band; self.score = score; self.actionId = actionId
        self.actionLabel = actionLabel; self.lastActionCode = lastActionCode; self.lastActionDate = lastActionDate
        self.agreementState = agreementState; self.courtDate = courtDate; self.evictionDate = evictionDate
        self.pauseUntil = pauseUntil; self.pauseReason = pauseReason; self.pauseComment = pauseComment
        self.holds = holds; self.lastLetterCode = lastLetterCode; self.lastLetterDate = lastLetterDate
        self.asOf = asOf; self.explanationJSON = explanationJSON; self.version = version
    }

    public func isPaused(asOf d: CivilDate) -> Bool { pauseUntil.map { $0 > d } ?? false }
}

/// Counts recorded by each classify run, for trends on the team lead view.
public struct ClassifySnapshot: Hashable, Sendable, Codable {
    public var asOf: CivilDate
    /// Keys such as `band:red`, `action:send_letter_one`, `patch:E01:red`; values are case counts.
    public var counts: [String: Int]
    /// Keys as above; values are total arrears in pence.
    public var arrears: [String: Int64]

    public init(asOf: CivilDate, counts: [String: Int], arrears: [String: Int64]) {
        self.asOf = asOf; self.counts = counts; self.arrears = arrears
    }
}
