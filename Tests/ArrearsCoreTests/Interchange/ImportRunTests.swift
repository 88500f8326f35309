import Testing
@testable import ArrearsCore

/// An import shows what it changes and cannot silently remove or double rows, on either store.
@Suite struct ImportRunTests {
    let asOf = CivilDate(year: 2026, month: 11, day: 29)!
    let now = Timestamp(london: CivilDate(year: 2026, month: 11, day: 29)!, hour: 9)

    private func batch(_ replacing: [String: String] = [:]) throws -> ImportBatch {
        try CSVImporter.load(sources: InterchangeFixtures.sources(replacing: replacing)).get()
    }

    private func run(_ store: CaseStore, _ batch: ImportBatch, as login: String = "ada.admin",
                     _ options: ImportRun.Options = .init()) throws -> ImportRun.Outcome {
        try ImportRun.run(batch: batch, store: store, osLogin: login, now: now, asOf: asOf, options: options)
    }

    private func rowCounts(_ store: SQLCaseStore) throws -> [Int] {
        try ["accounts", "transactions", "users", "audit", "case_summaries", "classify_snapshots"].map {
            try store.connection.scalarInt("SELECT count(*) FROM \($0)")
        }
    }

    @Test(arguments: StoreKind.tested) func aFirstImportAddsEveryRowAndClassifiesInTheSameStep(kind: StoreKind) throws {
        let store = try kind.fresh()
        let outcome = try run(store, try batch())
        #expect(outcome.firstAdministrator == "ada.admin")
        #expect(outcome.plan.newCases == 2)
        #expect(outcome.plan.tables.first { $0.table == .transactions }?.added == 3)
        #expect(outcome.plan.tables.first { $0.table == .users }?.added == 3)
        #expect(try store.summaries().count == 2)
        let again = try run(store, try batch())
        #expect(again.plan.unchangedCases == 2)
        #expect(again.plan.removedRows == 0)
        #expect(again.plan.tables.allSatisfy { $0.added + $0.changed + $0.removed == 0 })
    }

    @Test(arguments: StoreKind.tested) func leavingAFileOutOfAnImportOfStoredCasesIsRefusedUnlessReplace(kind: StoreKind) throws {
        let store = try kind.fresh()
        _ = try run(store, try batch())
        let before = try rowCounts(store)
        let headerOnly = "tenancy_ref,date,code,description,amount\n"
        let thin = try batch(["transactions.csv": headerOnly])
        #expect {
            try run(store, thin)
        } throws: { error in
            guard let refused = error as? ImportRun.Refused else { return false }
            return refused.plan.tables.first { $0.table == .transactions }?.removed == 3
                && refused.description.hasPrefix("This import would remove ")
                && refused.description.contains("transactions: 3")
        }
        #expect(try rowCounts(store) == before)
        let replaced = try run(store, thin, .init(replace: true))
        #expect(replaced.plan.replacedCases == 2)
        #expect(try store.loadCase(ref: "0100001/01")?.transactions.isEmpty == true)
    }

    @Test(arguments: StoreKind.tested) func aDryRunShowsThePlanAndWritesNothing(kind: StoreKind) throws {
        let store = try kind.fresh()
        let before = try rowCounts(store)
        let outcome = try run(store, try batch(), .init(dryRun: true))
        #expect(outcome.plan.newCases == 2)
        #expect(outcome.classified == nil)
        #expect(try rowCounts(store) == before)
    }

    @Test(arguments: StoreKind.tested) func aChangedRowIsCountedAsChangedNotAddedAndRemoved(kind: StoreKind) throws {
        let store = try kind.fresh()
        _ = try run(store, try batch())
        let notices = InterchangeFixtures.notices.replacingOccurrences(of: "NOSP,2025-06-02", with: "NOSP,2025-06-03")
        let plan = try run(store, try batch(["notices.csv": notices]), .init(dryRun: true)).plan
        #expect(plan.tables.first { $0.table == .notices }.map { [$0.added, $0.changed, $0.removed] } == [0, 1, 0])
    }

    @Test(arguments: StoreKind.tested, [Role.agent, .leaseholdOfficer, .teamLead, .auditor])
    func onlyAnAdministratorImportsIntoAnExistingDatabase(kind: StoreKind, role: Role) throws {
        let store = try kind.fresh()
        _ = try run(store, try batch())
        try store.saveUsers([User(login: "someone", displayName: "Someone", role: role)])
        let before = try rowCounts(store)
        #expect(throws: AccessDenied.self) { try run(store, try batch(), as: "someone") }
        #expect(throws: IdentityError.self) { try run(store, try batch(), as: "stranger") }
        #expect(try rowCounts(store) == before)
    }
}
