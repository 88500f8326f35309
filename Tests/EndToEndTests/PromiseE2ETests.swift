import Testing
import Foundation
import ArrearsCore

/// Issue 11 item 9: a promise to pay recorded by keys in a real terminal, the nightly run on a later
/// date finding it broken, and the case back on the worklist with the reason in the why pane.
@Suite(.serialized) struct PromiseE2ETests {
    static let later = "2026-12-03"

    @Test func aPromiseRecordedByKeysBreaksOnALaterDateAndBringsTheCaseBack() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let store = try SQLiteCaseStore(path: sandbox.dbPath)
        // A case of the agent's in arrears with nothing to do today (so not on Immediate actions), and no hold.
        let ref = try #require(try store.summaries().filter {
            $0.officer == "agent.e01" && $0.actionId == "no_action" && $0.holds.isEmpty && $0.collectableArrears.isPositive
                && $0.pauseUntil == nil
        }.map(\.ref).sorted().first)
        let agent = try TmuxSession(sandbox: sandbox, width: 120, height: 40, arguments: ["--db", sandbox.dbPath, "--as", "agent.e01"])
        _ = try agent.waitFor(text: "Worklist (Immediate actions)")
        try agent.press("3")
        _ = try agent.waitFor(text: "Worklist (Full patch)")
        try agent.type("/\(ref)")
        try agent.press("Enter")
        try agent.press("Enter")
        _ = try agent.waitFor(text: "1 Overview")
        try agent.press("$")
        _ = try agent.waitFor(text: "Promise to pay")
        try agent.type("900")
        try agent.press("Tab")
        try agent.type("+3d")
        _ = try agent.waitFor(text: "Wednesday 2 December 2026")
        try agent.press("Enter")
        _ = try agent.waitFor(text: "Promise recorded: £900.00 by 2 Dec 2026")
        try agent.press("Q")
        #expect(try agent.waitForExit() == 0)

        #expect(try store.loadCase(ref: ref)?.promises.count == 1, "the promise is stored")

        // The nightly run the day after the date: broken, once, however often it runs.
        for _ in 0..<2 {
            let run = try sandbox.run(["classify", "--as-of", Self.later, "--db", sandbox.dbPath])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let stored = try #require(try store.loadCase(ref: ref))
        #expect(stored.diary.filter { $0.code == "PPB" }.count == 1)

        let later = try TmuxSession(sandbox: sandbox, width: 120, height: 40, arguments: ["--db", sandbox.dbPath, "--as", "agent.e01"],
                                    extraEnvironment: ["ARREARS_TODAY": Self.later])
        _ = try later.waitFor(text: "Worklist (")
        // Back on Immediate actions, where it was not before the promise.
        try later.press("1")
        _ = try later.waitFor(text: "Worklist (Immediate actions)")
        try later.type("/\(ref)")
        try later.press("Enter")
        try later.press("Enter")
        _ = try later.waitFor(text: "1 Overview")
        try later.press("w")
        _ = try later.waitFor(text: "Why: Follow up the broken promise to pay")
        try later.press("q")
        _ = try later.waitFor("the why pane to close") { !$0.contains("Why: Follow") }
        try later.press("2")
        _ = try later.waitFor(text: "Promise broken (£900.00 by 2 Dec 2026)")
        try later.press("Q")
        #expect(try later.waitForExit() == 0)
    }
}
