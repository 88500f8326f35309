import Foundation
import Testing
@testable import ArrearsCore

/// The migration rules of `StoreMigrationTests`, on PostgreSQL: the same history, the same refusals.
@Suite(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) struct PostgresMigrationTests {
    /// Everything a migration could change: each table's columns and figures, and the version marker.
    static func fingerprint(_ url: String) throws -> [String] {
        let connection = try PGConnection(url: url)
        var lines: [String] = []
        try connection.statement("""
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """).query { lines.append("\($0.text(0)).\($0.text(1)) \($0.text(2))") }
        lines.append("version \(try connection.scalarInt("SELECT version FROM arrears_schema"))")
        for table in try connection.tableNames() {
            var figures = TableFigures(table: table)
            let columns = try connection.columnNames(table: table)
            try connection.statement("SELECT \(columns.joined(separator: ", ")) FROM \(table)").query { row in
                figures.add((0..<Int32(columns.count)).map { row.optionalText($0) })
            }
            lines.append(figures.description)
        }
        return lines
    }

    @Test func anOlderDatabaseIsMigratedKeepingItsData() throws {
        let url = try LocalPostgresServer.shared().createSchema()
        let rich = StoreFixtures.richCase()
        try PostgresCaseStore(url: url).saveCases([rich])

        let upgraded = try PostgresCaseStore(url: url, migrations: StoreMigrationTests.history2)
        #expect(upgraded.schemaVersion == StoreMigrationTests.nextVersion)
        #expect(try upgraded.connection.scalarInt("SELECT version FROM arrears_schema") == StoreMigrationTests.nextVersion)
        #expect(try upgraded.connection.scalarInt("SELECT count(*) FROM contact_preferences") == 0)
        #expect(try upgraded.loadCase(ref: rich.ref) == rich)
    }

    @Test func aNewerDatabaseIsRefusedAndLeftUntouched() throws {
        let url = try LocalPostgresServer.shared().createSchema()
        try PostgresCaseStore(url: url, migrations: StoreMigrationTests.history2).saveCases([StoreFixtures.richCase()])
        let before = try Self.fingerprint(url)
        #expect(before.contains("contacts.preferred_channel text"))

        #expect(throws: StoreError.newerSchema(found: StoreMigrationTests.nextVersion, supported: StoreMigrationTests.currentVersion,
                                               path: DatabaseLocation.redacted(url))) {
            try PostgresCaseStore(url: url)
        }
        #expect(try Self.fingerprint(url) == before)
    }

    @Test func aMigrationThatFailsLeavesTheDatabaseAtItsOldVersion() throws {
        let url = try LocalPostgresServer.shared().createSchema()
        let rich = StoreFixtures.richCase()
        try PostgresCaseStore(url: url).saveCases([rich])
        let before = try Self.fingerprint(url)
        let broken = SchemaMigration(version: StoreMigrationTests.nextVersion, summary: "test: fails half way", statements: [
            "CREATE TABLE half_done (x INTEGER)",
            "CREATE TABLE accounts (x INTEGER)",
        ])
        #expect(throws: StoreError.self) { try PostgresCaseStore(url: url, migrations: StoreSchema.migrations + [broken]) }

        #expect(try Self.fingerprint(url) == before)
        #expect(try PostgresCaseStore(url: url).loadCase(ref: rich.ref) == rich)
    }

    @Test func aSchemaHoldingAnotherProgramsTablesIsRefusedAndLeftUntouched() throws {
        let url = try LocalPostgresServer.shared().createSchema()
        let connection = try PGConnection(url: url)
        try connection.execute("CREATE TABLE invoices (id BIGINT PRIMARY KEY, total BIGINT)")
        try connection.execute("INSERT INTO invoices VALUES (1, 100)")

        #expect {
            try PostgresCaseStore(url: url)
        } throws: { error in
            guard case StoreError.notADatabase(_, let detail)? = error as? StoreError else { return false }
            return detail.contains("another program")
        }
        #expect(try connection.tableNames() == ["invoices"])
        #expect(try connection.scalarInt("SELECT total FROM invoices") == 100)
    }
}
