@testable import ArrearsCore
import Foundation
import Testing

/// `arrears` processes on one PostgreSQL database, as on a council's server, where only PostgreSQL
/// has the thing tested: the first administrator is the role the server authenticated. (Two classify
/// runs at once, commands waiting for the write lock and kill -9 mid-run are `ConcurrentWriteTests`,
/// `ClassifyCommandTests` and `KillTests` on both stores.)
@Suite("PostgreSQL processes", .enabled(if: E2EStore.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out"))
struct PostgresProcessTests {
    /// The workbench's import path on PostgreSQL: the person importing becomes the first administrator
    /// (the role the server authenticated), a second import of the same files changes nothing.
    @Test func importTwiceIntoPostgresChangesNothingTheSecondTime() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let url = try DatabaseCopyTests.postgresURL()
        let source = sandbox.path("demo.sqlite"), folder = sandbox.path("csv")
        try sandbox.expectSuccess(["demo", "--db", source, "--accounts", "30", "--seed", "9"])
        try sandbox.expectSuccess(["export", "--db", source, "--out", folder])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
        let first = try sandbox.expectSuccess(["import", "--db", url] + files)
        #expect(first.stderr.contains("is the first administrator"), "\(first.stderr)")
        let store = try PostgresCaseStore(url: url)
        // The cases and users; classification and the audit trail record each run.
        let caseTables: Set<String> = ["accounts", "contacts", "transactions", "agreements", "agreement_states", "notices",
                                       "court_cases", "evictions", "pauses", "holds", "letters", "diary", "users", "user_patches"]
        let before = try DatabaseCopy.figures(of: store).filter { caseTables.contains($0.table) }
        #expect(before.count == caseTables.count)
        try sandbox.expectSuccess(["import", "--db", url] + files)
        let after = try DatabaseCopy.figures(of: store).filter { caseTables.contains($0.table) }
        #expect(before == after, "a second import changed the cases")
        #expect(try store.caseCount() == 30)
    }
}

/// Two workbenches on two connections to one PostgreSQL database: a diary entry added in one shows in
/// the other without a key pressed there (LISTEN/NOTIFY), as two officers on two machines see it.
@Suite(.serialized, .enabled(if: E2EStore.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) struct PostgresLiveRefreshE2ETests {
    @Test func aDiaryEntryAddedInOneWorkbenchShowsInTheOther() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let url = try DatabaseCopyTests.postgresURL()
        try sandbox.expectSuccess(["demo", "--db", url, "--accounts", "200", "--seed", "4"])
        let sessions = try (0..<2).map { _ in
            try TmuxSession(sandbox: sandbox, width: 120, height: 40, arguments: ["--db", url, "--as", "agent.e01"])
        }
        for session in sessions {
            // Either tab: the user's last tab is saved in the database, so a workbench that starts
            // after the other has pressed 3 opens on Full patch.
            _ = try session.waitFor(text: "Worklist (")
            try session.press("3")
            _ = try session.waitFor(text: "Worklist (Full patch)")
            try session.press("Enter")
            _ = try session.waitFor(text: "1 Overview")
            try session.press("2")
        }
        let (writer, watcher) = (sessions[0], sessions[1])
        try writer.press("d")
        _ = try writer.waitFor(text: "Add a diary entry")
        try writer.type("OTC")
        try writer.press("Tab")
        try writer.type("Seen from the other desk")
        try writer.press("Enter")
        _ = try writer.waitFor(text: "Added OTC Outgoing telephone call")
        // No key is pressed in the watcher: the notification alone brings the entry.
        _ = try watcher.waitFor(text: "Seen from the other desk", timeout: 5)
        for session in sessions {
            try session.press("Q")
            #expect(try session.waitForExit() == 0)
        }
    }
}

/// kill -9 of a writer in the middle of its transaction: the server rolls the whole of it back.
@Suite(.enabled(if: E2EStore.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) struct PostgresKilledWriterTests {
    @Test func anImportKilledMidTransactionLeavesNothingBehind() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let url = try DatabaseCopyTests.postgresURL()
        let source = sandbox.path("demo.sqlite"), folder = sandbox.path("csv")
        try sandbox.expectSuccess(["demo", "--db", source, "--accounts", "600", "--seed", "2"])
        try sandbox.expectSuccess(["export", "--db", source, "--out", folder])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
        let observer = try PostgresCaseStore(url: url)

        let importer = try sandbox.start(["import", "--db", url] + files)
        // Killed only once its one transaction has written accounts (one insert each, before each list
        // of all of them goes in with one COPY), so the kill is mid-way.
        var writing = false
        for _ in 0..<600 where !writing {
            writing = try observer.connection.scalarInt("""
                SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()
                AND (query LIKE 'INSERT INTO accounts%' OR query LIKE 'COPY %')
                """) > 0
            if !writing { usleep(20_000) }
        }
        #expect(writing, "the import never reached its accounts")
        kill(importer.pid, SIGKILL)
        _ = importer.result()

        // The server notices the client gone and rolls back; then nothing of the import is visible.
        for _ in 0..<500 {
            let open = try observer.connection.scalarInt(
                "SELECT count(*) FROM pg_stat_activity WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid()")
            if open == 0 { break }
            usleep(20_000)
        }
        #expect(try observer.caseCount() == 0)
        // Only the first administrator, who was made before the import's transaction began.
        #expect(try observer.users().count <= 1)
        #expect(try observer.connection.scalarInt("SELECT count(*) FROM transactions") == 0)
        #expect(try DatabaseCheck.problems(in: observer).isEmpty)
    }
}
