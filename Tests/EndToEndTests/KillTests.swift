@testable import ArrearsCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// kill -9 at a spread of points in a command's run: afterwards the database holds all of the step or
/// none of it, and running the command again completes it. The kill points are delays, so which
/// phase each lands in depends on the machine; the assertions hold whichever it is.
@Suite("Kill -9")
struct KillTests {
    /// KILL_TRIALS kill points (6 in `make test`), spread geometrically from 0.03 s to KILL_MAX_SECONDS
    /// (2.5 s unless set; a loaded machine needs more for kills to land after the commit too).
    static var delays: [Double] {
        let environment = ProcessInfo.processInfo.environment
        let n = max(2, Int(environment["KILL_TRIALS"] ?? "") ?? 6)
        let last = max(0.1, Double(environment["KILL_MAX_SECONDS"] ?? "") ?? 2.5)
        return (0..<n).map { 0.03 * pow(last / 0.03, Double($0) / Double(n - 1)) }
    }

    /// Where each kill landed, printed for docs/reliability.md.
    struct Tally: CustomStringConvertible {
        var name: String
        var nothing = 0, all = 0, finished = 0, part = 0
        var description: String {
            "kill -9 \(name): \(nothing + all + finished + part) runs; \(nothing) left nothing, \(all) left all of it, \(finished) had finished; \(part) left part"
        }
    }
    static let importAccounts = 300

    /// Starts the command, kills it after `delay` seconds (if still running) and reports whether the kill landed.
    static func killed(_ sandbox: Sandbox, _ arguments: [String], after delay: Double) throws -> Bool {
        let child = try sandbox.start(arguments)
        usleep(useconds_t(delay * 1_000_000))
        let landed = child.isRunning
        if landed { kill(child.pid, SIGKILL) }
        _ = child.wait()
        return landed
    }

    static func counts(_ path: String) throws -> (cases: Int, summaries: Int, users: Int, audit: Int) {
        let store = try StoreOpener.openForCommand(path)
        return (try store.caseCount(), try store.summaries().count, try store.users().count,
                try store.audit(ref: nil, user: nil, since: nil, limit: nil).count)
    }

    /// An export of a small demo: the import's phases (read, save, classify) all fall inside the delays.
    static func smallExport(_ sandbox: Sandbox) throws -> [String] {
        let demo = sandbox.path("small.sqlite"), export = sandbox.path("small-export")
        for args in [["demo", "--db", demo, "--accounts", "\(importAccounts)"], ["export", "--db", demo, "--out", export]] {
            let result = try sandbox.run(args)
            guard result.status == 0 else { throw E2EError.setup("\(args[0]) failed: \(result.stderr)") }
        }
        return try FileManager.default.contentsOfDirectory(atPath: export).sorted().map { export + "/" + $0 }
    }

    /// A database the killed command may never have made: on SQLite a file that may not exist, on
    /// PostgreSQL a database that is there (and empty) from the start.
    static func wasMade(_ db: String, _ sandbox: Sandbox) -> Bool {
        sandbox.store == .postgres || FileManager.default.fileExists(atPath: db)
    }

    @Test(arguments: E2EStore.tested) func anImportKilledAnywhereLeavesAllOrNothing(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let files = try Self.smallExport(sandbox)
        var tally = Tally(name: "import")
        for (n, delay) in Self.delays.enumerated() {
            let db = try sandbox.emptyDatabase("import-\(n)")
            let landed = try Self.killed(sandbox, ["import", "--db", db] + files, after: delay)
            var nothing = true, all = false
            if Self.wasMade(db, sandbox) {
                let c = try Self.counts(db)
                nothing = c.cases == 0 && c.summaries == 0 && c.users == 0 && c.audit == 0
                all = c.cases == Self.importAccounts && c.summaries == Self.importAccounts && c.users > 0 && c.audit >= 2
                #expect(nothing || all, "kill after \(delay) s left \(c)")
            }
            if !landed { tally.finished += 1 } else if all { tally.all += 1 } else if nothing { tally.nothing += 1 }
            let again = try sandbox.run(["import", "--db", db] + files)
            #expect(again.status == 0, "import after the kill: \(again.stderr)")
            let c = try Self.counts(db)
            #expect(c.cases == Self.importAccounts && c.summaries == Self.importAccounts)
        }
        print(tally)
    }

    /// On SQLite a new demo is built beside its file and moved into place whole. A PostgreSQL database
    /// is filled batch by batch, each its own transaction (as a refresh is on both): a kill may leave
    /// some batches, and the next `arrears demo` completes the demo.
    @Test(arguments: E2EStore.tested) func aDemoKilledAnywhereLeavesAllOrNothingAndItsLeftoversGo(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        var tally = Tally(name: "demo")
        for (n, delay) in Self.delays.enumerated() {
            let db = try sandbox.emptyDatabase("demo-\(n)")
            let landed = try Self.killed(sandbox, ["demo", "--db", db, "--accounts", "1000"], after: delay)
            let c = try Self.wasMade(db, sandbox) ? Self.counts(db) : (cases: 0, summaries: 0, users: 0, audit: 0)
            if c.cases == 1000 && c.summaries == 1000 {
                if landed { tally.all += 1 } else { tally.finished += 1 }
            } else if c.cases == 0 && c.summaries == 0 {
                tally.nothing += 1
            } else {
                #expect(store == .postgres, "kill after \(delay) s left \(c)")
                tally.part += 1
            }
            let again = try sandbox.run(["demo", "--db", db, "--accounts", "1000"])
            #expect(again.status == 0, "demo after the kill: \(again.stderr)")
            let done = try Self.counts(db)
            #expect(done.cases == 1000 && done.summaries == 1000, "demo after the kill left \(done)")
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: sandbox.home.path).filter { $0.contains(".partial") }
            #expect(leftovers.isEmpty, "left behind: \(leftovers)")
        }
        print(tally)
    }

    @Test(arguments: E2EStore.tested) func aBulkQueueKilledAnywhereQueuesAllOrNothing(store: E2EStore) throws {
        let inputs = try AccessTableTests.inputs.get()
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let reference = try sandbox.demoDatabase("reference")
        let refs = sandbox.path("refs.txt")
        let rentRefs = try sandbox.open(reference).summaries().filter { !$0.type.isLeaseholdSide }.map(\.ref)
        try Data(rentRefs.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: refs))
        let queue = ["letters", "queue", "--template", inputs.template, "--refs", refs, "--yes", "--as", "lead.income"]
        let full = try sandbox.run(queue + ["--db", reference])
        #expect(full.status == 0, "\(full.stderr)")
        let all = try Self.queuedLetters(reference)
        #expect(all > 0)
        var tally = Tally(name: "bulk letters queue")
        for (n, delay) in Self.delays.enumerated() {
            let db = try sandbox.demoDatabase("queue-\(n)")
            let landed = try Self.killed(sandbox, queue + ["--db", db], after: delay)
            let queued = try Self.queuedLetters(db)
            #expect(queued == 0 || queued == all, "kill after \(delay) s left \(queued) of \(all) letters queued")
            if !landed { tally.finished += 1 } else if queued == all { tally.all += 1 } else if queued == 0 { tally.nothing += 1 }
        }
        print(tally)
    }

    static func queuedLetters(_ path: String) throws -> Int {
        try StoreOpener.openForCommand(path).connection.scalarInt("SELECT count(*) FROM letters WHERE status = 'queued'")
    }
}
