import Testing
import Foundation

/// Issue 6: a team lead reassigns cases by keys only, and the agent's own worklist changes.
@Suite(.serialized) struct ReassignmentE2ETests {
    @Test(arguments: E2EStore.tested) func teamLeadReassignsMarkedCasesAndTheAgentSeesThem(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.emptyDatabase("test")
        let made = try sandbox.run(["demo", "--db", db, "--accounts", "600"])
        #expect(made.status == 0, "\(made.stderr)")

        // Who holds each case before, as the auditor reads it from the worklist export.
        let before = try officers(sandbox, db)

        let agentBefore = try fullPatchCount(sandbox, db, login: "agent.w07")

        let lead = try TmuxSession(sandbox: sandbox, width: 120, height: 30, arguments: ["--db", db, "--as", "lead.income"])
        _ = try lead.waitFor(text: "Team lead")
        try lead.press("W")
        _ = try lead.waitFor(text: "Worklist (Immediate actions)")
        try lead.press("Space")
        try lead.press("Space")
        _ = try lead.waitFor(text: "2 marked")
        try lead.press("r")
        let dialog = try lead.waitFor(text: "Reassign 2 cases")
        // The dialog's "Cases" line, between its borders (the worklist shows through on either side).
        let casesLine = try #require(dialog.lines.first { $0.contains("│ Cases ") })
        let inside = casesLine.components(separatedBy: "│ Cases ")[1].components(separatedBy: "│")[0]
        let refs = inside.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(refs.count == 2)
        try lead.type("w07")
        try lead.press("Enter")
        _ = try lead.waitFor(text: "Reassign 2 cases to")
        try lead.press("y")
        _ = try lead.waitFor(text: "Reassigned 2 cases to agent.w07")
        try lead.press("Q")

        let moved = refs.filter { before[$0] != "agent.w07" }.count
        let after = try officers(sandbox, db)
        for ref in refs { #expect(after[ref] == "agent.w07", "\(ref) is held by \(after[ref] ?? "nobody")") }
        #expect(try fullPatchCount(sandbox, db, login: "agent.w07") == agentBefore + moved)

        let audit = try sandbox.run(["audit", "--db", db, "--as", "audit.income", "--user", "lead.income"])
        #expect(audit.stdout.contains("reassign_cases"))
    }

    private func officers(_ sandbox: Sandbox, _ db: String) throws -> [String: String] {
        let export = try sandbox.run(["export", "--db", db, "--worklist", "--out", "-", "--as", "audit.income"])
        #expect(export.status == 0, "\(export.stderr)")
        var result: [String: String] = [:]
        for line in export.stdout.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            if fields.count > 5 { result[String(fields[0])] = String(fields[5]) }
        }
        return result
    }

    /// The count on the agent's "Full patch" tab, read from the screen.
    private func fullPatchCount(_ sandbox: Sandbox, _ db: String, login: String) throws -> Int {
        let session = try TmuxSession(sandbox: sandbox, width: 120, height: 30, arguments: ["--db", db, "--as", login])
        let screen = try session.waitFor(text: "Full patch (")
        try session.press("Q")
        let match = try #require(screen.text.range(of: #"Full patch \((\d[\d,]*)\)"#, options: .regularExpression))
        let digits = screen.text[match].filter(\.isNumber)
        return try #require(Int(digits))
    }
}
