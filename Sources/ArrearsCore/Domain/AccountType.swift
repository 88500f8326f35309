/// Every kind of account an income team works. The raw value is the code used in files and the database.
public enum AccountType: String, CaseIterable, Sendable, Codable {
    case secure = "SEC"
    case introductory = "INT"
    case nonSecure = "NSE"
    case temporaryAccommodation = "TAC"      // temporary accommodation let on a (non-secure) tenancy
    case temporaryLicence = "TAL"            // temporary accommodation on a licence: reasonable notice
    case garage = "GAR"
    case sundry = "SUN"                      // former-tenant arrears, rechargeable repairs, other debts
    case leasehold = "LEA"
    case freehold = "FRS"
    case sharedOwnership = "SHO"

    public var label: String {
        switch self {
        case .secure: return "Secure"
        case .introductory: return "Introductory"
        case .nonSecure: return "Non-secure"
        case .temporaryAccommodation: return "Temporary accommodation"
        case .temporaryLicence: return "Temporary accommodation (licence)"
        case .garage: return "Garage"
        case .sundry: return "Sundry debt"
        case .leasehold: return "Leasehold"
        case .freehold: return "Freehold"
        case .sharedOwnership: return "Shared ownership"
        }
    }

    /// A short label for narrow table columns (at most 10 columns wide).
    public var shortLabel: String {
        switch self {
        case .secure: return "Secure"
        case .introductory: return "Intro"
        case .nonSecure: return "Non-secure"
        case .temporaryAccommodation: return "TA"
        case .temporaryLicence: return "TA licence"
        case .garage: return "Garage"
        case .sundry: return "Sundry"
        case .leasehold: return "Leasehold"
        case .freehold: return "Freehold"
        case .sharedOwnership: return "Shared own"
        }
    }

    /// Leasehold-side accounts owe service charges or major works; everything else is rent-side.
    public var isLeaseholdSide: Bool {
        switch self {
        case .leasehold, .freehold, .sharedOwnership: return true
        default: return false
        }
    }

    public var serviceArea: ServiceArea { isLeaseholdSide ? .leasehold : .rent }
}

/// Which side of the income team works an account.
public enum ServiceArea: String, CaseIterable, Sendable, Codable {
    case rent
    case leasehold
}

/// What a leasehold-side account owes.
public enum DebtKind: String, CaseIterable, Sendable, Codable {
    case serviceCharge = "service_charge"
    case majorWorks = "major_works"

    public var label: String { self == .serviceCharge ? "Service charges" : "Major works" }
}

/// How often the account is charged. Weekly charges are rent; service charges are demanded half-yearly.
public enum ChargePeriod: String, CaseIterable, Sendable, Codable {
    case weekly
    case monthly
    case quarterly
    case halfYearly = "half_yearly"
    case yearly

    /// The equivalent weekly charge, rounded to the nearest penny (52 weeks a year).
    public func weeklyEquivalent(of amount: Money) -> Money {
        let perYear: Int64
        switch self {
        case .weekly: return amount
        case .monthly: perYear = 12
        case .quarterly: perYear = 4
        case .halfYearly: perYear = 2
        case .yearly: perYear = 1
        }
        let numerator = amount.pence.saturatingMultiply(perYear)
        return Money(pence: numerator.saturatingAdd(numerator >= 0 ? 26 : -26) / 52)
    }

    public var label: String {
        switch self {
        case .weekly: return "weekly"
        case .monthly: return "monthly"
        case .quarterly: return "quarterly"
        case .halfYearly: return "half-yearly"
        case .yearly: return "yearly"
        }
    }
}
