import Foundation
import Testing
@testable import ArrearsCore

/// The roles docs/storage.md tells a DBA to create: the application's role may not change or delete
/// diary or audit rows even if a trigger were dropped, and a caseworker's login role is who they are.
@Suite(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) struct PostgresRoleTests {
    /// docs/storage.md, "Roles": the grants, for the schema `schema`.
    static func applicationGrants(schema: String) -> [String] {
        [
            "GRANT USAGE ON SCHEMA \(schema) TO arrears_app",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO arrears_app",
            "REVOKE UPDATE, DELETE, TRUNCATE ON \(schema).diary, \(schema).audit FROM arrears_app",
            "GRANT USAGE ON ALL SEQUENCES IN SCHEMA \(schema) TO arrears_app",
        ]
    }

    @Test func theApplicationRoleAppendsButCannotRewriteTheDiaryOrTheAudit() throws {
        let server = try LocalPostgresServer.shared()
        let ownerURL = try server.createSchema()
        let schema = String(ownerURL.split(separator: "%3D").last!)
        let owner = try PostgresCaseStore(url: ownerURL)
        try server.admin("DO $$ BEGIN CREATE ROLE arrears_app NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        try server.admin("DO $$ BEGIN CREATE ROLE \"amy.agent\" LOGIN IN ROLE arrears_app; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        for grant in Self.applicationGrants(schema: schema) { try owner.connection.execute(grant) }

        let agentURL = ownerURL.replacingOccurrences(of: "user=\(LocalPostgresServer.adminUser)", with: "user=amy.agent")
        let agent = try PostgresCaseStore(url: agentURL)
        #expect(try agent.databaseRole() == "amy.agent")
        #expect(try Identity.connectingLogin(osLogin: "someone.else", store: agent) == "amy.agent")
        var file = StoreFixtures.smallCase(ref: "A1")
        file.diary = [StoreFixtures.diaryEntry(id: 1, comment: "First call")]
        try agent.saveCases([file])
        try agent.update(ref: "A1", expectedVersion: 1) { $0.diary.append(StoreFixtures.diaryEntry(id: 2, comment: "Second")) }
        try agent.appendAudit(AuditRecord(at: Timestamp(secondsSinceEpoch: 0), user: "amy.agent", operation: .addDiaryEntry,
                                          accountRef: "A1", summary: "Added", before: nil, after: nil))

        // The bulk paths (COPY, and the temporary staging table summaries go through) need no more
        // than these grants (and the TEMPORARY privilege every role has on a new database).
        let many = (0..<BulkSQL.fewestForBulk).map { StoreFixtures.smallCase(ref: "M\($0)") }
        try agent.saveCases(many)
        try agent.saveSummaries(many.map { StoreFixtures.summary(ref: $0.ref, rich: false) }, snapshot: nil)
        #expect(try agent.summaries().map(\.ref) == many.map(\.ref).sorted())
        #expect(try agent.loadCase(ref: "M3") == many[3])

        // Refused by the grants (42501) before any trigger is asked.
        for sql in ["UPDATE diary SET comment = 'edited'", "DELETE FROM diary", "TRUNCATE audit", "DELETE FROM audit",
                    "CREATE TABLE sneaky (x BIGINT)"] {
            #expect {
                try agent.connection.execute(sql)
            } throws: { error in
                guard case StoreError.postgres(let state, _, _)? = error as? StoreError else { return false }
                return state == "42501"
            }
        }
        #expect(try agent.loadCase(ref: "A1")?.diary.map(\.comment) == ["First call", "Second"])
    }
}
