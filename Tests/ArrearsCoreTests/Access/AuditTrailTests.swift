import Foundation
import Testing
@testable import ArrearsCore

@Suite struct AuditTrailTests {
    typealias F = ActionFixtures

    static func record(_ n: Int, ref: String?, user: String) -> AuditRecord {
        AuditRecord(at: Timestamp(secondsSinceEpoch: F.at.secondsSinceEpoch + Int64(n) * 3_600), user: user,
                    operation: .addDiaryEntry, accountRef: ref, summary: "Entry \(n)", before: nil, after: #"{"n":\#(n)}"#)
    }

    @Test(arguments: StoreKind.tested, [
        "UPDATE audit SET summary = 'rewritten'",
        "UPDATE audit SET user_login = 'someone.else' WHERE id = 1",
        "DELETE FROM audit",
        "DELETE FROM audit WHERE id = 2",
    ])
    func theDatabaseRefusesToChangeTheAuditTrail(kind: StoreKind, sql: String) throws {
        let store = try kind.fresh()
        for n in 1...3 { try store.appendAudit(Self.record(n, ref: "R1", user: "amy.agent")) }
        let before = try store.audit(ref: nil, user: nil, since: nil, limit: nil)
        #expect {
            try store.connection.execute(sql)
        } throws: { error in
            guard let message = (error as? StoreError)?.engineMessage else { return false }
            return message.contains("the audit trail is append-only")
        }
        #expect(try store.audit(ref: nil, user: nil, since: nil, limit: nil) == before)
    }

    @Test(arguments: StoreKind.tested) func rowsComeBackNewestFirstFilteredByCaseUserAndTime(kind: StoreKind) throws {
        let store = try kind.fresh()
        let rows = [Self.record(1, ref: "R1", user: "amy.agent"), Self.record(2, ref: "R2", user: "amy.agent"),
                    Self.record(3, ref: "R1", user: "tara.lead"), Self.record(4, ref: nil, user: "ada.admin")]
        for row in rows { try store.appendAudit(row) }
        func summaries(_ ref: String?, _ user: String?, _ since: Timestamp?, _ limit: Int?) throws -> [String] {
            try store.audit(ref: ref, user: user, since: since, limit: limit).map(\.summary)
        }
        #expect(try summaries(nil, nil, nil, nil) == ["Entry 4", "Entry 3", "Entry 2", "Entry 1"])
        #expect(try summaries("R1", nil, nil, nil) == ["Entry 3", "Entry 1"])
        #expect(try summaries(nil, "amy.agent", nil, nil) == ["Entry 2", "Entry 1"])
        #expect(try summaries("R1", "amy.agent", nil, nil) == ["Entry 1"])
        #expect(try summaries(nil, nil, rows[1].at, nil) == ["Entry 4", "Entry 3", "Entry 2"])
        #expect(try summaries(nil, nil, nil, 2) == ["Entry 4", "Entry 3"])
        let stored = try #require(try store.audit(ref: nil, user: "ada.admin", since: nil, limit: 1).first)
        var expected = rows[3]
        expected.id = 4
        #expect(stored == expected)
    }

    @Test func aVersionOneDatabaseGainsTheAuditTrailKeepingItsCases() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("v1.sqlite")
            let rich = StoreFixtures.richCase()
            try OlderSchemaWriter.save([rich], into: SQLiteCaseStore(path: path, migrations: [SchemaVersion1.migration]),
                                       scratch: folder.path("scratch.sqlite"))
            let upgraded = try SQLiteCaseStore(path: path)
            #expect(upgraded.schemaVersion == StoreSchema.migrations.last?.version)
            #expect(try upgraded.loadCase(ref: rich.ref) == rich)
            try upgraded.appendAudit(Self.record(1, ref: rich.ref, user: "amy.agent"))
            #expect(throws: StoreError.self) { try upgraded.connection.execute("DELETE FROM audit") }
        }
    }

    /// The audit row is part of the action's transaction: if it cannot be written, the case is not changed.
    @Test(arguments: StoreKind.tested) func anActionWhoseAuditRowFailsChangesNothing(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        try world.store.connection.execute("DROP TABLE audit")
        let before = try world.load(F.rentRef)
        let summary = try world.store.summary(ref: F.rentRef)
        #expect(throws: StoreError.self) {
            try world.actions(F.agent).addDiaryEntry(ref: F.rentRef, expectedVersion: nil, code: "INC", comment: "Lost?")
        }
        #expect(try world.load(F.rentRef) == before)
        #expect(try world.store.summary(ref: F.rentRef) == summary)
    }

    @Test(arguments: StoreKind.tested) func anExportOfPersonalDataIsRecorded(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        try PersonalDataExport.record(store: world.store, user: F.agent, at: F.at, what: "queued letters for printing",
                                      cases: [(F.rentRef, .secure), ("0104322/01", .introductory)])
        let row = try #require(try world.store.audit(ref: nil, user: "amy.agent", since: nil, limit: 1).first)
        #expect(row.operation == .exportPersonalData)
        #expect(row.summary == "Exported queued letters for printing: 2 cases")
        #expect(row.after == #"{"refs":["0104321/01","0104322/01"],"what":"queued letters for printing"}"#)
        #expect(throws: AccessDenied.self) {
            try PersonalDataExport.record(store: world.store, user: F.agent, at: F.at, what: "letters",
                                          cases: [(F.rentRef, .secure), (F.leaseRef, .leasehold)])
        }
        #expect(try world.store.audit(ref: nil, user: nil, since: nil, limit: nil).count == 1)
    }
}
