@testable import ArrearsCore
import Foundation
import Testing

/// A bulk `letters queue` while `arrears classify` moves case versions on: whichever order the two
/// run in, the batch is queued (cases changed meanwhile are prepared again), and every case is either
/// queued or reported with why — never "Nothing was queued".
@Suite("Bulk queue beside classify")
struct BulkQueueConcurrencyTests {
    @Test(arguments: E2EStore.tested, 1...3)
    func aBulkQueueBesideClassifyQueuesTheBatch(store: E2EStore, round: Int) throws {
        let inputs = try AccessTableTests.inputs.get()
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase("shared")
        let rentRefs = try sandbox.open(db).summaries().filter { !$0.type.isLeaseholdSide }.map(\.ref)
        let refs = sandbox.path("refs.txt")
        try Data(rentRefs.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: refs))
        let queue = try sandbox.start(["letters", "queue", "--template", inputs.template, "--refs", refs, "--yes",
                                       "--as", "lead.income", "--db", db])
        let classify = try sandbox.start(["classify", "--as-of", ConcurrentWriteTests.laterDate, "--db", db],
                                          extraEnvironment: ConcurrentWriteTests.laterClock)
        let queued = queue.result(), classified = classify.result()
        #expect(classified.status == 0, "\(classified.stderr)")
        #expect(queued.status == 0, "\(queued.stdout)\(queued.stderr)")
        #expect(!queued.stdout.contains("Nothing was queued") && !queued.stderr.contains("Nothing was queued"))
        // "Queued N letters for M cases…": N matches the letters stored as queued.
        let line = queued.stdout.split(separator: "\n").first { $0.hasPrefix("Queued ") } ?? ""
        let reported = Int(line.split(separator: " ").dropFirst().first?.replacingOccurrences(of: ",", with: "") ?? "") ?? -1
        let stored = try KillTests.queuedLetters(db)
        #expect(reported > 0 && reported == stored, "\(line) but \(stored) letters are queued")
        let notQueued = queued.stdout.split(separator: "\n").filter { $0.contains("\tnot queued: ") }
        #expect(line.contains("not queued") == !notQueued.isEmpty)
    }
}
