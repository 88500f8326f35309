import Foundation
import Testing
@testable import ArrearsCore

@Suite struct StoreRoundTripTests {
    @Test(arguments: StoreKind.tested) func richAndBareCasesLoadExactlyAsSaved(kind: StoreKind) throws {
        let store = try kind.fresh()
        let rich = StoreFixtures.richCase()
        let bare = StoreFixtures.bareCase(ref: "0000001/01")
        try store.saveCases([rich, bare])

        #expect(try store.loadCase(ref: rich.ref) == rich)
        #expect(try store.loadCase(ref: bare.ref) == bare)
        #expect(try store.loadCase(ref: "missing") == nil)
        #expect(try store.caseCount() == 2)
        #expect(try store.accountRefs() == [bare.ref, rich.ref])
    }

    @Test(arguments: StoreKind.tested) func textHoldingANulCharacterIsKeptWholeOrRefusedWhole(kind: StoreKind) throws {
        let store = try kind.fresh()
        var file = StoreFixtures.smallCase(ref: "A1")
        file.diary = [StoreFixtures.diaryEntry(id: 1, comment: "before\u{0}after")]
        switch kind {
        case .sqlite:
            try store.saveCases([file])
            #expect(try store.loadCase(ref: "A1")?.diary.first?.comment == "before\u{0}after")
        case .postgres:
            // PostgreSQL text cannot hold NUL: refused whole with a message, never cut short.
            #expect(throws: StoreError.self) { try store.saveCases([file]) }
            #expect(try store.caseCount() == 0)
        }
    }

    @Test func roundTripSurvivesReopeningTheFile() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("workbench.sqlite")
            let rich = StoreFixtures.richCase()
            try SQLiteCaseStore(path: path).saveCases([rich])
            #expect(try SQLiteCaseStore(path: path).loadCase(ref: rich.ref) == rich)
        }
    }

    @Test(arguments: StoreKind.tested) func savingIdenticalContentAgainChangesNothing(kind: StoreKind) throws {
        let store = try kind.fresh()
        let rich = StoreFixtures.richCase()
        try store.saveCases([rich])
        let rowsWrittenBefore = store.connection.totalChanges
        try store.saveCases([rich])
        var sameButOlderVersion = rich
        sameButOlderVersion.account.version = 1
        try store.saveCases([sameButOlderVersion])
        #expect(store.connection.totalChanges == rowsWrittenBefore)
        #expect(try store.loadCase(ref: rich.ref)?.account.version == 7)
    }

    @Test(arguments: StoreKind.tested) func changedContentIsRewrittenAndMovesTheVersionOn(kind: StoreKind) throws {
        let store = try kind.fresh()
        var file = StoreFixtures.richCase()
        try store.saveCases([file])
        file.account.version = 1
        file.notices.removeAll()
        file.transactions.insert(LedgerTransaction(date: StoreFixtures.date("2023-12-25"), code: "DAJ",
                                                   description: "Adjustment", amount: Money(pence: 1)), at: 0)
        file.agreements[0].history.removeLast()
        file.pause = nil
        try store.saveCases([file])

        var expected = file
        expected.account.version = 8
        #expect(try store.loadCase(ref: file.ref) == expected)
    }

    @Test(arguments: StoreKind.tested) func reSavingKeepsStoredDiaryEntriesAndAppendsNewOnes(kind: StoreKind) throws {
        let store = try kind.fresh()
        let original = StoreFixtures.richCase()
        try store.saveCases([original])
        var resaved = original
        resaved.diary = [StoreFixtures.diaryEntry(id: 3, comment: "New entry")]
        try store.saveCases([resaved])

        let loaded = try #require(try store.loadCase(ref: original.ref))
        #expect(loaded.diary.map(\.id) == [1, 2, 3])
        #expect(loaded.diary.prefix(2) == original.diary[...])
    }

    @Test(arguments: StoreKind.tested) func ledgerGrowthAppendsOnlyTheNewLines(kind: StoreKind) throws {
        let store = try kind.fresh()
        let file = StoreFixtures.smallCase(ref: "A1")
        try store.saveCases([file])
        let payment = LedgerTransaction(date: StoreFixtures.date("2024-01-08"), code: "RUC",
                                        description: "Universal Credit", amount: Money(pence: -7_000))
        let saved = try store.update(ref: "A1", expectedVersion: 1) { $0.transactions.append(payment) }
        #expect(saved.transactions == file.transactions + [payment])
        #expect(try store.loadCase(ref: "A1") == saved)
    }

    @Test(arguments: StoreKind.tested) func forEachCaseStreamsEveryCaseInReferenceOrderAcrossPages(kind: StoreKind) throws {
        let store = try kind.fresh()
        let count = CaseReader.pageSize * 2 + 7
        let refs = (0..<count).map { String(format: "R%05d", ($0 * 7919) % count) }
        try store.saveCases(refs.map { StoreFixtures.smallCase(ref: $0) })

        var streamed: [String] = []
        try store.forEachCase { file in
            streamed.append(file.ref)
            #expect(file == StoreFixtures.smallCase(ref: file.ref))
            // Writing while streaming must work: each page's read transaction has ended.
            if streamed.count == 1 { try store.setMeta("streaming", "yes") }
        }
        #expect(streamed == refs.sorted())
        #expect(try store.meta("streaming") == "yes")
    }

    @Test(arguments: StoreKind.tested) func usersAndMetaRoundTrip(kind: StoreKind) throws {
        let store = try kind.fresh()
        let users = [
            User(login: "zoe.n", displayName: "Zoë Nguyễn", role: .agent, patches: ["E01", "E02"]),
            User(login: "lead", displayName: "Team Lead", role: .teamLead),
            User(login: "old", displayName: "Left", role: .auditor, patches: ["W07"], disabled: true),
        ]
        try store.saveUsers(users)
        #expect(try store.users() == users.sorted { $0.login < $1.login })
        #expect(try store.user(login: "zoe.n") == users[0])
        #expect(try store.user(login: "nobody") == nil)

        var moved = users[0]
        moved.patches = ["E03"]
        try store.saveUsers([moved])
        #expect(try store.user(login: "zoe.n") == moved)
        #expect(try store.users().count == 3)

        #expect(try store.meta("as_of") == nil)
        try store.setMeta("as_of", "2024-04-30")
        try store.setMeta("as_of", "2024-05-01")
        #expect(try store.meta("as_of") == "2024-05-01")
    }

    /// An agent's first page: the cases of their patches or assigned to them, in reference order.
    @Test(arguments: StoreKind.tested) func summariesOfSomePatchesOrOneOfficer(kind: StoreKind) throws {
        let store = try kind.fresh()
        let refs = ["D4", "C3", "B2", "A1"]
        try store.saveCases(refs.map { StoreFixtures.smallCase(ref: $0) })
        func summary(_ ref: String, patch: String?, officer: String?) -> CaseSummary {
            var s = StoreFixtures.summary(ref: ref, rich: false)
            s.patch = patch; s.officer = officer
            return s
        }
        try store.saveSummaries([summary("D4", patch: "E01", officer: nil), summary("C3", patch: "W01", officer: "amy"),
                                 summary("B2", patch: "E02", officer: "bob"), summary("A1", patch: nil, officer: nil)], snapshot: nil)
        #expect(try store.summaries(inPatches: ["E01", "E02"], orOfficer: "amy").map(\.ref) == ["B2", "C3", "D4"])
        #expect(try store.summaries(inPatches: ["E02"], orOfficer: nil).map(\.ref) == ["B2"])
        #expect(try store.summaries(inPatches: [], orOfficer: "amy").map(\.ref) == ["C3"])
        #expect(try store.summaries(inPatches: ["E01'; DROP TABLE case_summaries; --"], orOfficer: nil).isEmpty)
        #expect(try store.summaries(inPatches: [], orOfficer: nil).isEmpty)
        #expect(try store.summaries().count == 4)
    }

    @Test(arguments: StoreKind.tested) func summariesAndSnapshotsRoundTrip(kind: StoreKind) throws {
        let store = try kind.fresh()
        try store.saveCases(["B2", "A1"].map { StoreFixtures.smallCase(ref: $0) })
        let rich = StoreFixtures.summary(ref: "B2", rich: true)
        let bare = StoreFixtures.summary(ref: "A1", rich: false)
        let first = ClassifySnapshot(asOf: StoreFixtures.date("2024-04-29"), counts: ["band:red": 1], arrears: [:])
        try store.saveSummaries([rich, bare], snapshot: first)
        // Explanations are not stored (schema version 4): they are recomputed when asked for.
        func listed(_ s: CaseSummary) -> CaseSummary { var r = s; r.explanationJSON = ""; return r }
        #expect(try store.summaries() == [listed(bare), listed(rich)])
        #expect(try store.summary(ref: "B2") == listed(rich))
        #expect(try store.summary(ref: "C3") == nil)

        var replaced = rich
        replaced.band = .amber
        replaced.holds = []
        let second = ClassifySnapshot(asOf: StoreFixtures.date("2024-04-30"),
                                      counts: ["band:amber": 1, "band:green": 1, "patch:SC1:amber": 1],
                                      arrears: ["band:amber": 123_456, "band:green": -500])
        try store.saveSummaries([replaced], snapshot: second)
        #expect(try store.summaries() == [listed(bare), listed(replaced)])
        #expect(try store.snapshots(limit: 10) == [second, first])
        // A second run for the same date replaces that date's snapshot rather than adding one.
        try store.saveSummaries([], snapshot: second)
        #expect(try store.snapshots(limit: 10) == [second, first])
        #expect(try store.snapshots(limit: 1) == [second])
    }

    /// Long lists go as multi-row inserts of 64 rows and the remainder row by row: 64, 65 and 150
    /// lines (one batch; one and a row; two and 22 rows) load exactly as saved, in order.
    @Test(arguments: StoreKind.tested, [63, 64, 65, 150])
    func longLedgersRoundTripAcrossBatches(kind: StoreKind, lines: Int) throws {
        let store = try kind.fresh()
        var file = StoreFixtures.smallCase(ref: "L1")
        file.transactions = (0..<lines).map { i in
            LedgerTransaction(date: StoreFixtures.date("2020-01-06").adding(weeks: i), code: "DBR",
                              description: "Rent week \(i)", amount: Money(pence: Int64(10_000 + i)))
        }
        try store.saveCases([file])
        #expect(try store.loadCase(ref: "L1") == file)
        let grown = try store.update(ref: "L1", expectedVersion: 1) { f in
            f.transactions += (0..<70).map { LedgerTransaction(date: StoreFixtures.date("2030-01-07"), code: "RPY",
                                                                description: "Payment \($0)", amount: Money(pence: -1)) }
        }
        #expect(try store.loadCase(ref: "L1") == grown)
    }
}
