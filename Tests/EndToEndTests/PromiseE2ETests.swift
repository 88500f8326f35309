import Testing
import Foundation
import ArrearsCore

/// Issue 11 item 9: a promise to pay recorded by keys in a real terminal, the nightly run on a later
/// date finding it broken, and the case back on the worklist with the reason in the why pane.
@Suite(.serialized) struct PromiseE2ETests {
    static let later = "2026-12-03"

    @Test(arguments: E2EStore.tested) func aPromiseRecordedByKeysBreaksOnALaterDateAndBringsTheCaseBack(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let store = try sandbox.open(db)
        // A case of the agent's in arrears with nothing to do today (so not on Immediate actions), and no hold.
        let ref = try #require(try store.summaries().filter {
            $0.officer == "agent.e01" && $0.actionId == "no_action" && $0.holds.isEmpty && $0.collectableArrears.isPositive
                && $0.pauseUntil == nil
        }.map(\.ref).sorted().first)
        let agent = try TmuxSession(sandbox: sandbox, width: 120, height: 40, arguments: ["--db", db, "--as", "agent.e01"])
        try Self.open(ref, onTab: "3", titled: "Full patch", in: agent)
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
            let run = try sandbox.run(["classify", "--as-of", Self.later, "--db", db])
            #expect(run.status == 0, "\(run.stderr)")
        }
        let stored = try #require(try store.loadCase(ref: ref))
        #expect(stored.diary.filter { $0.code == "PPB" }.count == 1)

        let later = try TmuxSession(sandbox: sandbox, width: 120, height: 40, arguments: ["--db", db, "--as", "agent.e01"],
                                    extraEnvironment: ["ARREARS_TODAY": Self.later])
        // Back on Immediate actions, where it was not before the promise.
        try Self.open(ref, onTab: "1", titled: "Immediate actions", in: later)
        try later.press("w")
        _ = try later.waitFor(text: "Why: Follow up the broken promise to pay")
        try later.press("q")
        _ = try later.waitFor("the why pane to close") { !$0.contains("Why: Follow") }
        try later.press("2")
        _ = try later.waitFor(text: "Promise broken (£900.00 by 2 Dec 2026)")
        try later.press("Q")
        #expect(try later.waitForExit() == 0)
    }

    /// Waits for the worklist (on whichever tab the user last chose), goes to a tab, finds the case by
    /// its reference with `/` and opens it: the search finds nothing, and the wait fails, if it is not there.
    static func open(_ ref: String, onTab key: String, titled title: String, in session: TmuxSession) throws {
        _ = try session.waitFor(text: "Worklist (")
        try session.press(key)
        _ = try session.waitFor(text: "Worklist (\(title))")
        try session.type("/\(ref)")
        try session.press("Enter")
        try session.press("Enter")
        _ = try session.waitFor(text: "1 Overview")
    }
}
