import ArrearsCore
@testable import ArrearsUI

/// The fixture data answers the letter screens' questions from its case files.
extension FixtureData: LetterData {
    var letterSender: LetterSender { .example }
    func letterListings() throws -> [LetterListing] { cases.flatMap(LetterListing.listings(of:)) }
}

/// The workbench's data backed by a real store, as the executable backs it.
final class StoreLetterData: LetterData {
    let store: SQLiteCaseStore
    let currentUser: User
    var asOf: CivilDate { Fixtures.asOf }
    var letterSender: LetterSender { .example }

    init(store: SQLiteCaseStore, user: User) { self.store = store; currentUser = user }

    func summaries() throws -> [CaseSummary] { try store.summaries() }
    func loadCase(ref: String) throws -> CaseFile? { try store.loadCase(ref: ref) }
    func explanation(ref: String) throws -> String { "Explained by the fixture." }
    func snapshots() throws -> [ClassifySnapshot] { [] }
    func users() throws -> [User] { try store.users() }
    func letterCounts() throws -> [LetterStatus: Int] { try store.letterCounts() }
    func audit(ref: String) throws -> [AuditRecord] { try store.audit(ref: ref, user: nil, since: nil, limit: nil) }
    func letterListings() throws -> [LetterListing] {
        var out: [LetterListing] = []
        try store.forEachCase { out += LetterListing.listings(of: $0) }
        return LetterListing.attachingNotify(out, outbox: try store.outboxMessages(in: [.accepted, .failed], limit: nil))
    }
    func notifyMessages(ref: String) throws -> [OutboxMessage] { try store.outboxMessages(accountRef: ref) }
}

/// One caseworker at a workbench on an in-memory database: keys go to the App, confirmed requests
/// to the executors (one `CaseActions` for both, as the host has it), and outcomes back to the App.
struct LetterWorld {
    static let users = [FixtureData.agent, FixtureData.leaseholdOfficer, FixtureData.teamLead, FixtureData.westAgent,
                        FixtureData.auditor]
    static let now = Fixtures.at(2026, 3, 11, 14, 30)

    let store: SQLiteCaseStore
    let executor: LetterActionExecutor
    let work: ActionExecutor
    var app: App
    private(set) var outcomes: [LetterOutcome] = []

    init(user: User, cases: [CaseFile] = LetterFixtures.cases) throws {
        store = try SQLiteCaseStore.openInMemory()
        try store.saveUsers(LetterWorld.users)
        try store.saveCases(cases)
        try store.saveSummaries(cases.map(LetterFixtures.reclassify), snapshot: nil)
        let actions = CaseActions(store: store, user: user, now: { LetterWorld.now }, asOf: Fixtures.asOf,
                                  reclassify: LetterFixtures.reclassify)
        executor = LetterActionExecutor(actions: actions)
        work = ActionExecutor(actions: actions)
        app = App(environment: AppEnvironment(data: StoreLetterData(store: store, user: user)))
        _ = app.render(width: 80, height: 24)
    }

    /// Presses keys in binding-file notation, performing any letter request the way the host does.
    mutating func press(_ notation: String) {
        run(app.press(notation))
    }

    /// Types text into a text field: each character, and Enter for a line break.
    mutating func type(_ text: String) {
        for ch in text { run(app.handle(ch == "\n" ? .enter : .char(ch))) }
    }

    private mutating func run(_ effects: [AppEffect]) {
        for effect in effects {
            switch effect {
            case .letters(let request):
                let outcome = executor.perform(request)
                outcomes.append(outcome)
                app.finish(request, outcome)
            case .perform(let request):
                work.run(request, in: &app)
            default:
                break
            }
        }
    }

    func load(_ ref: String) throws -> CaseFile { try store.loadCase(ref: ref)! }

    /// The question on screen before a request leaves, whole (the dialog wraps it).
    var question: String? {
        if let c = app.overlay as? ConfirmPrompt { return ([c.question] + c.details).joined(separator: "\n") }
        if let r = app.overlay as? LetterReviewPrompt { return ([r.description] + r.problems).joined(separator: "\n") }
        return nil
    }

    mutating func screen(_ width: Int = 80, _ height: Int = 24) -> Grid { app.render(width: width, height: height) }
}

/// The fixture caseload with letters in every status, and a case with two named tenants.
enum LetterFixtures {
    static let jointRef = "0101011/01"

    static var cases: [CaseFile] {
        var cases = Fixtures.cases
        func letter(_ id: String, _ ref: String, _ template: String, _ status: LetterStatus, day: Int, localPrint: Bool = false,
                    errors: [String] = []) -> Letter {
            Letter(id: id, accountRef: ref, templateId: template, contactId: 1, status: status, author: "aagent",
                   createdAt: Fixtures.at(2026, 3, day, 9), updatedAt: Fixtures.at(2026, 3, day, status == .queued ? 9 : 15),
                   validationErrors: errors, localPrint: localPrint, renderedText: "Dear tenant\n\nA stored letter.\n")
        }
        let extra: [String: [Letter]] = [
            "0101002/01": [letter("rent_letter_2-20260310-0101002-01-1", "0101002/01", "rent_letter_2", .queued, day: 10)],
            "0101003/01": [letter("rent_letter_1-20260302-0101003-01-1", "0101003/01", "rent_letter_1", .cancelled, day: 2)],
            "0101008/01": [letter("rent_letter_1-20260304-0101008-01-1", "0101008/01", "rent_letter_1", .failed, day: 4,
                                  errors: ["Address: The last line must be a real UK postcode or a country"])],
            "LH0002": [letter("major_works_letter_before_action-20260305-LH0002-1", "LH0002", "major_works_letter_before_action", .sent, day: 5, localPrint: true)],
        ]
        for i in cases.indices { cases[i].letters += extra[cases[i].ref] ?? [] }
        return cases + [joint, leaseholder]
    }

    static let leaseholdRef = "LH0004"

    /// Two named responsible tenants, so a letter goes to each.
    static let jointSpec = Fixtures.Spec(ref: jointRef, patch: "E02", officer: "aagent", title: "Mr", first: "Idris", last: "Khan",
                                         address: ["6 Sylvester Path", "London"], postcode: "E8 1EN", band: .amber, score: 200,
                                         action: ("send_letter_one", "Send letter one"), days: 40)
    /// A second leaseholder owing service charges, for bulk runs with more than one ready letter.
    static let leaseholdSpec = Fixtures.Spec(ref: leaseholdRef, type: .leasehold, debt: .serviceCharge, patch: "SC1", officer: "lofficer",
                                             first: "Grace", last: "Mills", address: ["Flat 7 Pembury Estate", "London"],
                                             postcode: "E8 1HH", band: .amber, score: 250,
                                             action: ("send_letter_one", "Send letter one (leasehold)"), days: 60)

    static var joint: CaseFile {
        make(jointSpec, pounds: 420, paymentRef: "8010101101",
             also: [Contact(id: 2, responsible: true, title: "Mrs", firstName: "Sara", lastName: "Khan")])
    }

    static var leaseholder: CaseFile { make(leaseholdSpec, pounds: 960, paymentRef: "9000000004") }

    static func make(_ s: Fixtures.Spec, pounds: Int64, paymentRef: String, also: [Contact] = []) -> CaseFile {
        let contact = Contact(id: 1, responsible: true, title: s.title, firstName: s.first, lastName: s.last)
        let leasehold = s.type.isLeaseholdSide
        let account = Account(ref: s.ref, paymentRef: paymentRef, type: s.type, debtKind: s.debt, patch: s.patch,
                              startDate: Fixtures.date(2019, 4, 1), charge: Money(pounds: leasehold ? 900 : 120),
                              chargePeriod: leasehold ? .halfYearly : .weekly,
                              property: Property(addressLines: s.address, postcode: s.postcode), contacts: [contact] + also)
        var file = CaseFile(account: account)
        file.transactions = [LedgerTransaction(date: Fixtures.date(2026, 1, 5), code: "DAJ", description: "Arrears brought forward",
                                               amount: Money(pounds: pounds))]
        return file
    }

    static let baseSummaries: [String: CaseSummary] = {
        var out: [String: CaseSummary] = [:]
        for s in Fixtures.summaries { out[s.ref] = s }
        out[jointRef] = Fixtures.summary(jointSpec, joint)
        out[leaseholdRef] = Fixtures.summary(leaseholdSpec, leaseholder)
        return out
    }()

    /// A stand-in for the arrears engine: the fixture's classification with the saved case's
    /// balance, version and latest diary code.
    static func reclassify(_ file: CaseFile) -> CaseSummary {
        var s = baseSummaries[file.ref]!
        s.balance = file.balance
        s.collectableArrears = file.balance
        s.version = file.account.version
        if let last = file.diary.max(by: { ($0.at, $0.id) < ($1.at, $1.id) }) {
            s.lastActionCode = last.code
            s.lastActionDate = last.at.londonDate
        }
        return s
    }
}
