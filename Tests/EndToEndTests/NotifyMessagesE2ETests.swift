import Foundation
import Testing
import ArrearsCore

/// Text messages from the command line on a demo database, sent to the stand-in: a campaign previewed
/// and queued by a team lead (refused to an agent), sent once; the nightly run's first SMS.
@Suite("Notify messages", .serialized)
struct NotifyMessagesE2ETests {
    static let templateId = "f33517ff-2a88-4f6e-b855-c550268ce08a"
    static let text = "((name)), your rent account ((payment_ref)) is ((arrears)) in arrears. Please pay or call 020 7946 0000."

    /// The demo database in the sandbox, the stand-in on a free port, and the store to look into.
    static func demoWithStandIn(_ sandbox: Sandbox) throws -> (ChildProcess, Int, SQLiteCaseStore) {
        try DemoFixture.copy(to: sandbox.dbPath)
        let (standIn, port) = try NotifyCommandTests.startStandIn(sandbox)
        return (standIn, port, try SQLiteCaseStore(path: sandbox.dbPath))
    }

    @Test func aCampaignIsPreviewedQueuedAndSentOnce() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (standIn, port, store) = try Self.demoWithStandIn(sandbox)
        defer { kill(standIn.pid, SIGKILL); _ = standIn.wait() }
        let patch = try #require(try store.summaries().first { $0.type == .secure && $0.collectableArrears.isPositive }?.patch)
        let lead = ["--db", sandbox.dbPath, "--as", "lead.income"]
        let env = ["NOTIFY_API_KEY": NotifyCommandTests.key]
        #expect(try sandbox.run(["notify", "configure", "--base-url", "http://127.0.0.1:\(port)"] + lead).status == 0)
        let campaign = ["notify", "campaign", "rent_dec", "--template-id", Self.templateId, "--text", Self.text,
                        "--patch", patch, "--min-arrears", "10"]

        let dry = try sandbox.run(campaign + ["--dry-run"] + lead)
        #expect(dry.status == 0, "\(dry.stderr)")
        #expect(dry.stdout.contains("Campaign rent_dec: patches \(patch); arrears from £10.00."))
        #expect(dry.stdout.contains("Would queue: ") && dry.stdout.contains("fragments in all"))
        #expect(dry.stdout.contains("Example, for ") && dry.stdout.contains("fragment (GSM-7)"))
        #expect(dry.stdout.contains("Dry run: nothing was queued."))
        #expect(try store.outboxCounts().isEmpty)

        let agent = try sandbox.run(campaign + ["--db", sandbox.dbPath, "--as", DemoUsers.agentLogin(patch)])
        #expect(agent.status != 0 && agent.stderr.contains("only team leads may send a message campaign"), "\(agent.stderr)")
        let unknown = try sandbox.run(["notify", "campaign", "rent_dec", "--template-id", Self.templateId, "--text", "Hi ((dob))"] + lead)
        #expect(unknown.status == 2 && unknown.stderr.contains("unknown field ((dob))"))
        let badName = try sandbox.run(["notify", "campaign", "Rent Dec!", "--template-id", Self.templateId, "--text", "Hi"] + lead)
        #expect(badName.status == 2 && badName.stderr.contains("campaign name 'Rent Dec!'"))

        let queued = try sandbox.run(campaign + lead)
        #expect(queued.status == 0, "\(queued.stderr)")
        let count = try #require(queued.stdout.split(separator: "\n").first { $0.hasPrefix("Queued: ") }
            .flatMap { Int($0.dropFirst(8).prefix { $0.isNumber }) })
        #expect(count > 0)
        #expect(try store.outboxCounts()[.queued] == count)
        let again = try sandbox.run(campaign + lead)
        #expect(again.stdout.contains("Queued: 0 ") && again.stdout.contains("already queued by this campaign today"))

        let send = try sandbox.run(["notify", "send"] + lead, extraEnvironment: env)
        #expect(send.status == 0, "\(send.stderr)")
        #expect(send.stdout.contains("Accepted by GOV.UK Notify: \(count)"))
        #expect(try sandbox.run(["notify", "send"] + lead, extraEnvironment: env).stdout.contains("Accepted by GOV.UK Notify: 0"))
        let status = try sandbox.run(["notify", "status"] + lead, extraEnvironment: env)
        #expect(status.stdout.contains("SMS hours: 08:00-20:00 London time") && status.stdout.contains("accepted: \(count)"))
        let audit = try sandbox.run(["audit"] + lead)
        #expect(audit.stdout.contains("Campaign rent_dec previewed") && audit.stdout.contains("Campaign rent_dec queued"))
    }

    @Test func theNightlyRunSendsTheFirstSMSWhenATemplateIsSet() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let (standIn, port, store) = try Self.demoWithStandIn(sandbox)
        defer { kill(standIn.pid, SIGKILL); _ = standIn.wait() }
        let db = ["--db", sandbox.dbPath, "--as", "lead.income"]
        let env = ["NOTIFY_API_KEY": NotifyCommandTests.key]
        let patches = Set(try store.summaries().filter { $0.actionId == RecommendedAction.sendFirstSMS.id }.compactMap(\.patch))
        try #require(!patches.isEmpty, "the demo has cases due a first SMS")
        #expect(try sandbox.run(["notify", "configure", "--base-url", "http://127.0.0.1:\(port)"] + db).status == 0)
        let on = try sandbox.run(["automation", "set", "--patch", patches.sorted().joined(separator: ","), "--type", "rent",
                                  "--step", "first_sms", "--on"] + db)
        #expect(on.status == 0, "\(on.stderr) \(patches)")
        let unset = try sandbox.run(["run", "--dry-run"] + db)
        #expect(unset.stdout.contains("SMS not set up"), "\(unset.stdout)")

        let partial = try sandbox.run(["notify", "configure", "--first-sms-template-id", Self.templateId] + db)
        #expect(partial.status != 0 && partial.stderr.contains("go together"))
        let set = try sandbox.run(["notify", "configure", "--first-sms-template-id", Self.templateId, "--first-sms-text", Self.text] + db)
        #expect(set.status == 0, "\(set.stderr)")
        let run = try sandbox.run(["run"] + db, extraEnvironment: env)
        #expect(run.status == 0, "\(run.stderr)")
        let sms = try #require(try store.outboxMessages(in: [.accepted], limit: nil).filter { $0.channel == .sms }.count as Int?)
        #expect(sms > 0)
        #expect(run.stdout.contains(" SMS)") && !run.stdout.contains("(0 letters, 0 SMS)"), "\(run.stdout)")
        let again = try sandbox.run(["run"] + db, extraEnvironment: env)
        #expect(again.status == 0 && again.stdout.contains("GOV.UK Notify: 0 accepted"))
        #expect(try store.outboxMessages(in: [.accepted], limit: nil).filter { $0.channel == .sms }.count == sms)
    }
}
