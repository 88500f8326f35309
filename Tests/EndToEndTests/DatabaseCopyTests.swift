@testable import ArrearsCore
import Foundation
import Testing

/// `arrears db copy` and `arrears db check` through the real binary, against a real PostgreSQL server
/// the tests start themselves.
@Suite("db copy and db check", .enabled(if: E2EStore.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out"))
struct DatabaseCopyTests {
    /// The URL of a new, empty PostgreSQL schema, reached as the OS account running the tests (which
    /// the demo makes its team lead), as peer authentication would on a council's server.
    static func postgresURL() throws -> String {
        let server = try LocalPostgresServer.shared()
        let login = String(cString: getpwuid(getuid()).pointee.pw_name)
        try server.createRole(login)
        return try server.createSchema(user: login)
    }

    @Test func sqliteToPostgresAndBackExportsByteForByte() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let original = sandbox.path("original.sqlite"), back = sandbox.path("back.sqlite")
        let url = try Self.postgresURL()
        try sandbox.expectSuccess(["demo", "--db", original, "--accounts", "60", "--seed", "3"])

        let there = try sandbox.expectSuccess(["db", "copy", "--as", "admin.income", "--from", original, "--to", url])
        #expect(there.stdout.contains("accounts: 60 rows"), "\(there.stdout)")
        #expect(there.stderr.contains("every count and checksum matched"))
        try sandbox.expectSuccess(["db", "copy", "--as", "admin.income", "--from", url, "--to", back])
        try sandbox.expectSuccess(["db", "check", "--db", url])
        try sandbox.expectSuccess(["db", "check", "--db", back])

        for database in [original, url, back] {
            try sandbox.expectSuccess(["export", "--format", "json", "--db", database, "--out", sandbox.path("\(database.hashValue).json")])
        }
        let exports = try [original, url, back].map { try Data(contentsOf: URL(fileURLWithPath: sandbox.path("\($0.hashValue).json"))) }
        #expect(exports[0].count > 10_000)
        #expect(exports[1] == exports[0], "PostgreSQL's export differs from the original's")
        #expect(exports[2] == exports[0], "the round trip's export differs from the original's")
    }

    @Test func aCopyIntoADatabaseHoldingDataIsRefusedAndChangesNothing() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let first = sandbox.path("first.sqlite"), second = sandbox.path("second.sqlite")
        let url = try Self.postgresURL()
        try sandbox.expectSuccess(["demo", "--db", first, "--accounts", "20", "--seed", "1"])
        try sandbox.expectSuccess(["demo", "--db", second, "--accounts", "25", "--seed", "2"])
        try sandbox.expectSuccess(["db", "copy", "--as", "admin.income", "--from", first, "--to", url])

        let refused = try sandbox.run(["db", "copy", "--as", "admin.income", "--from", second, "--to", url])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("already holds data"), "\(refused.stderr)")
        let store = try PostgresCaseStore(url: url)
        #expect(try store.caseCount() == 20)

        // A source whose tables differ fails after the new file was made: the file goes again.
        try store.connection.execute("DROP TABLE classify_snapshots")
        let intoMissingFile = try sandbox.run(["db", "copy", "--as", "admin.income", "--from", url, "--to", sandbox.path("new.sqlite")])
        #expect(intoMissingFile.status == 1)
        #expect(intoMissingFile.stderr.contains("schemas differ"), "\(intoMissingFile.stderr)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.path("new.sqlite")), "a failed copy leaves no new file")
    }

    @Test func checkReportsAMissingAppendOnlyTrigger() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let url = try Self.postgresURL()
        let path = sandbox.path("demo.sqlite")
        try sandbox.expectSuccess(["demo", "--db", path, "--accounts", "10"])
        try sandbox.expectSuccess(["db", "copy", "--as", "admin.income", "--from", path, "--to", url])
        try PostgresCaseStore(url: url).connection.execute("DROP TRIGGER audit_is_append_only_delete ON audit")

        let result = try sandbox.run(["db", "check", "--db", url])
        #expect(result.status == 1)
        #expect(result.stdout.contains("audit_is_append_only_delete is missing"), "\(result.stdout)")
    }
}

extension Sandbox {
    /// Runs `arrears ARGS` and records an issue unless it exits 0.
    @discardableResult
    func expectSuccess(_ args: [String]) throws -> Result {
        let result = try run(args)
        #expect(result.status == 0, "arrears \(args.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        return result
    }
}
