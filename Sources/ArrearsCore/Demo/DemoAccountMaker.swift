import Foundation

/// Decides who and what an account is: its references, type, patch, property, people and charges.
struct DemoAccountMaker {
    let seed: UInt64
    let asOf: CivilDate

    /// The borough's mix per hundred accounts: 70 secure, 5 introductory, 8 temporary accommodation and
    /// non-secure, 5 garages, 2 sundry debts, 10 leasehold-side.
    static let mixPerHundred: [(AccountType, Int)] = [
        (.secure, 70), (.introductory, 5), (.nonSecure, 2), (.temporaryAccommodation, 4), (.temporaryLicence, 2),
        (.garage, 5), (.sundry, 2), (.leasehold, 7), (.freehold, 1), (.sharedOwnership, 2),
    ]

    /// Each block of a hundred consecutive accounts holds the exact mix, shuffled per block, so that
    /// even a small demo has every type and the proportions hold at every size.
    func accountType(index: Int) -> AccountType {
        var slots: [AccountType] = []
        slots.reserveCapacity(100)
        for (type, count) in DemoAccountMaker.mixPerHundred {
            slots.append(contentsOf: repeatElement(type, count: count))
        }
        var rng = SeededRandom(seed: seed, stream: UInt64(index / 100), salt: 0xB10C)
        rng.shuffle(&slots)
        return slots[index % 100]
    }

    func plan(index: Int) -> DemoPlan {
        var rng = SeededRandom(seed: seed, stream: UInt64(index))
        let type = accountType(index: index)
        let patch = choosePatch(type: type, rng: &rng)
        let officer = DemoUsers.officer(forPatch: patch) ?? "lead.income"
        let east: Bool? = patch.map { $0.hasPrefix("E") } ?? nil
        let place = type == .garage ? rng.garage(east: east) : rng.home(east: type.isLeaseholdSide ? nil : east)
        let dates = tenancyDates(type: type, rng: &rng)
        let behaviour = chooseBehaviour(type: type, rng: &rng)
        let lines = chargeLines(type: type, place: place, rng: &rng)
        let charge = type.isLeaseholdSide ? lines[0].amount : lines.reduce(Money.zero) { $0 + $1.amount }
        let period: ChargePeriod = type.isLeaseholdSide ? .halfYearly : .weekly
        let debtKind: DebtKind? = type.isLeaseholdSide ? (rng.chance(0.3) ? .majorWorks : .serviceCharge) : nil
        let background = rng.background()
        var contacts = household(type: type, background: background, rng: &rng)
        let bedrooms: Int? = type == .garage ? nil : rng.weighted([(0, 8), (1, 30), (2, 32), (3, 22), (4, 7), (5, 1)])
        var property = Property(addressLines: place.lines, postcode: place.postcode, uprn: uprn(index: index, rng: &rng),
                                bedrooms: bedrooms)
        let defects = chooseDefects(rng: &rng)
        applyDefects(defects, to: &property, contacts: &contacts, estate: place.estate)

        let ledgerStart: CivilDate
        if type == .sundry, let end = dates.end {
            ledgerStart = end.adding(weeks: 1).startOfISOWeek
        } else {
            ledgerStart = max(dates.start, asOf.adding(months: -rng.int(12...24))).startOfISOWeek
        }
        // A few rent cases are held by an officer other than their patch's, after caseload balancing.
        let reassigned = !type.isLeaseholdSide && rng.chance(0.02)
        let account = Account(
            ref: tenancyRef(index: index, type: type, rng: &rng), paymentRef: paymentRef(index: index),
            type: type, debtKind: debtKind, patch: patch,
            assignedTo: reassigned ? DemoUsers.agentLogin(rng.pick(DemoUsers.rentPatches)) : nil,
            startDate: dates.start, endDate: dates.end, charge: charge, chargePeriod: period,
            property: property, contacts: contacts)
        return DemoPlan(index: index, account: account, behaviour: behaviour, ledgerStart: ledgerStart,
                        chargeLines: lines, defects: defects, officer: officer)
    }

    // MARK: References

    /// `0123456/01`: seven digits from a bijection of the index (unique below ten million accounts).
    func tenancyRef(index: Int, type: AccountType, rng: inout SeededRandom) -> String {
        let number = (UInt64(index) &* 7_654_321 &+ SeededRandom.mix(seed) % 10_000_000) % 10_000_000
        let suffix = type == .sundry || rng.chance(0.06) ? "02" : "01"
        return "\(DemoAccountMaker.zeroPadded(number, 7))/\(suffix)"
    }

    /// Ten digits, never starting with zero, unique per index.
    func paymentRef(index: Int) -> String {
        let number = (UInt64(index) &* 1_234_567_891 &+ SeededRandom.mix(seed &+ 1) % 9_000_000_000) % 9_000_000_000
        return String(1_000_000_000 + number)
    }

    func uprn(index: Int, rng: inout SeededRandom) -> String? {
        if rng.chance(0.03) { return nil }
        return String(100_080_000_000 + (UInt64(index) &* 3_456_789 &+ SeededRandom.mix(seed &+ 2) % 10_000_000) % 10_000_000)
    }

    static func zeroPadded(_ value: UInt64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    // MARK: Patch, dates, behaviour

    func choosePatch(type: AccountType, rng: inout SeededRandom) -> String? {
        if rng.chance(0.005) { return nil }
        return type.isLeaseholdSide ? rng.pick(DemoUsers.leaseholdPatches) : rng.pick(DemoUsers.rentPatches)
    }

    func tenancyDates(type: AccountType, rng: inout SeededRandom) -> (start: CivilDate, end: CivilDate?) {
        let monday = asOf.startOfISOWeek
        switch type {
        case .introductory:
            return (monday.adding(weeks: -rng.int(52...74)), nil)
        case .nonSecure, .temporaryAccommodation, .temporaryLicence:
            return (monday.adding(weeks: -rng.int(14...320)), nil)
        case .garage:
            return (monday.adding(weeks: -rng.int(60...780)), nil)
        case .sundry:
            // The former tenancy ended a year or two ago; the debt's ledger starts the week after.
            let end = asOf.adding(days: -rng.int(53 * 7...103 * 7))
            return (end.adding(weeks: -rng.int(150...1000)).startOfISOWeek, end)
        case .leasehold, .freehold, .sharedOwnership:
            return (monday.adding(weeks: -rng.int(110...1800)), nil)
        case .secure:
            return (monday.adding(weeks: -rng.int(110...1600)), nil)
        }
    }

    func chooseBehaviour(type: AccountType, rng: inout SeededRandom) -> DemoBehaviour {
        switch type {
        case .garage:
            return rng.weighted([(.steady, 72), (.slipping, 10), (.nonPayer, 12), (.inCredit, 6)])
        case .sundry:
            return rng.weighted([(.steady, 35), (.lumpSum, 15), (.nonPayer, 50)])
        case .leasehold, .freehold, .sharedOwnership:
            return rng.weighted([(.steady, 62), (.slipping, 12), (.lumpSum, 12), (.nonPayer, 8), (.inCredit, 6)])
        default:
            return rng.weighted([(.steady, 50), (.universalCredit, 16), (.slipping, 10), (.lumpSum, 8),
                                 (.nonPayer, 6), (.inCredit, 10)])
        }
    }

    // MARK: Charges

    func chargeLines(type: AccountType, place: DemoPlace, rng: inout SeededRandom) -> [DemoChargeLine] {
        switch type {
        case .garage:
            return [DemoChargeLine(code: "DGR", description: "Garage rent", amount: rng.pence(1_150...2_850))]
        case .sundry:
            return []
        case .temporaryAccommodation, .temporaryLicence:
            return [DemoChargeLine(code: "DTA", description: "Temporary accommodation charge",
                                   amount: rng.pence(14_000...22_000))]
        case .leasehold, .freehold, .sharedOwnership:
            let demand: Money = type == .freehold ? rng.pence(9_000...26_000) : rng.pence(42_000...148_000)
            return [DemoChargeLine(code: "DLS", description: "Service charge demand", amount: demand)]
        default:
            var lines = [DemoChargeLine(code: "DBR", description: "Basic rent", amount: rng.pence(9_000...19_500))]
            if place.estate != nil, rng.chance(0.35) {
                lines.append(DemoChargeLine(code: "DSC", description: "Service charge", amount: rng.pence(300...1_900)))
            }
            if rng.chance(0.2) {
                lines.append(DemoChargeLine(code: "DWR", description: "Water rates", amount: rng.pence(400...880)))
            }
            if place.estate != nil, rng.chance(0.06) {
                lines.append(DemoChargeLine(code: "DHT", description: "Heating charge", amount: rng.pence(500...1_400)))
            }
            return lines
        }
    }

    // MARK: People

    func household(type: AccountType, background: NameBackground, rng: inout SeededRandom) -> [Contact] {
        let lead = rng.person(from: background)
        var people: [(DemoPerson, Bool)] = [(lead, true)]
        if type != .garage, type != .sundry, rng.chance(type.isLeaseholdSide ? 0.3 : 0.22) {
            let sameName = rng.chance(0.6)
            people.append((rng.person(from: sameName ? background : rng.background(),
                                      surname: sameName ? lead.lastName : nil), true))
        }
        if !type.isLeaseholdSide, type != .garage, rng.chance(0.12) {
            people.append((rng.person(from: background, surname: lead.lastName), false))
        }
        let livesElsewhere = (type.isLeaseholdSide && rng.chance(0.25)) || (type == .sundry && rng.chance(0.7))
        let correspondence: [String]? = livesElsewhere ? correspondenceAddress(rng: &rng) : nil
        var contacts: [Contact] = []
        for (offset, (person, responsible)) in people.enumerated() {
            contacts.append(Contact(id: offset + 1, responsible: responsible, title: person.title,
                                    firstName: person.firstName, lastName: person.lastName,
                                    phones: phones(rng: &rng), emails: emails(for: person, rng: &rng),
                                    correspondenceAddress: responsible ? correspondence : nil))
        }
        return contacts
    }

    func correspondenceAddress(rng: inout SeededRandom) -> [String] {
        if rng.chance(0.12) { return rng.pick(DemoAddresses.abroad) }
        let (lines, postcode) = rng.pick(DemoAddresses.elsewhereInUK)
        return lines + [postcode]
    }

    /// Numbers from Ofcom's ranges kept for drama (07700 900xxx and 020 7946 0xxx): never a real line.
    func phones(rng: inout SeededRandom) -> [String] {
        let count = rng.weighted([(0, 7), (1, 58), (2, 28), (3, 7)])
        var phones: [String] = []
        for n in 0..<count {
            let digits = DemoAccountMaker.zeroPadded(UInt64(rng.int(0...999)), 3)
            if n == 1 && rng.chance(0.6) {
                phones.append("020 7946 0\(digits)")
            } else {
                phones.append(rng.weighted([("07700 900\(digits)", 70), ("07700900\(digits)", 20),
                                            ("+44 7700 900\(digits)", 10)]))
            }
        }
        return phones
    }

    /// Addresses at the domains reserved for examples, so that no message can reach anyone.
    func emails(for person: DemoPerson, rng: inout SeededRandom) -> [String] {
        guard rng.chance(0.55) else { return [] }
        let first = DemoAccountMaker.emailNames[person.firstName] ?? DemoAccountMaker.emailSafe(person.firstName)
        let last = DemoAccountMaker.emailNames[person.lastName] ?? DemoAccountMaker.emailSafe(person.lastName)
        let local = rng.weighted([("\(first).\(last)", 50), ("\(first)\(last)\(rng.int(1...99))", 30),
                                  ("\(first.prefix(1))\(last)", 20)])
        return ["\(local)@\(rng.pick(["example.com", "example.org", "example.net"]))"]
    }

    /// Every pool name in its email form, worked out once (folding accents is slow).
    static let emailNames: [String: String] = {
        var names: [String: String] = [:]
        for background in DemoNames.backgrounds {
            for name in background.women + background.men + background.surnames { names[name] = emailSafe(name) }
        }
        return names
    }()

    static func emailSafe(_ name: String) -> String {
        let special: [Character: String] = ["Ł": "L", "ł": "l", "ı": "i", "Đ": "D", "đ": "d", "ß": "ss"]
        var out = ""
        for ch in name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) {
            if let replacement = special[ch] { out += replacement.lowercased(); continue }
            if ch.isASCII, ch.isLetter { out.append(ch) }
        }
        return out.lowercased()
    }

    // MARK: Bad data

    func chooseDefects(rng: inout SeededRandom) -> [DemoDefect] {
        var defects: [DemoDefect] = []
        if rng.chance(0.006) { defects.append(.missingPostcode) }
        if rng.chance(0.003) { defects.append(.incompletePostcode) }
        if rng.chance(0.006) { defects.append(.noResponsibleContact) }
        if rng.chance(0.004) { defects.append(.eightLineAddress) }
        if rng.chance(0.01) { defects.append(.contactWithoutPhone) }
        return defects
    }

    func applyDefects(_ defects: [DemoDefect], to property: inout Property, contacts: inout [Contact],
                      estate: DemoEstate?) {
        for defect in defects {
            switch defect {
            case .missingPostcode:
                property.postcode = nil
            case .incompletePostcode:
                property.postcode = property.postcode.map { String($0.prefix(while: { $0 != " " })) }
            case .noResponsibleContact:
                for i in contacts.indices { contacts[i].responsible = false }
            case .eightLineAddress:
                let block = estate?.blocks.first ?? "Kingsmead House"
                property.addressLines = ["Flat 3", "Second Floor", "Block B", block, estate?.name ?? "Kingsmead Estate",
                                         estate?.street ?? "Kingsmead Way", "Hackney", "London"]
            case .contactWithoutPhone:
                for i in contacts.indices { contacts[i].phones = [] }
            }
        }
    }
}
