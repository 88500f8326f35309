import Testing
import Foundation
import ArrearsCore

/// Issue 11 item 8 in a real terminal at 80×24, by keys only: an address typed with a line that breaks
/// one of Notify's rules is named before saving, fixed, saved, and then on the case page.
@Suite(.serialized) struct ContactDetailsE2ETests {
    @Test func anAddressWithABrokenRuleIsNamedFixedSavedAndShown() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let store = try SQLiteCaseStore(path: sandbox.dbPath)
        // One of the agent's cases in arrears (so on the Full patch tab) whose tenant has no correspondence address yet.
        let ref = try #require(try store.summaries().filter { $0.officer == "agent.e01" && $0.collectableArrears.isPositive }.map(\.ref).sorted().first {
            (try? store.loadCase(ref: $0))??.account.responsibleContacts.first?.correspondenceAddress == nil
        })
        let agent = try TmuxSession(sandbox: sandbox, width: 80, height: 24, arguments: ["--db", sandbox.dbPath, "--as", "agent.e01"])
        try PromiseE2ETests.open(ref, onTab: "3", titled: "Full patch", in: agent)
        _ = try agent.waitFor(text: ref)
        try agent.press("A")
        _ = try agent.waitFor(text: "Correspondence address")
        try agent.type("(rear) 14 Mare Street")
        try agent.press("Tab")
        try agent.type("London")
        try agent.press("Tab", "Tab", "Tab", "Tab")
        try agent.type("e8 1hy")
        _ = try agent.waitFor(text: "Line 1: Address lines cannot start with")
        try agent.press("Enter")
        _ = try agent.waitFor(text: "! Line 1: Address lines cannot start with")
        // The refusal put the cursor on Line 1: clear it and type it again.
        try agent.press("C-u")
        try agent.type("14 Mare Street")
        _ = try agent.waitFor(text: "GOV.UK Notify will accept this address.")
        try agent.press("Enter")
        _ = try agent.waitFor(text: "Correspondence address of")
        try agent.press("2")
        _ = try agent.waitFor(text: "Correspondence address changed")
        try agent.press("Q")
        #expect(try agent.waitForExit() == 0)

        let stored = try #require(try store.loadCase(ref: ref))
        #expect(stored.account.responsibleContacts.first?.correspondenceAddress == ["14 Mare Street", "London", "E8 1HY"])
        #expect(stored.diary.last?.code == "CAC")
        #expect(stored.diary.last?.comment.hasSuffix("now 14 Mare Street; London; E8 1HY. Was: none.") == true)
    }
}
