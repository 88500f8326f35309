import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `arrears run` as cron runs it: the real binary on a demo database, a team lead's settings, the lock,
/// and kill -9 at points through the run followed by a rerun that sends nothing twice and loses nothing.
@Suite(.serialized) struct NightlyRunE2ETests {
    static func prepared() throws -> Sandbox {
        let box = try Sandbox()
        try DemoFixture.copy(to: box.dbPath)
        let set = try box.run(["automation", "set", "--patch", "SC1,SC2", "--type", "leasehold", "--step", "all", "--on",
                               "--db", box.dbPath, "--as", "lead.income"])
        #expect(set.status == 0, "\(set.stderr)")
        return box
    }

    /// Letter ids per case, from the JSON export of the letters.
    static func letters(_ box: Sandbox) throws -> [String] {
        let out = box.path("letters-\(UUID().uuidString).json")
        let r = try box.run(["export", "--format", "json", "--out", out, "--db", box.dbPath, "--as", "lead.income"])
        guard r.status == 0 else { throw E2EError.setup("export failed: \(r.stderr)") }
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        try? FileManager.default.removeItem(atPath: out)
        let text = String(decoding: data, as: UTF8.self)
        // Letter ids are unique words of the form template-date-ref-contact[-n]; count them from the text.
        let pattern = try NSRegularExpression(pattern: "\"(leasehold_letter_[12][a-z_]*|major_works_letter_[12])-20261129-[^\"]+\"")
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
    }

    @Test func aRunSendsOnceAndASecondRunNothing() throws {
        let box = try Self.prepared()
        defer { box.remove() }
        let first = try box.run(["run", "--db", box.dbPath, "--as", "lead.income"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Run by lead.income for 2026-11-29."))
        #expect(first.stdout.contains("Acted on, by patch and step:"))
        let sent = try Self.letters(box)
        #expect(!sent.isEmpty)
        #expect(Set(sent).count == sent.count)
        let second = try box.run(["run", "--db", box.dbPath, "--as", "lead.income"])
        #expect(second.status == 0)
        #expect(second.stdout.contains("Automation for 2026-11-29: 0 cases acted on"))
        #expect(try Self.letters(box) == sent)
        // A past date that already ran is refused without --rerun.
        let agent = try box.run(["run", "--db", box.dbPath, "--as", "agent.e01"])
        #expect(agent.status == 1)
        #expect(agent.stderr.contains("may not run classification"))
    }

    @Test func aDryRunPreviewsAndWritesNothing() throws {
        let box = try Self.prepared()
        defer { box.remove() }
        let before = try Data(contentsOf: URL(fileURLWithPath: box.dbPath))
        let preview = try box.run(["run", "--dry-run", "--db", box.dbPath, "--as", "lead.income"])
        #expect(preview.status == 0, "\(preview.stderr)")
        #expect(preview.stdout.hasPrefix("Tonight's run would send for 2026-11-29:"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: box.dbPath)) == before)
        #expect(!FileManager.default.fileExists(atPath: box.dbPath + ".run-lock"), "a preview takes no lock")
    }

    @Test func oneRunAtATimeAndAKilledHolderLeavesNoLock() throws {
        let box = try Self.prepared()
        defer { box.remove() }
        // Another run holds the lock (played by util-linux's flock, which holds it while it sleeps).
        let holder = try ChildProcess(["flock", "--nonblock", "--no-fork", box.dbPath + ".run-lock", "sleep", "30"],
                                      environment: box.environment, folder: box.home)
        var waited = 0
        while !FileManager.default.fileExists(atPath: box.dbPath + ".run-lock") && waited < 100 { usleep(20_000); waited += 1 }
        usleep(100_000)
        let busy = try box.run(["run", "--db", box.dbPath, "--as", "lead.income"])
        #expect(busy.status == 1)
        #expect(busy.stderr.contains("another 'arrears run' is still running on this database"))
        kill(holder.pid, SIGKILL)
        _ = holder.wait()
        let after = try box.run(["run", "--db", box.dbPath, "--as", "lead.income"])
        #expect(after.status == 0, "a killed holder leaves no lock: \(after.stderr)")
    }

    /// kill -9 at several points through the run, then a rerun: the letters are exactly those of an
    /// uninterrupted run — none twice, none lost.
    @Test func killedRunsThenARerunSendEachLetterOnce() throws {
        let reference = try Self.prepared()
        defer { reference.remove() }
        #expect(try reference.run(["run", "--db", reference.dbPath, "--as", "lead.income"]).status == 0)
        let expected = Set(try Self.letters(reference))
        #expect(!expected.isEmpty)
        for delay in [150_000, 600_000, 1_200_000] as [useconds_t] {
            let box = try Self.prepared()
            defer { box.remove() }
            let run = try box.start(["run", "--db", box.dbPath, "--as", "lead.income"])
            usleep(delay)
            kill(run.pid, SIGKILL)
            _ = run.wait()
            let rerun = try box.run(["run", "--db", box.dbPath, "--as", "lead.income"])
            #expect(rerun.status == 0, "rerun after a kill at \(delay) µs: \(rerun.stderr)")
            let sent = try Self.letters(box)
            #expect(sent.count == Set(sent).count, "no letter twice (kill at \(delay) µs)")
            #expect(Set(sent) == expected, "the same letters as an uninterrupted run (kill at \(delay) µs)")
        }
    }
}
