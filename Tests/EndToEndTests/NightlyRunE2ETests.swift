@testable import ArrearsCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `arrears run` as cron runs it: the real binary on a demo database, a team lead's settings, the lock,
/// and kill -9 at points through the run followed by a rerun that sends nothing twice and loses nothing.
@Suite(.serialized) struct NightlyRunE2ETests {
    static func prepared(_ store: E2EStore) throws -> Sandbox {
        let box = try Sandbox(store: store)
        let set = try box.run(["automation", "set", "--patch", "SC1,SC2", "--type", "leasehold", "--step", "all", "--on",
                               "--db", try box.demoDatabase(), "--as", "lead.income"])
        #expect(set.status == 0, "\(set.stderr)")
        return box
    }

    /// Letter ids per case, from the JSON export of the letters.
    static func letters(_ box: Sandbox) throws -> [String] {
        let out = box.path("letters-\(UUID().uuidString).json")
        let r = try box.run(["export", "--format", "json", "--out", out, "--db", try box.demoDatabase(), "--as", "lead.income"])
        guard r.status == 0 else { throw E2EError.setup("export failed: \(r.stderr)") }
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        try? FileManager.default.removeItem(atPath: out)
        let text = String(decoding: data, as: UTF8.self)
        // Letter ids are unique words of the form template-date-ref-contact[-n]; count them from the text.
        let pattern = try NSRegularExpression(pattern: "\"(leasehold_letter_[12][a-z_]*|major_works_letter_[12])-20261129-[^\"]+\"")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
    }

    @Test(arguments: E2EStore.tested) func aRunSendsOnceAndASecondRunNothing(store: E2EStore) throws {
        let box = try Self.prepared(store)
        defer { box.remove() }
        let first = try box.run(["run", "--db", try box.demoDatabase(), "--as", "lead.income"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Run by lead.income for 2026-11-29."))
        #expect(first.stdout.contains("Acted on, by patch and step:"))
        let sent = try Self.letters(box)
        #expect(!sent.isEmpty)
        #expect(Set(sent).count == sent.count)
        let second = try box.run(["run", "--db", try box.demoDatabase(), "--as", "lead.income"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("Automation for 2026-11-29: 0 cases acted on"))
        #expect(try Self.letters(box) == sent)
        // A past date that already ran is refused without --rerun.
        let agent = try box.run(["run", "--db", try box.demoDatabase(), "--as", "agent.e01"])
        #expect(agent.status == 1)
        #expect(agent.stderr.contains("may not run classification"))
    }

    @Test(arguments: E2EStore.tested) func aDryRunPreviewsAndWritesNothing(store: E2EStore) throws {
        let box = try Self.prepared(store)
        defer { box.remove() }
        let db = try box.demoDatabase()
        let before = try box.contents(of: db)
        let preview = try box.run(["run", "--dry-run", "--db", try box.demoDatabase(), "--as", "lead.income"])
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.hasPrefix("Tonight's run would send for 2026-11-29:"))
        #expect(try box.contents(of: db) == before)
        if store == .sqlite {
            #expect(!FileManager.default.fileExists(atPath: db + ".run-lock"), "a preview takes no lock")
        }
    }

    /// Another run holds the lock: on SQLite util-linux's flock, holding the file while it sleeps (then
    /// killed); on PostgreSQL this process, holding the server's lock on a connection it then closes,
    /// as a process's end closes it.
    @Test(arguments: E2EStore.tested) func oneRunAtATimeAndAKilledHolderLeavesNoLock(store: E2EStore) throws {
        let box = try Self.prepared(store)
        defer { box.remove() }
        let db = try box.demoDatabase()
        var serverHolder: PostgresRunLock?
        var fileHolder: ChildProcess?
        if store == .postgres {
            serverHolder = try PostgresRunLock(url: db, holder: "pid 1, the test")
        } else {
            fileHolder = try ChildProcess(["flock", "--nonblock", "--no-fork", db + ".run-lock", "sleep", "30"],
                                          environment: box.environment, folder: box.home)
            // The lock file appears when flock opens it, just before it locks it: wait for the lock itself.
            try Self.waitUntilFlocked(db + ".run-lock")
        }
        let busy = try box.run(["run", "--db", db, "--as", "lead.income"])
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("another 'arrears run' is still running on this database"), "\(busy.stderr)")
        if store == .postgres { #expect(busy.stderr.contains("pid 1, the test"), "the message names the holder: \(busy.stderr)") }
        if let fileHolder {
            kill(fileHolder.pid, SIGKILL)
            _ = fileHolder.wait()
        }
        withExtendedLifetime(serverHolder) {}
        serverHolder = nil
        let after = try box.run(["run", "--db", db, "--as", "lead.income"])
        #expect(after.status == 0, "a killed holder leaves no lock: \(after.stderr)")
    }

    /// kill -9 at several points through the run, then a rerun: the letters are exactly those of an
    /// uninterrupted run — none twice, none lost.
    @Test(arguments: E2EStore.tested) func killedRunsThenARerunSendEachLetterOnce(store: E2EStore) throws {
        let reference = try Self.prepared(store)
        defer { reference.remove() }
        #expect(try reference.run(["run", "--db", try reference.demoDatabase(), "--as", "lead.income"]).status == 0)
        let expected = Set(try Self.letters(reference))
        #expect(!expected.isEmpty)
        for delay in [150_000, 600_000, 1_200_000] as [useconds_t] {
            let box = try Self.prepared(store)
            defer { box.remove() }
            let run = try box.start(["run", "--db", try box.demoDatabase(), "--as", "lead.income"])
            usleep(delay)
            kill(run.pid, SIGKILL)
            _ = run.wait()
            let rerun = try box.run(["run", "--db", try box.demoDatabase(), "--as", "lead.income"])
            #expect(rerun.status == 0, "rerun after a kill at \(delay) µs: \(rerun.stderr)")
            let sent = try Self.letters(box)
            #expect(sent.count == Set(sent).count, "no letter twice (kill at \(delay) µs)")
            #expect(Set(sent) == expected, "the same letters as an uninterrupted run (kill at \(delay) µs)")
        }
    }

    /// Waits until some process holds a flock on `path`, read from the kernel's table (/proc/locks,
    /// by the file's inode) so that looking never takes the lock itself.
    static func waitUntilFlocked(_ path: String) throws {
        for _ in 0..<1_500 {
            var info = stat()
            if stat(path, &info) == 0,
               let locks = try? String(contentsOfFile: "/proc/locks", encoding: .utf8),
               locks.split(separator: "\n").contains(where: { $0.contains("FLOCK") && $0.hasSuffix(":\(info.st_ino) 0 EOF") }) {
                return
            }
            usleep(20_000)
        }
        throw E2EError.timeout("nobody took the flock on \(path)")
    }
}
