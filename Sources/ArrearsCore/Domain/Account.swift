/// A rent or leasehold account: the unit a caseworker works.
public struct Account: Hashable, Sendable, Codable {
    /// Tenancy (or lease) reference: the key everything else hangs from.
    public var ref: String
    /// Payment reference printed on rent cards and letters; leasehold officers work by it.
    public var paymentRef: String
    public var type: AccountType
    /// Only for leasehold-side accounts.
    public var debtKind: DebtKind?
    /// Nil means "unassigned patch", which real data has.
    public var patch: String?
    /// An officer assigned directly, overriding the patch's officer.
    public var assignedTo: String?
    public var startDate: CivilDate
    public var endDate: CivilDate?
    /// The regular charge (rent, garage rent, service charge demand) and its period.
    public var charge: Money
    public var chargePeriod: ChargePeriod
    public var property: Property
    public var contacts: [Contact]
    /// Bumped on every change, so that saving over a case someone else changed is refused.
    public var version: Int

    public init(ref: String, paymentRef: String, type: AccountType, debtKind: DebtKind? = nil, patch: String?,
                assignedTo: String? = nil, startDate: CivilDate, endDate: CivilDate? = nil, charge: Money,
                chargePeriod: ChargePeriod, property: Property, contacts: [Contact], version: Int = 1) {
        self.ref = ref; self.paymentRef = paymentRef; self.type = type; self.debtKind = debtKind
        self.patch = patch; self.assignedTo = assignedTo; self.startDate = startDate; self.endDate = endDate
        self.charge = charge; self.chargePeriod = chargePeriod; self.property = property
        self.contacts = contacts; self.version = version
    }

    public var weeklyCharge: Money { chargePeriod.weeklyEquivalent(of: charge) }

    /// The first responsible contact, else the first contact.
    public var primaryContact: Contact? { contacts.first(where: \.responsible) ?? contacts.first }
    public var responsibleContacts: [Contact] { contacts.filter(\.responsible) }
}

public struct Property: Hashable, Sendable, Codable {
    /// Address lines without the postcode, e.g. ["Flat 12 Nisbet House", "Homerton High Street", "London"].
    public var addressLines: [String]
    public var postcode: String?
    /// Unique Property Reference Number: up to 12 digits.
    public var uprn: String?
    public var bedrooms: Int?

    public init(addressLines: [String], postcode: String?, uprn: String? = nil, bedrooms: Int? = nil) {
        self.addressLines = addressLines; self.postcode = postcode; self.uprn = uprn; self.bedrooms = bedrooms
    }

    /// The first address line: what a worklist row shows.
    public var shortAddress: String { addressLines.first ?? "" }
    /// Every line, then the postcode: a letter's address block before normalising.
    public var fullLines: [String] { addressLines + (postcode.map { [$0] } ?? []) }
}

public struct Contact: Hashable, Sendable, Codable {
    public var id: Int
    public var responsible: Bool
    public var title: String?
    public var firstName: String
    public var lastName: String
    /// Up to three phone numbers.
    public var phones: [String]
    public var emails: [String]
    /// Where letters go when it differs from the property, as address lines ending with the postcode.
    public var correspondenceAddress: [String]?

    public init(id: Int, responsible: Bool, title: String?, firstName: String, lastName: String,
                phones: [String] = [], emails: [String] = [], correspondenceAddress: [String]? = nil) {
        self.id = id; self.responsible = responsible; self.title = title; self.firstName = firstName
        self.lastName = lastName; self.phones = phones; self.emails = emails
        self.correspondenceAddress = correspondenceAddress
    }

    public var fullName: String {
        [title, firstName, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
    /// `Ms Okafor`: how letters greet the tenant.
    public var formalName: String {
        [title, lastName].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }
    public var displayName: String {
        [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
