/// Hackney-like places for the synthetic caseload. Estate and street names are public place names; flat
/// numbers, blocks' postcodes and every person are invented. Postcodes are valid in form (the districts
/// E5, E8, E9, N1, N4 and N16; inward codes use only the letters Royal Mail allows) but are not checked
/// against the Postcode Address File.
struct DemoEstate: Sendable {
    var name: String
    var street: String
    var district: String
    var sector: Int
    var blocks: [String]
    var east: Bool
}

struct DemoStreet: Sendable {
    var name: String
    var district: String
    var sector: Int
    var east: Bool
}

enum DemoAddresses {
    static let estates: [DemoEstate] = [
        DemoEstate(name: "Nightingale Estate", street: "Rendlesham Road", district: "E5", sector: 8,
                   blocks: ["Rachel Court", "Southwold House", "Fountayne House", "Carroll Court"], east: true),
        DemoEstate(name: "Clapton Park Estate", street: "Mandeville Street", district: "E5", sector: 0,
                   blocks: ["Ashpark House", "Sorensen Court", "Blackwell House", "Daubeney Tower"], east: true),
        DemoEstate(name: "Pembury Estate", street: "Dalston Lane", district: "E8", sector: 1,
                   blocks: ["Bristol House", "Cardiff House", "Derby House", "Exeter House"], east: true),
        DemoEstate(name: "Holly Street Estate", street: "Holly Street", district: "E8", sector: 3,
                   blocks: ["Lomas Court", "Rowe House", "Cedar Tower", "Fortune House"], east: true),
        DemoEstate(name: "Rhodes Estate", street: "Dalston Lane", district: "E8", sector: 2,
                   blocks: ["Wilmott House", "Holmbrook House", "Pitcairn House"], east: true),
        DemoEstate(name: "Kingsmead Estate", street: "Kingsmead Way", district: "E9", sector: 5,
                   blocks: ["Kingsmead House", "Sudbury Court", "Ravenscourt", "Hilsea Point"], east: true),
        DemoEstate(name: "Gascoyne Estate", street: "Gascoyne Road", district: "E9", sector: 7,
                   blocks: ["Ada House", "Wendon House", "Gascoyne House", "Vanner Point"], east: true),
        DemoEstate(name: "Frampton Park Estate", street: "Frampton Park Road", district: "E9", sector: 7,
                   blocks: ["Wilton Court", "Bradstock House", "Cheyney House", "Ribstone House"], east: true),
        DemoEstate(name: "Homerton Estate", street: "Homerton High Street", district: "E9", sector: 6,
                   blocks: ["Nisbet House", "Banister House", "Marcon Court", "Wardle House"], east: true),
        DemoEstate(name: "Kings Crescent Estate", street: "Murrain Road", district: "N4", sector: 2,
                   blocks: ["Ashby House", "Kinefold House", "Meredith Court", "Pike House"], east: false),
        DemoEstate(name: "Woodberry Down Estate", street: "Seven Sisters Road", district: "N4", sector: 1,
                   blocks: ["Needwood House", "Rowley Gardens", "Burtonhole Court", "Ashdale House"], east: false),
        DemoEstate(name: "Wenlock Barn Estate", street: "Wenlock Street", district: "N1", sector: 7,
                   blocks: ["Wimbourne Court", "Tiverton House", "Bracklyn Court", "Kenning House"], east: false),
        DemoEstate(name: "De Beauvoir Estate", street: "Downham Road", district: "N1", sector: 5,
                   blocks: ["Kingsland House", "Rozel Court", "Hertford House", "Corbiere House"], east: false),
        DemoEstate(name: "Colville Estate", street: "Nuttall Street", district: "N1", sector: 6,
                   blocks: ["Caliban Tower", "Bridport House", "Colville House"], east: false),
        DemoEstate(name: "Stamford Hill Estate", street: "Stamford Hill", district: "N16", sector: 6,
                   blocks: ["Lynmouth House", "Hillside Court", "Beechwood House", "Gibson Court"], east: false),
        DemoEstate(name: "Lordship South Estate", street: "Lordship Road", district: "N16", sector: 0,
                   blocks: ["Wordsworth House", "Redmond House", "Bethune House"], east: false),
        DemoEstate(name: "Milton Gardens Estate", street: "Milton Grove", district: "N16", sector: 8,
                   blocks: ["Nevill Court", "Milton House", "Howard Court"], east: false),
    ]

    static let streets: [DemoStreet] = [
        DemoStreet(name: "Median Road", district: "E5", sector: 0, east: true),
        DemoStreet(name: "Chatsworth Road", district: "E5", sector: 0, east: true),
        DemoStreet(name: "Lower Clapton Road", district: "E5", sector: 0, east: true),
        DemoStreet(name: "Mare Street", district: "E8", sector: 1, east: true),
        DemoStreet(name: "Amhurst Road", district: "E8", sector: 2, east: true),
        DemoStreet(name: "Cassland Road", district: "E9", sector: 7, east: true),
        DemoStreet(name: "Well Street", district: "E9", sector: 7, east: true),
        DemoStreet(name: "Evering Road", district: "N16", sector: 7, east: false),
        DemoStreet(name: "Albion Road", district: "N16", sector: 9, east: false),
        DemoStreet(name: "Stoke Newington Church Street", district: "N16", sector: 0, east: false),
        DemoStreet(name: "Blackstock Road", district: "N4", sector: 2, east: false),
        DemoStreet(name: "Green Lanes", district: "N4", sector: 1, east: false),
        DemoStreet(name: "Essex Road", district: "N1", sector: 3, east: false),
        DemoStreet(name: "Mortimer Road", district: "N1", sector: 4, east: false),
        DemoStreet(name: "Pitfield Street", district: "N1", sector: 6, east: false),
    ]

    static func estates(east: Bool?) -> [DemoEstate] {
        switch east {
        case .some(true): return eastEstates
        case .some(false): return westEstates
        case .none: return estates
        }
    }

    static func streets(east: Bool?) -> [DemoStreet] {
        switch east {
        case .some(true): return eastStreets
        case .some(false): return westStreets
        case .none: return streets
        }
    }

    private static let eastEstates = estates.filter(\.east)
    private static let westEstates = estates.filter { !$0.east }
    private static let eastStreets = streets.filter(\.east)
    private static let westStreets = streets.filter { !$0.east }

    /// Letters Royal Mail uses in the inward code (never C, I, K, M, O or V).
    static let unitLetters: [Character] = Array("ABDEFGHJLNPQRSTUWXYZ")

    /// A stable postcode for a place: the same block always gets the same postcode.
    static func postcode(district: String, sector: Int, place: String) -> String {
        var hash: UInt64 = 1469598103934665603
        for byte in place.utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
        let count = UInt64(unitLetters.count)
        let first = unitLetters[Int(hash % count)]
        let second = unitLetters[Int((hash / count) % count)]
        return "\(district) \(sector)\(first)\(second)"
    }

    /// Where leaseholders who let their flat, and a few former tenants, now live.
    static let elsewhereInUK: [([String], String)] = [
        (["27 Chase Side", "Enfield"], "EN2 6NB"),
        (["14 Station Road", "Chingford", "London"], "E4 7BJ"),
        (["3 Marlowe Close", "Chelmsford"], "CM1 2XE"),
        (["Flat 8", "101 Deansgate", "Manchester"], "M3 2BQ"),
        (["62 Cranbrook Road", "Ilford"], "IG1 4PG"),
        (["9 The Parade", "Watford"], "WD17 1LQ"),
        (["118 Hoe Street", "Walthamstow", "London"], "E17 4QR"),
        (["5 Harbour View", "Southend-on-Sea"], "SS1 2EH"),
    ]

    static let abroad: [[String]] = [
        ["Calle de Alcalá 48", "28014 Madrid", "Spain"],
        ["12 Allen Avenue", "Ikeja", "Lagos", "Nigeria"],
        ["Rue de la Loi 16", "1000 Bruxelles", "Belgium"],
        ["Atatürk Caddesi 21", "Kadıköy", "İstanbul", "Turkey"],
        ["ul. Floriańska 7", "31-019 Kraków", "Poland"],
    ]
}

/// A property the generator places an account in.
struct DemoPlace: Sendable {
    var lines: [String]
    var postcode: String
    var east: Bool
    var estate: DemoEstate?
}

extension SeededRandom {
    /// A home: mostly flats on estates, some street properties (houses and conversions).
    mutating func home(east: Bool?) -> DemoPlace {
        if chance(0.78) {
            let estate = estateOn(east: east)
            let block = pick(estate.blocks)
            let flat = int(1...140)
            let lines: [String]
            switch int(0...3) {
            case 0: lines = ["Flat \(flat)", block, estate.street, "London"]
            case 1: lines = ["Flat \(flat) \(block)", estate.name, estate.street, "London"]
            default: lines = ["\(flat) \(block)", estate.street, "London"]
            }
            let postcode = DemoAddresses.postcode(district: estate.district, sector: estate.sector, place: block)
            return DemoPlace(lines: lines, postcode: postcode, east: estate.east, estate: estate)
        }
        let street = pick(DemoAddresses.streets(east: east))
        let number = int(1...220)
        let lines = chance(0.5)
            ? ["\(number) \(street.name)", "London"]
            : ["Flat \(pick(["A", "B", "C", "1", "2", "3"]))", "\(number) \(street.name)", "London"]
        let postcode = DemoAddresses.postcode(district: street.district, sector: street.sector,
                                              place: "\(street.name) \(number / 20)")
        return DemoPlace(lines: lines, postcode: postcode, east: street.east, estate: nil)
    }

    /// A lock-up garage on an estate.
    mutating func garage(east: Bool?) -> DemoPlace {
        let estate = estateOn(east: east)
        let lines = ["Garage \(int(1...60))", estate.name, estate.street, "London"]
        let postcode = DemoAddresses.postcode(district: estate.district, sector: estate.sector, place: estate.name)
        return DemoPlace(lines: lines, postcode: postcode, east: estate.east, estate: estate)
    }

    private mutating func estateOn(east: Bool?) -> DemoEstate {
        pick(DemoAddresses.estates(east: east))
    }
}
