import Foundation
import Testing

/// The automation screens in a real terminal on the demo database: a team lead switches a setting on
/// by keys, the command line sees it, and the preview of tonight's run opens.
@Suite("Automation in the workbench")
struct AutomationWorkbenchE2ETests {
    @Test(arguments: E2EStore.tested) func aTeamLeadSwitchesASettingOnByKeysAndPreviewsTonight(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "lead.income", width: 120, height: 40)
        try tmux.waitFor(allOf: ["Team lead (rents)", "Automation has not run yet."])
        try tmux.press("A")
        try tmux.waitFor(allOf: ["Automation settings", "0 of ", "settings on"])
        try tmux.press("Space")
        try tmux.waitFor(text: "Automation: (none) · Secure · First SMS: on, cap 100.")
        try tmux.press("N")
        try tmux.waitFor(allOf: ["Tonight's run would send", "Nothing is written.", "Left to officers, by reason"])
        try tmux.press("Q")
        #expect(try tmux.waitForExit() == 0)

        let show = try sandbox.run(["automation", "show", "--json", "--db", try sandbox.demoDatabase(), "--as", "lead.income"])
        #expect(show.status == 0, "\(show.stderr)")
        #expect(show.stdout.contains("\"step\":\"first_sms\"") || show.stdout.contains("\"step\": \"first_sms\""), "\(show.stdout)")
        let audit = try sandbox.run(["audit", "--db", try sandbox.demoDatabase(), "--as", "lead.income"])
        #expect(audit.stdout.contains("Automation: (none) · Secure · First SMS: on, cap 100"), "\(audit.stdout)\(audit.stderr)")
    }

    @Test(arguments: E2EStore.tested) func anAgentIsToldWhyTheSettingsAreNotTheirs(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01", width: 120, height: 40)
        try tmux.waitFor(text: "Worklist")
        try tmux.press("A")
        try tmux.waitFor(text: "may not change automation settings")
    }
}

/// The policy what-if in a real terminal on the demo database, by keys only: a team lead names a
/// policy file, sees the tables, narrows to the cases of the first row that moves and opens one.
@Suite("Policy what-if in the workbench")
struct PolicyWhatIfE2ETests {
    @Test(arguments: E2EStore.tested) func aTeamLeadComparesAPolicyFileAndOpensACaseThatMoves(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let file = sandbox.path("stricter.policy")
        try "band.red.balance_above = 500.00\nrules.sms.minimum_arrears = 8.00\n".write(toFile: file, atomically: true, encoding: .utf8)
        let tmux = try TmuxSession.workbench(sandbox, as: "lead.income", width: 120, height: 40)
        try tmux.waitFor(text: "Team lead (rents)")
        try tmux.press("P")
        try tmux.waitFor(allOf: ["Policy what-if", "Policy file"])
        try tmux.type(file)
        try tmux.press("Enter")
        try tmux.waitFor(allOf: ["Nothing is stored.", "Band now → band under the file", "Next action now → under the file"])
        try tmux.press("Enter")
        try tmux.waitFor("the cases of the first moved row") { $0.contains(" → ") && !$0.contains("Band now") }
        try tmux.press("Enter")
        try tmux.waitFor(allOf: ["Policy what-if › ", "pay ref"])
        try tmux.press("Q")
        #expect(try tmux.waitForExit() == 0)
    }
}
