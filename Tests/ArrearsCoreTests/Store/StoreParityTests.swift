import Foundation
import Testing
@testable import ArrearsCore

/// Both stores build the same schema from the one migration list, and see each other's commits.
@Suite struct StoreParityTests {
    /// Table and column names, as each engine reports them.
    static func columns(_ store: SQLCaseStore, _ kind: StoreKind) throws -> [String] {
        var names: [String] = []
        switch kind {
        case .sqlite:
            try store.connection.statement("""
                SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' ORDER BY 1
                """).query { names.append($0.text(0)) }
        case .postgres:
            try store.connection.statement("""
                SELECT table_name, column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND table_name <> 'arrears_schema'
                """).query { names.append($0.text(0) + "." + $0.text(1)) }
        }
        return names.sorted()
    }

    @Test(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) func bothStoresHaveTheSameSchemaVersionTablesAndColumns() throws {
        let sqlite = try StoreKind.sqlite.fresh()
        let postgres = try StoreKind.postgres.fresh()
        #expect(sqlite.schemaVersion == StoreSchema.latestVersion)
        #expect(postgres.schemaVersion == StoreSchema.latestVersion)
        let sqliteColumns = try Self.columns(sqlite, .sqlite)
        #expect(sqliteColumns.contains("diary.voids"))
        #expect(try Self.columns(postgres, .postgres) == sqliteColumns)
    }

    @Test(arguments: StoreKind.tested) func aCommitOnOneConnectionIsSeenOnAnother(kind: StoreKind) throws {
        try TemporaryFolder.with { folder in
            let location = try kind.sharedLocation(in: folder)
            let writer = try StoreOpener.open(location)
            let watcher = try StoreOpener.open(location)
            try writer.saveCases([StoreFixtures.smallCase(ref: "A1"), StoreFixtures.smallCase(ref: "B2")])
            if let postgres = watcher as? PostgresCaseStore {
                // The save's notification travels through the server: let it arrive before counting.
                try waitUntil { _ = try watcher.dataVersion(); return postgres.postgres.notifiedRefs.contains("B2") }
            }
            let before = try watcher.dataVersion()
            #expect(try watcher.dataVersion() == before, "nothing committed in between")
            try writer.update(ref: "B2", expectedVersion: 1) { $0.diary.append(StoreFixtures.diaryEntry(id: 1, comment: "Called")) }
            try waitUntil { try watcher.dataVersion() != before }
            if let postgres = watcher as? PostgresCaseStore {
                // Saved, then updated.
                try waitUntil { _ = try watcher.dataVersion(); return postgres.postgres.notifiedRefs.filter { $0 == "B2" }.count == 2 }
                #expect(postgres.postgres.notifiedRefs.last == "B2")
            }
        }
    }

    @Test(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) func aRolledBackActionNotifiesNobody() throws {
        let location = try StoreKind.postgres.sharedLocation(in: TemporaryFolder(url: URL(fileURLWithPath: "/")))
        let writer = try PostgresCaseStore(url: location)
        let watcher = try PostgresCaseStore(url: location)
        // A reference of its own: other tests on the shared server announce their own cases meanwhile.
        let ref = "RB" + UUID().uuidString.prefix(8)
        func announced() -> Int { watcher.postgres.notifiedRefs.filter { $0 == ref }.count }
        try writer.saveCases([StoreFixtures.smallCase(ref: ref)])
        try waitUntil { _ = try watcher.dataVersion(); return announced() == 1 }
        let before = try watcher.dataVersion()
        struct Abandoned: Error {}
        #expect(throws: Abandoned.self) { try writer.update(ref: ref, expectedVersion: nil) { _ in throw Abandoned() } }
        try writer.setMeta("marker", "after")
        try waitUntil { try watcher.dataVersion() > before }
        // The rolled-back update would have carried the reference a second time; setMeta carries no case.
        #expect(announced() == 1, "only committed changes are announced")
    }

    /// The server ends the connection (a restart, a network cut): the store says so, reconnects, and
    /// carries on with prepared statements and notifications as before.
    @Test(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) func aLostConnectionIsReportedAndReconnected() throws {
        let location = try StoreKind.postgres.sharedLocation(in: TemporaryFolder(url: URL(fileURLWithPath: "/")))
        let store = try PostgresCaseStore(url: location)
        let writer = try PostgresCaseStore(url: location)
        try store.saveCases([StoreFixtures.smallCase(ref: "A1")])
        let pid = try store.postgres.scalarInt("SELECT pg_backend_pid()")
        try LocalPostgresServer.shared().admin("SELECT pg_terminate_backend(\(pid))")
        try waitUntil {
            do { _ = try store.dataVersion(); return false } catch StoreError.connectionLost { return true }
        }
        #expect(throws: StoreError.self) { try store.loadCase(ref: "A1") }
        try store.reconnect()
        #expect(try store.loadCase(ref: "A1") == StoreFixtures.smallCase(ref: "A1"))
        let before = try store.dataVersion()
        try writer.update(ref: "A1", expectedVersion: 1) { $0.diary.append(StoreFixtures.diaryEntry(id: 1, comment: "After")) }
        try waitUntil { try store.dataVersion() > before }
    }

    /// Notifications travel through the server: poll briefly rather than assume they have arrived.
    private func waitUntil(_ condition: () throws -> Bool) throws {
        for _ in 0..<200 {
            if try condition() { return }
            usleep(10_000)
        }
        Issue.record("the change was not seen within two seconds")
    }
}
