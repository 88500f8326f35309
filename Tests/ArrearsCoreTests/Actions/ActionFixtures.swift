import Foundation
import Testing
@testable import ArrearsCore

/// A small synthetic team and caseload on a store, with a stand-in for the arrears engine.
enum ActionFixtures {
    static let asOf = CivilDate.parseISO("2026-11-30")!   // a Monday
    static let at = Timestamp(london: asOf, hour: 10, minute: 15)

    static func date(_ iso: String) -> CivilDate { CivilDate.parseISO(iso)! }

    static let admin = User(login: "ada.admin", displayName: "Ada Admin", role: .administrator)
    static let agent = User(login: "amy.agent", displayName: "Amy Agent", role: .agent, patches: ["E01"])
    static let otherAgent = User(login: "aziz.agent", displayName: "Aziz Agent", role: .agent, patches: ["E02"])
    static let leaseholdOfficer = User(login: "leo.lease", displayName: "Leo Lease", role: .leaseholdOfficer, patches: ["SC1"])
    static let teamLead = User(login: "tara.lead", displayName: "Tara Lead", role: .teamLead)
    static let auditor = User(login: "otto.audit", displayName: "Otto Audit", role: .auditor)
    static let retired = User(login: "rex.gone", displayName: "Rex Gone", role: .agent, disabled: true)
    static let users = [admin, agent, otherAgent, leaseholdOfficer, teamLead, auditor, retired]

    static let rentRef = "0104321/01"
    static let leaseRef = "LH-000001"

    /// A secure tenancy £500 in arrears on patch E01.
    static func rentCase(ref: String = rentRef, type: AccountType = .secure, patch: String? = "E01",
                         balancePence: Int64 = 50_000) -> CaseFile {
        let account = Account(ref: ref, paymentRef: "2280" + ref.filter(\.isNumber), type: type,
                              debtKind: type.isLeaseholdSide ? .serviceCharge : nil, patch: patch,
                              startDate: date("2019-04-01"), charge: Money(pence: 12_500), chargePeriod: .weekly,
                              property: Property(addressLines: ["Flat 1 Test House", "Example Road", "London"], postcode: "E8 1AA"),
                              contacts: [Contact(id: 1, responsible: true, title: "Ms", firstName: "Test", lastName: "Tenant")])
        return CaseFile(account: account, transactions: [
            LedgerTransaction(date: date("2026-10-05"), code: "DBR", description: "Basic rent", amount: Money(pence: balancePence + 10_000)),
            LedgerTransaction(date: date("2026-10-20"), code: "RPY", description: "Payment", amount: Money(pence: -10_000)),
        ])
    }

    static func leaseholdCase(ref: String = leaseRef, debtKind: DebtKind = .serviceCharge) -> CaseFile {
        var file = rentCase(ref: ref, type: .leasehold, patch: "SC1", balancePence: 120_000)
        file.account.debtKind = debtKind
        return file
    }

    /// A store with the team and the two cases, their summaries saved as the engine would.
    static func world(kind: StoreKind, cases: [CaseFile] = [rentCase(), leaseholdCase()], demo: Bool = false) throws -> World {
        let store = try kind.fresh()
        try store.saveUsers(users)
        try store.saveCases(cases)
        let engine = FakeEngine()
        try store.saveSummaries(cases.map(engine.classify), snapshot: nil)
        // As a classify run leaves them: each row shows the officer who holds the case.
        try store.updateSummaryOfficers(CaseOfficer(users: users).officer(patch:assignedTo:))
        if demo { try store.setMeta(Identity.demoMetaKey, Identity.demoMetaValue) }
        return World(store: store, engine: engine)
    }

    static func letter(id: String, ref: String, template: String = "letter_1_in_arrears", errors: [String] = [],
                       localPrint: Bool = false) -> Letter {
        Letter(id: id, accountRef: ref, templateId: template, contactId: 1, status: .queued, author: "letters",
               createdAt: Timestamp(secondsSinceEpoch: 0), updatedAt: Timestamp(secondsSinceEpoch: 0),
               validationErrors: errors, localPrint: localPrint, renderedText: "Dear Ms Tenant,\n\nYou owe £500.\n")
    }
}

struct World {
    let store: SQLCaseStore
    let engine: FakeEngine

    /// A service for `user` on the fixed working date, with a clock that moves a minute per reading.
    func actions(_ user: User) -> CaseActions {
        let clock = Clock()
        return CaseActions(store: store, user: user, now: clock.tick, asOf: ActionFixtures.asOf, reclassify: engine.classify)
    }

    func load(_ ref: String) throws -> CaseFile { try #require(try store.loadCase(ref: ref)) }
}

/// A clock for tests: 10:15 on the working date, one minute later at each reading.
final class Clock {
    private var next = ActionFixtures.at.secondsSinceEpoch
    func tick() -> Timestamp {
        defer { next += 60 }
        return Timestamp(secondsSinceEpoch: next)
    }
}

/// Stands in for the arrears engine: a deterministic summary from the case, counting its calls.
/// Its officer is deliberately wrong, so tests see the service set the officer from assignments.
final class FakeEngine: @unchecked Sendable {
    private(set) var calls = 0

    func classify(_ file: CaseFile) -> CaseSummary {
        calls += 1
        let balance = file.balance
        let band: Band = balance.pence > 40_000 ? .red : (balance.isPositive ? .amber : .green)
        let voided = Set(file.diary.compactMap(\.voids))
        let last = file.diary.last { $0.code != "VOI" && !voided.contains($0.id) }
        let asOf = ActionFixtures.asOf
        return CaseSummary(
            ref: file.ref, paymentRef: file.account.paymentRef, type: file.account.type, debtKind: file.account.debtKind,
            patch: file.account.patch, officer: "engine-guess", tenantName: file.account.primaryContact?.displayName ?? "",
            shortAddress: file.account.property.shortAddress, postcode: file.account.property.postcode ?? "",
            balance: balance, collectableArrears: balance, daysInArrears: 30, band: band, score: Int(balance.pence / 100),
            actionId: file.pause.map { $0.isActive(asOf: asOf) } == true ? "paused" : "fake_action", actionLabel: "Fake action",
            lastActionCode: last?.code, lastActionDate: last?.date, agreementState: file.latestAgreement?.state,
            courtDate: file.latestCourtCase?.hearingDate, evictionDate: file.latestEviction?.date,
            pauseUntil: file.pause?.until, pauseReason: file.pause?.reason, pauseComment: file.pause?.comment,
            holds: file.holds.filter { $0.isActive(asOf: asOf) }.map(\.kind), lastLetterCode: nil, lastLetterDate: nil,
            asOf: asOf, explanationJSON: "", version: file.account.version)
    }
}

/// The effects every case action must have, checked the same way for each.
enum ActionChecks {
    /// The case as returned is the case as stored, one version on; the newest diary entries carry the
    /// codes, the user, the clock's time and the balance; the summary stored is the engine's output with
    /// the officer from assignments; and the newest audit row names the operation, user and case.
    @discardableResult
    static func expectRecorded(_ world: World, _ outcome: ActionOutcome, ref: String, codes: [String],
                               operation: AccessOperation, by user: User, versionBefore: Int,
                               sourceLocation: SourceLocation = #_sourceLocation) throws -> AuditRecord {
        let stored = try world.load(ref)
        #expect(stored == outcome.caseFile, sourceLocation: sourceLocation)
        #expect(stored.account.version == versionBefore + 1, sourceLocation: sourceLocation)
        let newest = Array(stored.diary.suffix(codes.count))
        #expect(newest.map(\.code) == codes, sourceLocation: sourceLocation)
        for entry in newest {
            #expect(entry.user == user.login, sourceLocation: sourceLocation)
            #expect(entry.balance == stored.balance, sourceLocation: sourceLocation)
            #expect(entry.at.londonDate == ActionFixtures.asOf, sourceLocation: sourceLocation)
        }
        var expected = world.engine.classify(stored)
        expected.officer = CaseOfficer(users: try world.store.users()).officer(of: stored.account)
        #expect(try world.store.summary(ref: ref) == expected, sourceLocation: sourceLocation)
        #expect(outcome.summary == expected, sourceLocation: sourceLocation)
        let audit = try #require(try world.store.audit(ref: ref, user: nil, since: nil, limit: 1).first, sourceLocation: sourceLocation)
        #expect(audit.operation == operation, sourceLocation: sourceLocation)
        #expect(audit.user == user.login, sourceLocation: sourceLocation)
        #expect(audit.accountRef == ref, sourceLocation: sourceLocation)
        #expect(audit.at == newest.first?.at, sourceLocation: sourceLocation)
        return audit
    }

    /// Nothing about the case, its summary or the audit trail changed.
    static func expectUnchanged(_ world: World, ref: String, case before: CaseFile, summary: CaseSummary?, auditCount: Int,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try world.load(ref) == before, sourceLocation: sourceLocation)
        #expect(try world.store.summary(ref: ref) == summary, sourceLocation: sourceLocation)
        #expect(try world.store.audit(ref: nil, user: nil, since: nil, limit: nil).count == auditCount, sourceLocation: sourceLocation)
    }

    /// Runs `attempt`, expects it to throw, and checks that nothing was written.
    static func expectRefusedUntouched(_ world: World, ref: String, sourceLocation: SourceLocation = #_sourceLocation,
                                       _ attempt: () throws -> Void) throws -> any Error {
        let before = try world.load(ref)
        let summary = try world.store.summary(ref: ref)
        let audits = try world.store.audit(ref: nil, user: nil, since: nil, limit: nil).count
        var caught: (any Error)?
        do { try attempt() } catch { caught = error }
        let error = try #require(caught, "expected a refusal", sourceLocation: sourceLocation)
        try expectUnchanged(world, ref: ref, case: before, summary: summary, auditCount: audits, sourceLocation: sourceLocation)
        return error
    }
}
