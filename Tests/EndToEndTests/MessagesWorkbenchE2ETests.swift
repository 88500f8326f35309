import Foundation
import Testing

/// Text messages in a real terminal on the demo database, by keys only: an officer sends one from a
/// case page (the outbox row is queued and the diary shows GMS), and a team lead previews and queues a
/// rent campaign. The first SMS's template is set as a team lead would, at the command line.
@Suite("Messages in the workbench")
struct MessagesWorkbenchE2ETests {
    static let templateId = "8c1e5a9e-2f4b-4c1d-9a7e-1b2c3d4e5f60"

    static func configureTemplate(_ sandbox: Sandbox) throws {
        let configure = try sandbox.run(["notify", "configure", "--db", sandbox.dbPath, "--as", "lead.income",
                                         "--first-sms-template-id", templateId,
                                         "--first-sms-text", "Dear ((name)), your rent account is ((arrears)) in arrears."])
        #expect(configure.status == 0, "\(configure.stderr)")
    }

    static func outbox(_ sandbox: Sandbox) throws -> String {
        let status = try sandbox.run(["notify", "status", "--db", sandbox.dbPath, "--as", "lead.income"])
        #expect(status.status == 0, "\(status.stderr)")
        return status.stdout
    }

    @Test func anOfficerSendsATextMessageFromACase() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        if !FileManager.default.fileExists(atPath: sandbox.dbPath) { try DemoFixture.copy(to: sandbox.dbPath) }
        try Self.configureTemplate(sandbox)
        let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01", width: 120, height: 40)
        let worklist = try tmux.waitFor("the agent's worklist rows") { !WorklistScreen.rows($0).isEmpty }
        // The first case on the worklist whose tenant has a mobile or an email (the demo gives some only a landline).
        var sent: String?
        for (index, row) in WorklistScreen.rows(worklist).prefix(8).enumerated() where sent == nil {
            if index > 0 { try tmux.press("j") }
            try tmux.press("Enter")
            try tmux.waitFor(allOf: [row.ref, "pay ref"])
            try tmux.press("m")
            let shown = try tmux.waitFor("the message form or why not") {
                $0.contains("Send a text message or email") || $0.contains("has no valid UK mobile number or email address")
            }
            if shown.contains("Send a text message or email") {
                try tmux.waitFor(allOf: ["Length", "fragment"])
                try tmux.press("Enter")
                try tmux.waitFor(text: "Queue this text message to")
                try tmux.press("y")
                try tmux.waitFor(text: "Queued 1 text message for \(row.ref)")
                sent = row.ref
            } else {
                try tmux.press("Escape")
                try tmux.waitFor("the worklist again") { !WorklistScreen.rows($0).isEmpty }
            }
        }
        let ref = try #require(sent, "one of the first cases has a mobile")
        try tmux.press("2")
        try tmux.waitFor(allOf: ["GMS", "queued for GOV.UK Notify"])
        try tmux.press("Q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try Self.outbox(sandbox).contains("queued: 1"), "the outbox has \(ref)'s message")
    }

    @Test func aTeamLeadPreviewsAndQueuesARentCampaign() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        if !FileManager.default.fileExists(atPath: sandbox.dbPath) { try DemoFixture.copy(to: sandbox.dbPath) }
        try Self.configureTemplate(sandbox)
        let tmux = try TmuxSession.workbench(sandbox, as: "lead.income", width: 120, height: 40)
        try tmux.waitFor(text: "Team lead (rents)")
        try tmux.press("M")
        try tmux.waitFor(allOf: ["Rent campaign", "Campaign name"])
        try tmux.type("rent_nov")
        try tmux.press("Tab")
        try tmux.type("E01")
        try tmux.press("Enter")
        // The preview is made in parts between keys: its counts are final once "Checking cases" has gone.
        let preview = try tmux.waitFor("the whole preview") { screen in
            ["Campaign rent_nov: patches E01.", "Would queue: ", "Example, for "].allSatisfy(screen.contains)
                && !screen.contains("Checking cases")
        }
        let line = try #require(preview.lines.first { $0.hasPrefix("Would queue: ") })
        let count = try #require(Int(line.dropFirst("Would queue: ".count).prefix { $0.isNumber }))
        #expect(count > 0)
        try tmux.press("s")
        try tmux.waitFor(text: "Queue \(count) text message")
        try tmux.press("y")
        try tmux.waitFor(text: "Campaign rent_nov: queued \(count) text message")
        try tmux.waitFor(text: "already queued by this campaign today")
        try tmux.press("Q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try Self.outbox(sandbox).contains("queued: \(count)"))
    }
}
