import Testing
@testable import ArrearsCore

/// Schema version 3 moved explanations out of the worklist rows; version 4 stops storing them. An
/// older database upgrades with its summaries intact and its stored explanations dropped.
@Suite struct ExplanationMigrationTests {
    @Test func aVersionTwoDatabaseUpgradesAndDropsItsStoredExplanations() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("v2.sqlite")
            let rich = StoreFixtures.summary(ref: "B2", rich: true)
            do {
                let v2 = try SQLiteCaseStore(path: path, migrations: [SchemaVersion1.migration, SchemaVersion2.migration])
                try OlderSchemaWriter.save([StoreFixtures.smallCase(ref: "B2")], into: v2, scratch: folder.path("scratch.sqlite"))
                // Version 2 still had the explanation column: write the row the way version 2 did.
                try v2.connection.execute("""
                    INSERT INTO case_summaries (ref, payment_ref, type, patch, tenant_name, short_address, postcode,
                    balance_pence, collectable_arrears_pence, days_in_arrears, band, score, action_id, action_label,
                    holds, as_of, explanation, version)
                    VALUES ('B2', 'P2', 'SEC', 'E01', 'T', 'A', 'E8 1AA', 100, 100, 3, 'red', 9, 'no_action', 'No action',
                    '', 20000, '\(rich.explanationJSON)', 1)
                    """)
            }
            let upgraded = try SQLiteCaseStore(path: path)
            #expect(upgraded.schemaVersion == StoreSchema.migrations.last?.version)
            let row = try #require(try upgraded.summary(ref: "B2"))
            #expect(row.band == .red && row.score == 9 && row.explanationJSON == "")
            let tables = try upgraded.connection.scalarInt("SELECT count(*) FROM sqlite_master WHERE name = 'case_explanations'")
            #expect(tables == 0)
        }
    }
}
