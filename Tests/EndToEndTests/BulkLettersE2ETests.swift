import Testing
import Foundation
import ArrearsCore

/// Issue 12: bulk letters from the workbench, by keys in a real terminal, queue what `arrears letters
/// queue` would queue for the same references, in one step; a case changed by another process between
/// the check and the queue is prepared again from what is stored and queued too.
@Suite(.serialized) struct BulkLettersE2ETests {
    @Test func bulkLettersFromTheWorkbenchQueueWhatTheCommandWould() throws {
        let inputs = try AccessTableTests.inputs.get()
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let store = try SQLiteCaseStore(path: sandbox.dbPath)
        let refs = try store.summaries().filter { !$0.type.isLeaseholdSide && $0.collectableArrears.isPositive }.prefix(6).map(\.ref)
        let typed = (refs + ["NOPE-1"]).joined(separator: " ")
        let listFile = sandbox.path("refs.txt")
        try Data(typed.utf8).write(to: URL(fileURLWithPath: listFile))
        // What the command would queue, without --yes (nothing written).
        let dry = try sandbox.run(["letters", "queue", "--template", inputs.template, "--refs", listFile, "--as", "lead.income",
                                   "--db", sandbox.dbPath])
        #expect(dry.status == 0, "\(dry.stderr)")
        let ready = try #require(dry.stdout.split(separator: "\n").first { $0.hasPrefix("Ready: ") }.map(String.init))
        let counts = ready.split(separator: " ").compactMap { Int($0) }
        let (letters, cases) = (counts[0], counts[1])
        #expect(cases > 0)

        let lead = try TmuxSession(sandbox: sandbox, width: 120, height: 40, arguments: ["--db", sandbox.dbPath, "--as", "lead.income"])
        _ = try lead.waitFor(text: "Cases and arrears by band and patch")
        try lead.press("B")
        _ = try lead.waitFor(text: "Bulk letters: choose a template")
        let position = try #require(LetterTemplateCatalogue.standard.offered(to: .teamLead).firstIndex { $0.id == inputs.template })
        try lead.press(Array(repeating: "j", count: position) + ["Enter"])
        try lead.type(typed)
        _ = try lead.waitFor(text: "7 references")
        try lead.press("C-s")
        _ = try lead.waitFor(text: "Cannot send")
        // Another process changes the first case after the check: its copy is stale now.
        _ = try store.update(ref: refs[0], expectedVersion: nil) { _ in }
        try lead.press("s")
        _ = try lead.waitFor(text: "Queue all")
        try lead.press("y")
        let done = try lead.waitFor(text: "Queued \(letters) letter")
        #expect(done.contains("for \(cases) case"), "\(done)")
        #expect(done.contains("Filter: the \(letters) just queued"), "\(done)")
        try lead.press("Q")
        #expect(try lead.waitForExit() == 0)

        let queued = try refs.map { try #require(try store.loadCase(ref: $0)).letters.filter { $0.status == .queued }.count }
        #expect(queued.reduce(0, +) == letters)
        #expect(try store.audit(ref: nil, user: "lead.income", since: nil, limit: nil).filter { $0.operation == .bulkQueueLetters }.count == cases)
    }
}
