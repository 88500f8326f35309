/// SplitMix64: small, fast and the same on every platform, so a seed always gives the same cases.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Compact synthetic cases for the engine's benchmark and property tests: about 30 ledger lines each,
/// a realistic mix of account types and payment behaviour, and the diary, notices, agreements, court
/// cases, holds and pauses that make every rule reachable. Strings are shared, so a million cases fit in memory.
enum SyntheticCases {
    static let contact = [Contact(id: 1, responsible: true, title: "Ms", firstName: "Amara", lastName: "Okafor")]
    static let property = Property(addressLines: ["Flat 1 Nisbet House", "Homerton High Street", "London"], postcode: "E9 6AA")
    static let diaryCodes = ["GAT", "IC1", "IC2", "IC4", "BLI", "CBL", "CBV", "WPA", "OTC", "VIM", "LL1", "LL2", "SLB",
                             "MW1", "MW2", "MW3", "DCL", "DRF", "LRL", "NTQ", "NOP", "S02"]

    static func make(count: Int, seed: UInt64, asOf: CivilDate) -> [CaseFile] {
        var rng = SeededGenerator(seed: seed)
        var cases: [CaseFile] = []
        cases.reserveCapacity(count)
        for i in 0..<count { cases.append(make(index: i, asOf: asOf, rng: &rng)) }
        return cases
    }

    static func make(index: Int, asOf: CivilDate, rng: inout SeededGenerator) -> CaseFile {
        let type = accountType(Int.random(in: 0..<100, using: &rng))
        let leasehold = type.isLeaseholdSide
        let period: ChargePeriod = leasehold ? .halfYearly : (type == .garage ? .monthly : .weekly)
        let charge = Money(pence: leasehold ? Int64.random(in: 40_000...150_000, using: &rng)
                           : (type == .garage ? Int64.random(in: 3_000...9_000, using: &rng)
                              : (type == .sundry ? 0 : Int64.random(in: 9_000...22_000, using: &rng))))
        let ref = String(100_000 + index)
        var account = Account(ref: ref, paymentRef: "PR" + ref, type: type,
                              debtKind: leasehold ? (Bool.random(using: &rng) ? .serviceCharge : .majorWorks) : nil,
                              patch: "E0\(index % 8 + 1)", startDate: asOf.adding(days: -900), charge: charge,
                              chargePeriod: period, property: property, contacts: contact)
        if Int.random(in: 0..<100, using: &rng) < 2 { account.endDate = asOf.adding(days: -Int.random(in: 0...60, using: &rng)) }
        var file = CaseFile(account: account)
        file.transactions = ledger(type: type, charge: charge, asOf: asOf, rng: &rng)
        let balance = file.transactions.balance(asOf: asOf)
        addHistory(to: &file, balance: balance, asOf: asOf, rng: &rng)
        return file
    }

    static func accountType(_ roll: Int) -> AccountType {
        switch roll {
        case 0..<70: return .secure
        case 70..<75: return .introductory
        case 75..<79: return .nonSecure
        case 79..<82: return .temporaryAccommodation
        case 82..<83: return .temporaryLicence
        case 83..<88: return .garage
        case 88..<90: return .sundry
        case 90..<95: return .leasehold
        case 95..<97: return .freehold
        default: return .sharedOwnership
        }
    }

    /// About 30 lines: an opening balance, then charges and payments in one of six behaviours.
    static func ledger(type: AccountType, charge: Money, asOf: CivilDate, rng: inout SeededGenerator) -> [LedgerTransaction] {
        var lines: [LedgerTransaction] = []
        lines.reserveCapacity(32)
        let behaviour = Int.random(in: 0..<6, using: &rng)
        let opening = Money(pence: Int64.random(in: -5_000...(behaviour == 5 ? 0 : 400_000), using: &rng))
        let weeks = 15
        let start = asOf.startOfISOWeek.adding(weeks: -weeks)
        lines.append(LedgerTransaction(date: start.adding(days: -1), code: type == .sundry ? "DFT" : "DAJ", description: "", amount: opening))
        for w in 0...weeks {
            let monday = start.adding(weeks: w)
            if type.isLeaseholdSide {
                if w % 13 == 0 { lines.append(LedgerTransaction(date: monday, code: "DLS", description: "", amount: charge)) }
            } else if type == .garage {
                if w % 4 == 0 { lines.append(LedgerTransaction(date: monday, code: "DGR", description: "", amount: charge)) }
            } else if charge.isPositive {
                lines.append(LedgerTransaction(date: monday, code: "DBR", description: "", amount: charge))
            }
            let weekly = type.isLeaseholdSide || type == .garage ? Money(pence: charge.pence / 4) : charge
            let paid: Int64
            switch behaviour {
            case 0: paid = weekly.pence                                                     // steady
            case 1: paid = w % 4 == 3 ? weekly.pence * 4 : 0                               // monthly UC
            case 2: paid = w < weeks / 2 ? weekly.pence : weekly.pence / 3                 // slipping
            case 3: paid = w == weeks / 2 ? Int64.random(in: 10_000...200_000, using: &rng) : 0  // lump sum
            case 4: paid = 0                                                                // non-payer
            default: paid = weekly.pence + 1_000                                            // in credit
            }
            if paid > 0 {
                let day = monday.adding(days: Int.random(in: 0...6, using: &rng))
                if day <= asOf { lines.append(LedgerTransaction(date: day, code: w % 2 == 0 ? "RPY" : "RHB", description: "", amount: Money(pence: -paid))) }
            }
        }
        lines.sort { $0.date < $1.date }
        return lines
    }

    static func addHistory(to file: inout CaseFile, balance: Money, asOf: CivilDate, rng: inout SeededGenerator) {
        let diaryCount = Int.random(in: 0...4, using: &rng)
        for n in 0..<diaryCount {
            let code = diaryCodes[Int.random(in: 0..<diaryCodes.count, using: &rng)]
            let day = asOf.adding(days: -Int.random(in: 0...200, using: &rng))
            file.diary.append(DiaryEntry(id: n + 1, at: Timestamp(secondsSinceEpoch: Int64(day.dayNumber) * 86_400 + 36_000),
                                         code: code, comment: code == "S02" ? "Policy generated" : "", user: "system", balance: balance))
        }
        file.diary.sort { $0.at < $1.at }
        let roll = Int.random(in: 0..<100, using: &rng)
        if roll < 15, file.account.type != .sundry {
            let kind: NoticeKind = switch file.account.type {
            case .secure: .noticeOfSeekingPossession
            case .introductory: .noticeOfProceedings
            case .leasehold, .freehold, .sharedOwnership: .letterBeforeAction
            default: .noticeToQuit
            }
            let served = asOf.adding(days: -Int.random(in: 0...500, using: &rng))
            var notice = NoticeSchedule.notice(id: 1, kind: kind, servedOn: served, account: file.account, policy: .default)
            if kind == .noticeOfProceedings && Bool.random(using: &rng) { notice.reviewRequestedOn = served.adding(days: 10) }
            file.notices.append(notice)
        }
        if roll >= 15 && roll < 30 { addAgreement(to: &file, balance: balance, asOf: asOf, rng: &rng) }
        if roll >= 25 && roll < 33 { addCourtCase(to: &file, asOf: asOf, rng: &rng) }
        if roll == 33 { file.evictions.append(Eviction(id: 1, date: asOf.adding(days: Int.random(in: -60...30, using: &rng)))) }
        if roll >= 34 && roll < 38 {
            let kind = HoldKind.allCases[Int.random(in: 0..<HoldKind.allCases.count, using: &rng)]
            let start = asOf.adding(days: -Int.random(in: 0...90, using: &rng))
            file.holds.append(Hold(id: 1, kind: kind, start: start, end: nil,
                                   debtAtStart: kind.isBreathingSpace ? Money(pence: max(0, balance.pence - 5_000)) : nil))
        }
        if roll >= 38 && roll < 41 {
            file.pause = Pause(until: asOf.adding(days: Int.random(in: -10...20, using: &rng)), reason: .promiseOfPayment,
                               comment: "", setBy: "system", setAt: Timestamp(london: asOf.adding(days: -20)))
        }
        if roll == 41 {
            let at = Timestamp(london: asOf.adding(days: -3))
            file.letters.append(Letter(id: "L1", accountRef: file.ref, templateId: "letter_1", contactId: 1, status: .failed,
                                       author: "system", createdAt: at, updatedAt: at))
        }
    }

    static func addAgreement(to file: inout CaseFile, balance: Money, asOf: CivilDate, rng: inout SeededGenerator) {
        let start = asOf.adding(days: -Int.random(in: 0...200, using: &rng))
        let frequency = AgreementFrequency.allCases[Int.random(in: 0..<AgreementFrequency.allCases.count, using: &rng)]
        let formal = Int.random(in: 0..<4, using: &rng) == 0
        var history = [AgreementStateChange(state: .live, date: start, description: "Agreement created")]
        if Bool.random(using: &rng) { history.append(AgreementStateChange(state: .breached, date: start.adding(days: 30), description: "Breached")) }
        file.agreements.append(Agreement(id: 1, kind: formal ? .formal : .informal, pattern: frequency == .oneOff ? .oneOff : .regular,
                                         frequency: frequency, instalment: Money(pence: Int64.random(in: 500...5_000, using: &rng)),
                                         startDate: start, startingBalance: Money(pence: max(balance.pence, 10_000)),
                                         courtCaseId: formal ? 1 : nil, createdBy: "system",
                                         createdAt: Timestamp(london: start.adding(days: -1)), history: history))
    }

    static func addCourtCase(to file: inout CaseFile, asOf: CivilDate, rng: inout SeededGenerator) {
        let hearing = asOf.adding(days: Int.random(in: -400...40, using: &rng))
        let outcome: CourtOutcome? = hearing >= asOf || Int.random(in: 0..<5, using: &rng) == 0
            ? nil : CourtOutcome.allCases[Int.random(in: 0..<CourtOutcome.allCases.count, using: &rng)]
        file.courtCases.append(CourtCase(id: 1, hearingDate: hearing, outcome: outcome, terms: outcome?.canHaveTerms == true ? Bool.random(using: &rng) : nil))
    }
}
