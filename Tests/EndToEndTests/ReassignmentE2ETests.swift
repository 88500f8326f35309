import Testing
import Foundation

/// Issue 6: a team lead reassigns cases by keys only, and the agent's own worklist changes.
@Suite(.serialized) struct ReassignmentE2ETests {
    @Test func teamLeadReassignsMarkedCasesAndTheAgentSeesThem() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let db = sandbox.dbPath
        let made = try sandbox.run(["demo", "--db", db, "--accounts", "600"])
        #expect(made.status == 0, "\(made.stderr)")

        // Who holds each case before, as the auditor reads it from the worklist export.
        let before = try officers(sandbox, db)

        let agentBefore = try fullPatchCount(sandbox, db, login: "agent.w07")

        let lead = try TmuxSession(sandbox: sandbox, width: 120, height: 30, arguments: ["--db", db, "--as", "lead.income"])
        _ = try lead.waitFor(text: "Team lead")
        try lead.send("W")
        _ = try lead.waitFor(text: "Immediate (")
        try lead.send("Space")
        try lead.send("Space")
        _ = try lead.waitFor(text: "2 marked")
        try lead.send("r")
        let dialog = try lead.waitFor(text: "Reassign 2 cases")
        let refs = try #require(dialog.split(separator: "\n").first { $0.contains("Cases ") }).split(separator: " ")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",│ ")) }
            .filter { $0.range(of: #"^\d{7}/\d{2}$"#, options: .regularExpression) != nil }
        #expect(refs.count == 2)
        try lead.send("w07", literal: true)
        try lead.send("Enter")
        _ = try lead.waitFor(text: "Reassign 2 cases to")
        try lead.send("y")
        _ = try lead.waitFor(text: "Reassigned 2 cases to agent.w07")
        try lead.send("Q")

        let moved = refs.filter { before[$0] != "agent.w07" }.count
        let after = try officers(sandbox, db)
        for ref in refs { #expect(after[ref] == "agent.w07", "\(ref) is held by \(after[ref] ?? "nobody")") }
        #expect(try fullPatchCount(sandbox, db, login: "agent.w07") == agentBefore + moved)

        let audit = try sandbox.run(["audit", "--db", db, "--as", "audit.income", "--user", "lead.income"])
        #expect(audit.stdout.contains("reassign_cases"))
    }

    private func officers(_ sandbox: Sandbox, _ db: String) throws -> [String: String] {
        let export = try sandbox.run(["export", "--db", db, "--worklist", "--out", "-", "--as", "audit.income"])
        var result: [String: String] = [:]
        for line in export.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields.count > 5 { result[String(fields[0])] = String(fields[5]) }
        }
        return result
    }

    /// The count on the agent's "Full patch" tab, read from the screen.
    private func fullPatchCount(_ sandbox: Sandbox, _ db: String, login: String) throws -> Int {
        let session = try TmuxSession(sandbox: sandbox, width: 120, height: 30, arguments: ["--db", db, "--as", login])
        let screen = try session.waitFor(text: "Full patch (")
        try session.send("Q")
        let match = try #require(screen.range(of: #"Full patch \((\d[\d,]*)\)"#, options: .regularExpression))
        let digits = screen[match].filter(\.isNumber)
        return try #require(Int(digits))
    }
}
