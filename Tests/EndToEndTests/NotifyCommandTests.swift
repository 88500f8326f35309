import Foundation
import Testing
import ArrearsCore

/// `arrears letters export --format pdf` and `arrears notify …` on a demo database, sending to the
/// stand-in: the key comes from the environment and never shows in any output.
@Suite("Notify commands", .serialized)
struct NotifyCommandTests {
    static let serviceId = "2f1c7a5e-9b3d-4e8f-a6c2-1d0e9f8b7a61"
    static let secret = "c4d9e2b1-7a6f-4c3e-b8d5-0f1e2a3b4c5d"
    static let key = "live-demo-\(serviceId)-\(secret)"

    /// The stand-in on a free port; its port is read from the file its output goes to.
    static func startStandIn(_ sandbox: Sandbox) throws -> (ChildProcess, Int) {
        let script = Sandbox.packageRoot.appendingPathComponent("Tests/NotifyStandIn/notify_stand_in.py").path
        let child = try ChildProcess(["/usr/bin/python3", script, "--key", key, "--port", "0", "--step", "0"],
                                     environment: sandbox.environment, folder: sandbox.home)
        for _ in 0..<200 {
            if let line = child.output.split(separator: "\n").first, line.hasPrefix("PORT "), let port = Int(line.dropFirst(5)) {
                return (child, port)
            }
            usleep(25_000)
        }
        kill(child.pid, SIGKILL)
        throw E2EError.setup("the Notify stand-in did not start: \(child.errors)")
    }

    static func queueLetters(_ sandbox: Sandbox, count: Int) throws {
        let store = try SQLiteCaseStore(path: sandbox.dbPath)
        let refs = try store.summaries().filter { $0.type == .secure && $0.collectableArrears.isPositive }.prefix(count).map(\.ref)
        let queued = try sandbox.run(["letters", "queue", "--db", sandbox.dbPath, "--template", "rent_letter_1", "--refs", "-", "--yes"],
                                     stdin: refs.joined(separator: "\n"))
        #expect(queued.status == 0, "\(queued.stderr)")
    }

    @Test func exportsQueuedLettersAsPDFs() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        try Self.queueLetters(sandbox, count: 3)
        let out = sandbox.path("printing")
        let result = try sandbox.run(["letters", "export", "--db", sandbox.dbPath, "--out", out, "--format", "pdf"])
        #expect(result.status == 0, "\(result.stderr)")
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasSuffix(".pdf") }
        #expect(!pdfs.isEmpty)
        for name in pdfs {
            let bytes = try #require(FileManager.default.contents(atPath: out + "/" + name))
            #expect(bytes.starts(with: Data("%PDF-1.7".utf8)))
        }
        let wrong = try sandbox.run(["letters", "export", "--db", sandbox.dbPath, "--out", sandbox.path("x"), "--format", "docx"])
        #expect(wrong.status != 0 && wrong.stderr.contains("--format must be text or pdf"))
    }

    @Test func sendsPollsAndReportsWithoutEverPrintingTheKey() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        try Self.queueLetters(sandbox, count: 4)
        let (standIn, port) = try Self.startStandIn(sandbox)
        defer { kill(standIn.pid, SIGKILL); _ = standIn.wait() }
        let db = ["--db", sandbox.dbPath]
        let env = ["NOTIFY_API_KEY": Self.key]
        var outputs: [Sandbox.Result] = []

        let badURL = try sandbox.run(["notify", "configure", "--base-url", "http://example.org"] + db)
        #expect(badURL.status != 0 && badURL.stderr.contains("notify.base_url"))
        outputs.append(try sandbox.run(["notify", "configure", "--base-url", "http://127.0.0.1:\(port)"] + db))
        let dry = try sandbox.run(["notify", "send", "--dry-run"] + db)
        #expect(dry.stdout.contains("would be sent") && dry.status == 0)
        let noKey = try sandbox.run(["notify", "send"] + db)
        #expect(noKey.status != 0 && noKey.stderr.contains("NOTIFY_API_KEY"))
        let send = try sandbox.run(["notify", "send"] + db, extraEnvironment: env)
        #expect(send.status == 0, "\(send.stderr)")
        #expect(send.stdout.contains("Accepted by GOV.UK Notify: "))
        let again = try sandbox.run(["notify", "send"] + db, extraEnvironment: env)
        #expect(again.stdout.contains("Accepted by GOV.UK Notify: 0"))
        let poll = try sandbox.run(["notify", "poll"] + db, extraEnvironment: env)
        #expect(poll.status == 0 && poll.stdout.contains("Checked "))
        let status = try sandbox.run(["notify", "status"] + db, extraEnvironment: env)
        #expect(status.stdout.contains("API key: key 'live-demo' (live) for service \(Self.serviceId)"))
        #expect(status.stdout.contains("queued: 0"))
        outputs += [dry, noKey, send, again, poll, status]
        for result in outputs { #expect(!(result.stdout + result.stderr).contains(Self.secret)) }
        let audit = try sandbox.run(["audit"] + db)
        #expect(!audit.stdout.contains(Self.secret))
    }
}

/// `arrears run` with Notify configured: the night's automated letters go to the stand-in in the
/// same job, and a second run sends nothing new.
@Suite("Nightly run sends through Notify", .serialized)
struct NightlyRunNotifyTests {
    @Test func theRunSendsWhatAutomationQueued() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let (standIn, port) = try NotifyCommandTests.startStandIn(sandbox)
        defer { kill(standIn.pid, SIGKILL); _ = standIn.wait() }
        let db = ["--db", sandbox.dbPath, "--as", "lead.income"]
        let env = ["NOTIFY_API_KEY": NotifyCommandTests.key]
        #expect(try sandbox.run(["notify", "configure", "--base-url", "http://127.0.0.1:\(port)"] + db).status == 0)
        let set = try sandbox.run(["automation", "set", "--patch", "SC1,SC2", "--type", "leasehold", "--step", "all", "--on"] + db)
        #expect(set.status == 0, "\(set.stderr)")
        let run = try sandbox.run(["run"] + db, extraEnvironment: env)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("GOV.UK Notify: "))
        #expect(!run.stdout.contains("GOV.UK Notify: 0 accepted"), "the automated letters were sent")
        #expect(!run.stdout.contains(NotifyCommandTests.secret) && !run.stderr.contains(NotifyCommandTests.secret))
        let again = try sandbox.run(["run"] + db, extraEnvironment: env)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("GOV.UK Notify: 0 accepted"))
        // With no key anywhere, Notify is not configured: the run classifies and queues, and sends nothing.
        let noKey = try sandbox.run(["run"] + db)
        #expect(noKey.status == 0, "\(noKey.stderr)")
        #expect(!noKey.stdout.contains("GOV.UK Notify:"))
    }
}
