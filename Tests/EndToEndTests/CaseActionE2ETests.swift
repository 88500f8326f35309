import Testing
import Foundation

/// Issue 5: actions by keys only in a real terminal, seen in the diary and the status bar, and undone.
@Suite(.serialized) struct CaseActionE2ETests {
    @Test(arguments: E2EStore.tested) func aDiaryEntryByKeysShowsInTheDiaryAndUndoVoidsIt(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let agent = try TmuxSession(sandbox: sandbox, width: 120, height: 40, arguments: ["--db", db, "--as", "agent.e01"])
        _ = try agent.waitFor(text: "Worklist (Immediate actions)")
        try agent.press("3")
        _ = try agent.waitFor(text: "Worklist (Full patch)")
        try agent.press("Enter")
        _ = try agent.waitFor(text: "1 Overview")
        try agent.press("d")
        _ = try agent.waitFor(text: "Add a diary entry")
        try agent.type("OTC")
        try agent.press("Tab")
        try agent.type("Rang about the arrears; will pay on Friday")
        try agent.press("Enter")
        _ = try agent.waitFor(text: "Added OTC Outgoing telephone call")
        try agent.press("2")
        _ = try agent.waitFor(allOf: ["OTC Outgoing telephone call · agent.e01", "Rang about the arrears; will pay on Friday"])

        try agent.press("u")
        _ = try agent.waitFor(text: "Undo")
        try agent.press("y")
        let voided = try agent.waitFor(text: "VOI")
        #expect(voided.contains("OTC Outgoing telephone call"), "the voided entry stays in the diary")
        try agent.press("Q")
        #expect(try agent.waitForExit() == 0)

        // The audit trail recorded both, by the agent.
        let audit = try sandbox.run(["audit", "--db", db, "--as", "audit.income", "--user", "agent.e01"])
        #expect(audit.status == 0, "\(audit.stderr)")
        #expect(audit.stdout.contains("add_diary_entry"))
        #expect(audit.stdout.contains("undo"))
    }
}
