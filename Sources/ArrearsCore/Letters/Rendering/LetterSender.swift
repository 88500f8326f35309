/// Who a letter comes from: the council's name and address, and the team to contact.
public struct LetterSender: Hashable, Sendable, Codable {
    public var councilName: String
    public var addressLines: [String]
    /// Where tenants pay online, printed in every letter.
    public var paymentWebsite: String
    public var rentTeam: LetterTeam
    public var leaseholdTeam: LetterTeam

    public init(councilName: String, addressLines: [String], paymentWebsite: String,
                rentTeam: LetterTeam, leaseholdTeam: LetterTeam) {
        self.councilName = councilName; self.addressLines = addressLines; self.paymentWebsite = paymentWebsite
        self.rentTeam = rentTeam; self.leaseholdTeam = leaseholdTeam
    }

    public func team(for area: ServiceArea) -> LetterTeam { area == .rent ? rentTeam : leaseholdTeam }

    /// A fictional council for the demo database and tests (phone numbers from Ofcom's drama range).
    public static let example = LetterSender(
        councilName: "Kingsmere Borough Council",
        addressLines: ["Kingsmere Town Hall", "1 Civic Square", "London E8 1ZZ"],
        paymentWebsite: "www.kingsmere.example/pay",
        rentTeam: LetterTeam(name: "Income Collection Team", phone: "020 7946 0100", email: "rents@kingsmere.example"),
        leaseholdTeam: LetterTeam(name: "Leasehold Services", phone: "020 7946 0200", email: "leasehold@kingsmere.example"))
}

public struct LetterTeam: Hashable, Sendable, Codable {
    public var name: String
    public var phone: String
    public var email: String

    public init(name: String, phone: String, email: String) {
        self.name = name; self.phone = phone; self.email = email
    }
}

/// Money figures the caller works out for the letter, so that letters do not depend on the
/// arrears engine: the collectable arrears (what the tenant is asked to pay), and for letters
/// before action any money judgement already obtained.
public struct LetterFigures: Hashable, Sendable, Codable {
    public var collectableArrears: Money
    public var moneyJudgement: Money?
    /// The policy's `letters.minimum_balance`: a letter that states the arrears is refused below it.
    public var minimumBalance: Money

    public init(collectableArrears: Money, moneyJudgement: Money? = nil, minimumBalance: Money = .zero) {
        self.collectableArrears = collectableArrears; self.moneyJudgement = moneyJudgement
        self.minimumBalance = minimumBalance
    }
}
