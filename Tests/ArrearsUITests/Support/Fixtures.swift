import ArrearsCore

/// The fixture caseload. Every summary's balance is its case file's ledger balance.
enum Fixtures {
    static let asOf = CivilDate(year: 2026, month: 3, day: 11)!
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int = 10, _ min: Int = 0) -> Timestamp {
        Timestamp(london: date(y, m, d), hour: h, minute: min)
    }

    struct Spec {
        var ref: String
        var type: AccountType = .secure
        var debt: DebtKind?
        var patch: String?
        var officer: String?
        var title: String = "Ms"
        var first: String
        var last: String
        var address: [String]
        var postcode: String
        var band: Band
        var score: Int
        var action: (String, String)
        var days: Int
        var lastAction: (String, CivilDate)?
        var lastLetter: (String, CivilDate)?
    }

    static let specs: [Spec] = [
        Spec(ref: "0101001/01", patch: "E01", officer: "aagent", first: "Ada", last: "Okafor",
             address: ["Flat 12 Nisbet House", "Homerton High Street", "London"], postcode: "E9 6AB", band: .red, score: 512,
             action: ("send_NOSP", "Send NOSP"), days: 140, lastAction: ("VIU", date(2026, 3, 9))),
        Spec(ref: "0101002/01", type: .introductory, patch: "E01", officer: "aagent", first: "Zoë", last: "Łukasiewicz",
             address: ["3 Mare Street", "London"], postcode: "E8 4RP", band: .amber, score: 230,
             action: ("send_letter_two", "Send letter two"), days: 63, lastAction: ("IC1", date(2026, 2, 25))),
        Spec(ref: "0101003/01", patch: "E02", officer: "aagent", title: "Mr", first: "An", last: "Nguyễn Văn",
             address: ["44 Homerton High Street", "London"], postcode: "E9 6JQ", band: .green, score: 80,
             action: ("send_letter_one", "Send letter one"), days: 21, lastAction: ("OTC", date(2026, 3, 2))),
        Spec(ref: "0101004/01", type: .temporaryAccommodation, patch: "E01", officer: "aagent", title: "Mr", first: "Oluwaseun",
             last: "Adeyemi", address: ["7 Clapton Square", "London"], postcode: "E5 8HP", band: .red, score: 640,
             action: ("apply_for_court_date", "Apply for court date"), days: 210, lastAction: ("IC4", date(2026, 2, 10))),
        Spec(ref: "0101005/01", patch: "E02", officer: "aagent", first: "Aoife", last: "Byrne",
             address: ["19 Stoke Newington Church Street", "London"], postcode: "N16 0JL", band: .amber, score: 150,
             action: ("send_letter_two", "Send letter two"), days: 50, lastAction: ("POP", date(2026, 3, 6))),
        Spec(ref: "0101006/01", type: .garage, patch: "E01", officer: "aagent", title: "Mr", first: "Marcus", last: "Bell",
             address: ["Garage 14 Frampton Park", "London"], postcode: "E9 7PQ", band: .green, score: 40,
             action: ("no_action", "No action"), days: 10, lastAction: nil),
        Spec(ref: "0101007/01", patch: "E01", officer: "aagent", first: "Priya", last: "Shah",
             address: ["21 Well Street", "London"], postcode: "E9 7PX", band: .red, score: 700,
             action: ("apply_for_outright_possession_warrant", "Apply for outright possession warrant"), days: 300,
             lastAction: ("EDS", date(2026, 2, 27))),
        Spec(ref: "0101008/01", type: .nonSecure, patch: "W01", officer: "wagent", title: "Mr", first: "Kwame", last: "Mensah",
             address: ["5 Kenninghall Road", "London"], postcode: "E5 8BS", band: .amber, score: 300,
             action: ("send_letter_two", "Send letter two"), days: 70, lastAction: ("BSS", date(2026, 2, 20))),
        Spec(ref: "0101009/01", patch: nil, officer: nil, first: "Chloe", last: "Martin",
             address: ["2 Amhurst Road", "London"], postcode: "E8 1JH", band: .green, score: 10,
             action: ("send_first_SMS", "Send first SMS"), days: 7, lastAction: nil),
        Spec(ref: "0101010/01", patch: "E02", officer: "aagent", title: "Mr", first: "Tom", last: "Baker",
             address: ["8 Paragon Road", "London"], postcode: "E9 6NR", band: .green, score: 0,
             action: ("no_action", "No action"), days: 0, lastAction: ("RPY", date(2026, 3, 5))),
        Spec(ref: "LH0001", type: .leasehold, debt: .serviceCharge, patch: "SC1", officer: "lofficer", first: "Hannah", last: "Cohen",
             address: ["Flat 3 Pembury Estate", "London"], postcode: "E8 1EN", band: .red, score: 420,
             action: ("send_letter_two", "Send letter two (leasehold)"), days: 120, lastAction: ("LL1", date(2026, 1, 15)),
             lastLetter: ("LL1", date(2026, 1, 15))),
        Spec(ref: "LH0002", type: .sharedOwnership, debt: .majorWorks, patch: "SC1", officer: "lofficer", title: "Mr", first: "Sam",
             last: "Okonkwo", address: ["Flat 9 Kings Crescent", "London"], postcode: "N4 2XA", band: .amber, score: 310,
             action: ("send_letter_before_action", "Send letter before action"), days: 200, lastAction: ("LS2", date(2025, 12, 1)),
             lastLetter: ("LS2", date(2025, 12, 1))),
        Spec(ref: "LH0003", type: .freehold, debt: .serviceCharge, patch: "SC2", officer: nil, first: "Ruth", last: "Adams",
             address: ["4 Cassland Road", "London"], postcode: "E9 7AL", band: .green, score: 30,
             action: ("send_letter_one", "Send letter one (freehold)"), days: 30, lastAction: nil, lastLetter: nil),
    ]

    /// Target balances in pence, by reference.
    static let balances: [String: Int64] = [
        "0101001/01": 153_000, "0101002/01": 64_050, "0101003/01": 21_200, "0101004/01": 231_075, "0101005/01": 45_000,
        "0101006/01": 9_500, "0101007/01": 312_000, "0101008/01": 88_000, "0101009/01": 1_500, "0101010/01": -4_000,
        "LH0001": 185_040, "LH0002": 1_250_000, "LH0003": 30_000,
    ]

    static let cases: [CaseFile] = specs.map(caseFile)
    static let summaries: [CaseSummary] = zip(specs, cases).map { summary($0, $1) }

    static func caseFile(_ s: Spec) -> CaseFile {
        let contacts = [Contact(id: 1, responsible: true, title: s.title, firstName: s.first, lastName: s.last,
                                phones: ["07700 900\(s.ref.prefix(7).suffix(3))"], emails: ["\(s.first.lowercased())@example.com"])]
        let account = Account(ref: s.ref, paymentRef: "8\(s.ref.filter(\.isNumber).prefix(9))", type: s.type, debtKind: s.debt,
                              patch: s.patch, assignedTo: nil, startDate: date(2019, 4, 1),
                              charge: s.type.isLeaseholdSide ? Money(pounds: 900) : Money(pounds: 120),
                              chargePeriod: s.type.isLeaseholdSide ? .halfYearly : .weekly,
                              property: Property(addressLines: s.address, postcode: s.postcode, uprn: "10002104\(s.ref.suffix(4).filter(\.isNumber))",
                                                 bedrooms: s.type == .garage ? nil : 2),
                              contacts: contacts)
        var file = CaseFile(account: account)
        file.transactions = [LedgerTransaction(date: date(2026, 1, 5), code: "DAJ", description: "Arrears brought forward",
                                               amount: Money(pence: balances[s.ref]!))]
        if let (code, when) = s.lastAction {
            file.diary = [DiaryEntry(id: 1, at: Timestamp(london: when, hour: 11, minute: 30), code: code,
                                     comment: "Recorded by the fixture.", user: s.officer ?? "system", balance: Money(pence: balances[s.ref]!))]
        }
        switch s.ref {
        case "0101001/01": detailAdaOkafor(&file)
        case "0101003/01":
            file.agreements = [Agreement(id: 1, kind: .informal, pattern: .regular, frequency: .weekly, instalment: Money(pounds: 15),
                                         startDate: date(2026, 1, 5), startingBalance: Money(pounds: 300), createdBy: "aagent",
                                         createdAt: at(2026, 1, 5), history: [AgreementStateChange(state: .live, date: date(2026, 1, 5), description: "Agreed by phone")])]
        case "0101004/01":
            file.notices = [Notice(id: 1, kind: .noticeOfSeekingPossession, servedOn: date(2025, 10, 1),
                                   mayBeginOn: date(2025, 10, 29), validUntil: date(2026, 10, 29))]
            file.courtCases = [CourtCase(id: 1, hearingDate: date(2026, 4, 14), hearingMinutes: 630)]
        case "0101005/01":
            file.pause = Pause(until: date(2026, 3, 20), reason: .promiseOfPayment, comment: "Promised £200 on payday.",
                               setBy: "aagent", setAt: at(2026, 3, 6))
        case "0101007/01":
            file.courtCases = [CourtCase(id: 1, hearingDate: date(2025, 6, 10), hearingMinutes: 600, outcome: .suspensionOnTerms,
                                         outcomeDate: date(2025, 6, 10), terms: true, disrepairCounterClaim: false)]
            file.evictions = [Eviction(id: 1, date: date(2026, 3, 25))]
        case "0101008/01":
            file.holds = [Hold(id: 1, kind: .breathingSpaceStandard, start: date(2026, 2, 20), end: date(2026, 4, 21),
                               reference: "BS-2026-0042", debtAtStart: Money(pounds: 880))]
        default:
            break
        }
        return file
    }

    /// Ada Okafor's case has a year of weekly rent, water charges, slipping payments, a diary,
    /// letters (one failed) and a breached agreement: enough to fill the timeline and every pane.
    static func detailAdaOkafor(_ file: inout CaseFile) {
        var tx: [LedgerTransaction] = [LedgerTransaction(date: date(2025, 3, 3), code: "DAJ", description: "Arrears brought forward",
                                                         amount: Money(pounds: 300))]
        var monday = date(2025, 3, 3)
        var week = 0
        while monday <= asOf {
            tx.append(LedgerTransaction(date: monday, code: "DBR", description: "Basic rent", amount: Money(pounds: 120)))
            if monday >= date(2025, 9, 1) {
                tx.append(LedgerTransaction(date: monday, code: "DWR", description: "Water rates", amount: Money(pence: 550)))
            }
            let thursday = monday.adding(days: 3)
            if thursday <= asOf {
                if monday < date(2025, 10, 6) {
                    tx.append(LedgerTransaction(date: thursday, code: "RHB", description: "Housing Benefit", amount: Money(pounds: -110)))
                } else if week % 2 == 0 {
                    tx.append(LedgerTransaction(date: thursday, code: "RPY", description: "Payment", amount: Money(pounds: -150)))
                }
            }
            monday = monday.adding(weeks: 1)
            week += 1
        }
        let sum = tx.reduce(Int64(0)) { $0 + $1.amount.pence }
        // A credit adjustment brings the ledger to the summary's balance.
        tx.append(LedgerTransaction(date: date(2026, 3, 10), code: "CAJ", description: "Credit adjustment",
                                    amount: Money(pence: balances[file.ref]! - sum)))
        file.transactions = tx.sorted { $0.date < $1.date }
        file.diary = [
            DiaryEntry(id: 1, at: at(2025, 11, 10, 8), code: "IC1", comment: "Letter 1 sent automatically.", user: "system", balance: Money(pounds: 640)),
            DiaryEntry(id: 2, at: at(2026, 1, 12, 8), code: "IC2", comment: "Letter 2 sent automatically.", user: "system", balance: Money(pounds: 1010)),
            DiaryEntry(id: 3, at: at(2026, 2, 20, 14, 5), code: "OTC",
                       comment: "Called Ms Okafor. She said Housing Benefit stopped in October when her hours changed and she has applied for Universal Credit. Promised £50 extra each fortnight from March.",
                       user: "aagent", balance: Money(pounds: 1390)),
            DiaryEntry(id: 4, at: at(2026, 3, 9, 16, 40), code: "VIU", comment: "Visited, no answer. Card left.", user: "aagent",
                       balance: Money(pence: 148_000)),
        ]
        file.letters = [
            Letter(id: "L1", accountRef: file.ref, templateId: "letter_1", contactId: 1, status: .sent, author: "system",
                   createdAt: at(2025, 11, 10, 8), updatedAt: at(2025, 11, 11, 8)),
            Letter(id: "L2", accountRef: file.ref, templateId: "letter_2", contactId: 1, status: .failed, author: "system",
                   createdAt: at(2026, 1, 12, 8), updatedAt: at(2026, 1, 12, 9),
                   validationErrors: ["Address line 3: the last line must be a UK postcode or a country."]),
        ]
        file.agreements = [Agreement(id: 1, kind: .informal, pattern: .regular, frequency: .fortnightly, instalment: Money(pounds: 50),
                                     startDate: date(2025, 12, 1), startingBalance: Money(pounds: 900), createdBy: "aagent",
                                     createdAt: at(2025, 12, 1), notes: "Extra £50 a fortnight on top of rent.",
                                     history: [AgreementStateChange(state: .live, date: date(2025, 12, 1), description: "Agreed by phone"),
                                               AgreementStateChange(state: .breached, date: date(2026, 1, 19), checkedBalance: Money(pounds: 1130),
                                                                    expectedBalance: Money(pounds: 850), description: "Two instalments missed"),
                                               AgreementStateChange(state: .cancelled, date: date(2026, 2, 2), description: "Cancelled after breach")])]
    }

    static func summary(_ s: Spec, _ file: CaseFile) -> CaseSummary {
        CaseSummary(ref: s.ref, paymentRef: file.account.paymentRef, type: s.type, debtKind: s.debt, patch: s.patch, officer: s.officer,
                    tenantName: "\(s.first) \(s.last)", shortAddress: s.address[0], postcode: s.postcode, balance: file.balance,
                    collectableArrears: file.balance, daysInArrears: s.days, band: s.band, score: s.score, actionId: s.action.0,
                    actionLabel: s.action.1, lastActionCode: s.lastAction?.0, lastActionDate: s.lastAction?.1,
                    agreementState: file.latestAgreement?.state ?? (s.ref == "0101002/01" ? .breached : nil),
                    courtDate: file.latestCourtCase?.hearingDate, evictionDate: file.latestEviction?.date,
                    pauseUntil: file.pause?.until, pauseReason: file.pause?.reason, pauseComment: file.pause?.comment,
                    holds: file.holds.filter { $0.isActive(asOf: asOf) }.map(\.kind), lastLetterCode: s.lastLetter?.0,
                    lastLetterDate: s.lastLetter?.1, asOf: asOf, explanationJSON: "{}", version: 1)
    }
}

extension Fixtures {
    /// Audit rows for Ada Okafor's case, oldest first, as the store would hold them.
    static let auditTrail: [AuditRecord] = [
        AuditRecord(id: 1, at: at(2026, 2, 20, 14, 5), user: "aagent", operation: .addDiaryEntry, accountRef: "0101001/01",
                    summary: "Diary entry OTC added", before: nil, after: #"{"code":"OTC"}"#),
        AuditRecord(id: 2, at: at(2026, 3, 9, 16, 40), user: "aagent", operation: .addDiaryEntry, accountRef: "0101001/01",
                    summary: "Diary entry VIU added", before: nil, after: #"{"code":"VIU"}"#),
        AuditRecord(id: 3, at: at(2026, 3, 10, 9, 12), user: "tlead", operation: .reassignCases, accountRef: "0101001/01",
                    summary: "Case reassigned from wagent to aagent", before: #"{"assignedTo":"wagent","patch":"E01"}"#,
                    after: #"{"assignedTo":"aagent","patch":"E01"}"#),
    ]

    /// `count` copies of Ada Okafor's case under new references with falling scores, for lists long
    /// enough to scroll.
    static func many(_ count: Int) -> (cases: [CaseFile], summaries: [CaseSummary]) {
        var cases: [CaseFile] = []
        var summaries: [CaseSummary] = []
        for i in 0..<count {
            var spec = specs[0]
            spec.ref = "0102\(String(1000 + i).suffix(3))/01"
            spec.score = 900 - i
            spec.band = i < count / 3 ? .red : i < 2 * count / 3 ? .amber : .green
            var file = cases.isEmpty ? caseFile(specs[0]) : cases[0]
            file.account.ref = spec.ref
            cases.append(file)
            summaries.append(summary(spec, file))
        }
        return (cases, summaries)
    }
}
