/// A payment arrangement. Informal ones are agreed with the tenant; formal ones come from a court order.
public struct Agreement: Hashable, Sendable, Codable {
    public var id: Int
    public var kind: AgreementKind
    public var pattern: PaymentPattern
    public var frequency: AgreementFrequency
    /// The regular instalment (for one-off agreements, the single payment).
    public var instalment: Money
    public var startDate: CivilDate
    public var startingBalance: Money
    /// Variable agreements: a lump sum first.
    public var initialPayment: Money?
    public var initialPaymentDate: CivilDate?
    /// Formal agreements name the court case that ordered them.
    public var courtCaseId: Int?
    public var createdBy: String
    public var createdAt: Timestamp
    public var notes: String
    /// Append-only history, oldest first. The last entry is the current state.
    public var history: [AgreementStateChange]

    public init(id: Int, kind: AgreementKind, pattern: PaymentPattern, frequency: AgreementFrequency,
                instalment: Money, startDate: CivilDate, startingBalance: Money, initialPayment: Money? = nil,
                initialPaymentDate: CivilDate? = nil, courtCaseId: Int? = nil, createdBy: String,
                createdAt: Timestamp, notes: String = "", history: [AgreementStateChange]) {
        self.id = id; self.kind = kind; self.pattern = pattern; self.frequency = frequency
        self.instalment = instalment; self.startDate = startDate; self.startingBalance = startingBalance
        self.initialPayment = initialPayment; self.initialPaymentDate = initialPaymentDate
        self.courtCaseId = courtCaseId; self.createdBy = createdBy; self.createdAt = createdAt
        self.notes = notes; self.history = history
    }

    public var state: AgreementState { history.last?.state ?? .live }
    /// Live or breached: Hackney's meaning of "active".
    public var isActive: Bool { state == .live || state == .breached }
}

public enum AgreementKind: String, CaseIterable, Sendable, Codable {
    case informal
    case formal
    public var label: String { self == .formal ? "Court ordered" : "Informal" }
}

public enum PaymentPattern: String, CaseIterable, Sendable, Codable {
    case regular
    case variable   // a lump sum, then regular instalments
    case oneOff = "one_off"
    public var label: String {
        switch self {
        case .regular: return "Regular"
        case .variable: return "Variable"
        case .oneOff: return "One-off"
        }
    }
}

public enum AgreementFrequency: String, CaseIterable, Sendable, Codable {
    case weekly
    case fortnightly
    case fourWeekly = "four_weekly"
    case monthly
    case oneOff = "one_off"

    /// Cycle length in days; nil for calendar-monthly and one-off.
    public var cycleDays: Int? {
        switch self {
        case .weekly: return 7
        case .fortnightly: return 14
        case .fourWeekly: return 28
        case .monthly, .oneOff: return nil
        }
    }

    public var label: String {
        switch self {
        case .weekly: return "Weekly"
        case .fortnightly: return "Fortnightly"
        case .fourWeekly: return "4-weekly"
        case .monthly: return "Calendar monthly"
        case .oneOff: return "One-off"
        }
    }
}

public enum AgreementState: String, CaseIterable, Sendable, Codable {
    case live
    case breached
    case cancelled
    case completed
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}

public struct AgreementStateChange: Hashable, Sendable, Codable {
    public var state: AgreementState
    public var date: CivilDate
    public var checkedBalance: Money?
    public var expectedBalance: Money?
    public var description: String

    public init(state: AgreementState, date: CivilDate, checkedBalance: Money? = nil,
                expectedBalance: Money? = nil, description: String) {
        self.state = state; self.date = date; self.checkedBalance = checkedBalance
        self.expectedBalance = expectedBalance; self.description = description
    }
}
