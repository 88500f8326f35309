import CSQLite
import Foundation
import Testing
@testable import ArrearsCore

@Suite struct StoreMigrationTests {
    static let currentVersion = StoreSchema.migrations.last!.version
    static let nextVersion = currentVersion + 1
    /// A later schema, as a future release would append it.
    static let version2 = SchemaMigration(version: nextVersion, summary: "test: contact preferences", statements: [
        "ALTER TABLE contacts ADD COLUMN preferred_channel TEXT",
        "CREATE TABLE contact_preferences (account_id INTEGER NOT NULL REFERENCES accounts(id), note TEXT)",
    ])
    static let history2 = StoreSchema.migrations + [version2]

    @Test func aNewFileIsCreatedAtTheCurrentVersion() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("new.sqlite")
            let store = try SQLiteCaseStore(path: path)
            #expect(store.schemaVersion == StoreSchema.migrations.last?.version)
            #expect(try store.connection.scalarInt("PRAGMA user_version") == store.schemaVersion)
            #expect(try store.connection.scalarInt("PRAGMA application_id") == StoreSchema.applicationID)
        }
    }

    @Test func anOlderDatabaseIsMigratedKeepingItsData() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("old.sqlite")
            let rich = StoreFixtures.richCase()
            try SQLiteCaseStore(path: path).saveCases([rich])

            let upgraded = try SQLiteCaseStore(path: path, migrations: Self.history2)
            #expect(upgraded.schemaVersion == Self.nextVersion)
            #expect(try upgraded.connection.scalarInt("PRAGMA user_version") == Self.nextVersion)
            #expect(try upgraded.connection.scalarInt("SELECT count(*) FROM contact_preferences") == 0)
            #expect(try upgraded.loadCase(ref: rich.ref) == rich)
        }
    }

    @Test func aMigrationThatFailsLeavesTheDatabaseAtItsOldVersion() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("old.sqlite")
            let rich = StoreFixtures.richCase()
            try SQLiteCaseStore(path: path).saveCases([rich])
            let broken = SchemaMigration(version: Self.nextVersion, summary: "test: fails half way", statements: [
                "CREATE TABLE half_done (x INTEGER)",
                "CREATE TABLE accounts (x INTEGER)",
            ])
            #expect(throws: StoreError.self) { try SQLiteCaseStore(path: path, migrations: StoreSchema.migrations + [broken]) }

            let reopened = try SQLiteCaseStore(path: path)
            #expect(reopened.schemaVersion == Self.currentVersion)
            #expect(try reopened.connection.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'") == 0)
            #expect(try reopened.loadCase(ref: rich.ref) == rich)
        }
    }

    @Test func aNewerDatabaseIsRefusedAndLeftUntouched() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("newer.sqlite")
            try SQLiteCaseStore(path: path, migrations: Self.history2).saveCases([StoreFixtures.richCase()])
            let before = try Data(contentsOf: URL(fileURLWithPath: path))

            #expect(throws: StoreError.newerSchema(found: Self.nextVersion, supported: Self.currentVersion, path: path)) {
                try SQLiteCaseStore(path: path)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        }
    }

    @Test func aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("notes.sqlite")
            let text = Data(String(repeating: "Rent ledger notes, not a database.\n", count: 40).utf8)
            try text.write(to: URL(fileURLWithPath: path))

            #expect {
                try SQLiteCaseStore(path: path)
            } throws: { error in
                guard case StoreError.notADatabase(let reported, _)? = error as? StoreError else { return false }
                return reported == path
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == text)
        }
    }

    @Test func anotherProgramsSQLiteDatabaseIsRefused() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("other.sqlite")
            var handle: OpaquePointer?
            #expect(sqlite3_open(path, &handle) == SQLITE_OK)
            #expect(sqlite3_exec(handle, "CREATE TABLE recipes (name TEXT)", nil, nil, nil) == SQLITE_OK)
            sqlite3_close(handle)

            #expect {
                try SQLiteCaseStore(path: path)
            } throws: { error in
                guard case StoreError.notADatabase(_, let detail)? = error as? StoreError else { return false }
                return detail.contains("another program")
            }
        }
    }
}
