import ArrearsCore
import Foundation
import Testing

/// Several processes writing one database at once. Whatever order the operating system runs them in,
/// every process must succeed (no "database is locked") and the result must be what running them one
/// after another gives: the assertions hold for every interleaving, so the tests are deterministic.
@Suite("Concurrent writers")
struct ConcurrentWriteTests {
    /// A date far enough past the demo's that agreements breach and complete, so classify writes cases.
    /// The clock is set to it too: a run that stores may not date its results weeks ahead of today.
    static let laterDate = "2027-01-31"
    static let laterClock = ["ARREARS_TODAY": laterDate]

    @Test(arguments: E2EStore.tested) func twoClassifyRunsAtOnceEndAsOneRunDoes(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let shared = try sandbox.demoDatabase("shared")
        let alone = try sandbox.demoDatabase("alone")

        let runs = try (1...2).map { _ in try sandbox.start(["classify", "--as-of", Self.laterDate, "--db", shared], extraEnvironment: Self.laterClock) }
        let results = runs.map { $0.result() }
        let single = try sandbox.run(["classify", "--as-of", Self.laterDate, "--db", alone], extraEnvironment: Self.laterClock)

        for result in results + [single] {
            #expect(result.status == 0, "classify failed: \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(result.stderr)")
        }
        #expect(single.stdout.contains("Agreements that changed state"), "the date should make classify write cases: \(single.stdout)")
        let together = try DatabaseContent(path: shared), oneRun = try DatabaseContent(path: alone)
        #expect(together.cases.count == DemoFixture.accounts)
        Self.expectSameCases(together.cases, oneRun.cases)
        #expect(together.summaries.map(\.band) == oneRun.summaries.map(\.band))
        #expect(together.summaries.map(\.actionId) == oneRun.summaries.map(\.actionId))
        #expect(together.snapshots.filter { $0.asOf.isoText == Self.laterDate }.count == 1)
    }

    @Test(arguments: E2EStore.tested) func demoRefreshAndClassifyOfAnotherDateAtOnceBothLand(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let shared = try sandbox.demoDatabase("shared")
        let demo = try sandbox.start(["demo", "--accounts", "\(DemoFixture.accounts)", "--db", shared])
        let classify = try sandbox.start(["classify", "--as-of", "2026-12-06", "--db", shared])
        for result in [demo.result(), classify.result()] {
            #expect(result.status == 0, "\(result.stderr)")
        }
        let content = try DatabaseContent(path: shared)
        #expect(content.cases.count == DemoFixture.accounts)
        #expect(content.summaries.count == DemoFixture.accounts)
        // Each run saves the summaries of a batch (up to 5,000 cases, so here all of them) in one
        // transaction: never a mixture of two dates.
        #expect(Set(content.summaries.map(\.asOf)).count == 1)
        let dates = Set(content.snapshots.map(\.asOf.isoText))
        #expect(dates.isSuperset(of: ["2026-11-29", "2026-12-06"]), "a snapshot was lost: \(dates.sorted())")
    }

    /// This process appends diary entries to one case, each its own transaction, while an `arrears
    /// classify` that changes the same case's agreement runs. Nothing may be lost from either.
    /// The appends stop after a second and a half, well inside the store's five-second busy timeout:
    /// a writer that never pauses can starve another of the write lock for ever, which is a load no
    /// caseworker makes. A second and a half covers classify's reading, when its copy of the case ages.
    @Test(arguments: E2EStore.tested) func diaryEntriesWrittenDuringClassifyAreAllKept(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let store = try sandbox.open(db)
        // On a loaded machine the debug build's run can hold the write lock for longer than a
        // workbench's five seconds; what is tested here is that nothing is lost, so wait as a command does.
        try store.waitForOtherWriters(upTo: SQLCaseStore.commandWriterWaitSeconds)
        let later = try #require(CivilDate.parseISO(Self.laterDate))
        var target: CaseFile?
        try store.forEachCase { file in
            if target == nil, !ArrearsEngine.agreementUpdates(for: file, asOf: later).isEmpty { target = file }
        }
        let original = try #require(target, "no demo case has an agreement that changes by \(Self.laterDate)")
        let expectedChanges = ArrearsEngine.agreementUpdates(for: original, asOf: later).count

        let classify = try sandbox.start(["classify", "--as-of", Self.laterDate, "--db", db],
                                         extraEnvironment: Self.laterClock)
        let stopAppending = Date().addingTimeInterval(1.5)
        var appended: [Int] = []
        repeat {
            try store.update(ref: original.ref, expectedVersion: nil) { file in
                let id = (file.diary.map(\.id).max() ?? 0) + 1
                file.diary.append(DiaryEntry(id: id, at: Timestamp(secondsSinceEpoch: 1_795_000_000 + Int64(id)),
                                             code: "OTC", comment: "concurrent write \(appended.count + 1)",
                                             user: "agent.e01", balance: file.balance))
                appended.append(id)
            }
        } while classify.isRunning && Date() < stopAppending
        let result = classify.result()

        #expect(result.status == 0, "classify failed while another process wrote: \(result.stderr)")
        let saved = try #require(try store.loadCase(ref: original.ref))
        let savedIds = Set(saved.diary.map(\.id))
        let lost = appended.filter { !savedIds.contains($0) }
        #expect(lost.isEmpty, "\(lost.count) of \(appended.count) diary entries written during classify were lost")
        #expect(saved.diary.count == original.diary.count + appended.count)
        let historyBefore = original.agreements.map(\.history.count).reduce(0, +)
        let historyAfter = saved.agreements.map(\.history.count).reduce(0, +)
        #expect(historyAfter == historyBefore + expectedChanges, "classify's agreement changes were lost or doubled")
    }

    /// A command started while another writer holds the write lock for longer than a workbench waits
    /// (a nightly run or an import of 100,000 cases) waits its turn instead of failing with "busy".
    @Test(arguments: E2EStore.tested) func aCommandWaitsLongerThanTheWorkbenchForTheWriteLock(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let shared = try sandbox.demoDatabase("shared")
        let holder = try sandbox.open(shared)
        let classify = try holder.atomically {
            let started = try sandbox.start(["classify", "--as-of", Self.laterDate, "--db", shared], extraEnvironment: Self.laterClock)
            Thread.sleep(forTimeInterval: 6.5)  // past the workbench's five seconds
            return started
        }
        let result = classify.result()
        #expect(result.status == 0, "classify gave up behind another writer: \(result.stderr)")
        #expect(result.stdout.contains("Agreements that changed state"), "\(result.stdout)")
    }

    /// Compares case by case, so a failure names the cases that differ rather than printing thousands.
    /// Versions are left out: two writers may each move a case's version on for the same content.
    static func expectSameCases(_ a: [CaseFile], _ b: [CaseFile]) {
        #expect(a.map(\.ref) == b.map(\.ref))
        func unversioned(_ file: CaseFile) -> CaseFile {
            var copy = file
            copy.account.version = 0
            return copy
        }
        let differing = zip(a, b).filter { unversioned($0) != unversioned($1) }.map(\.0.ref)
        #expect(differing.isEmpty, "\(differing.count) cases differ, first \(differing.prefix(5))")
    }
}
