import ArrearsCore
import Foundation
import Testing

/// The commands that read and write a database, checked through the files they leave behind.
@Suite("Database commands")
struct DatabaseCommandTests {
    /// SQLite keeps `PRAGMA user_version` as a big-endian integer at byte 60 of the file header;
    /// writing it there stands in for a database made by a newer program.
    static func setSchemaVersion(_ version: UInt32, of path: String) throws {
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.seek(toOffset: 60)
        try handle.write(contentsOf: withUnsafeBytes(of: version.bigEndian) { Data($0) })
    }

    @Test(arguments: [["classify"], ["explain", "2468286/01"], ["check", "addresses"], ["demo", "--accounts", "10"], []])
    func databaseFromANewerVersionIsRefusedUnchanged(arguments: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        try Self.setSchemaVersion(99, of: sandbox.dbPath)
        let before = try Data(contentsOf: URL(fileURLWithPath: sandbox.dbPath))

        let result = try sandbox.run(arguments + ["--db", sandbox.dbPath])

        #expect(result.status == 1, "arrears \(arguments) exited \(result.status): \(result.stderr)")
        #expect(result.stderr.contains("schema version 99"), "\(result.stderr)")
        #expect(result.stderr.contains("newer version of arrears"), "the message should say what to do: \(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.dbPath)) == before, "the database file changed")
        let wal = (try? FileManager.default.attributesOfItem(atPath: sandbox.dbPath + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "a write-ahead log of \(wal) bytes was left behind")
    }

    @Test func demoWithTheSameSeedAndDateMakesIdenticalData() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let first = sandbox.path("first.sqlite"), second = sandbox.path("second.sqlite"), other = sandbox.path("other.sqlite")
        for (path, seed) in [(first, "7"), (second, "7"), (other, "8")] {
            let result = try sandbox.run(["demo", "--db", path, "--accounts", "400", "--seed", seed, "--as-of", "2026-11-29"])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let a = try DatabaseContent(path: first), b = try DatabaseContent(path: second), c = try DatabaseContent(path: other)
        #expect(a.cases.count == 400)
        #expect(a.cases == b.cases, "cases differ between two runs with the same seed")
        #expect(a.summaries == b.summaries, "classification results differ")
        #expect(a.users == b.users)
        #expect(a.snapshots == b.snapshots)
        // Not vacuous: another seed gives another caseload.
        #expect(a.cases != c.cases)
    }

    @Test(arguments: E2EStore.tested) func classifyTwiceStoresTheSameResults(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let made = try DatabaseContent(path: db)

        let first = try sandbox.run(["classify", "--db", db])
        let afterFirst = try DatabaseContent(path: db)
        let second = try sandbox.run(["classify", "--db", db])
        let afterSecond = try DatabaseContent(path: db)

        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("Classified \(DemoFixture.accounts) cases as of 29 November 2026"), "\(first.stdout)")
        #expect(afterFirst.summaries == afterSecond.summaries)
        #expect(afterFirst.cases == afterSecond.cases, "a second run on the same date changed cases")
        #expect(afterSecond.snapshots.count == afterFirst.snapshots.count, "a second run added a snapshot for the same date")
        // `arrears demo` classified as of the same date, so classify found nothing to change.
        #expect(made.summaries == afterFirst.summaries)
    }

    @Test(arguments: E2EStore.tested) func explainOfARedCaseShowsItsScoreBreakdownAndTrace(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let store = try sandbox.open(db)
        let red = try #require(try store.summaries().first { $0.band == .red && $0.actionId != "no_action" })

        let text = try sandbox.run(["explain", red.ref, "--db", db])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Priority score: \(red.score) (band Red)"), "\(text.stdout)")
        #expect(text.stdout.contains("Why red"))
        #expect(text.stdout.contains("Total (rounded)"))
        #expect(text.stdout.contains("Next recommended action: \(red.actionLabel)"))
        #expect(text.stdout.contains("✓"), "the trace should show the conditions that held")
        #expect(text.stdout.contains("✗"), "the trace should show the rules that did not fire")

        let json = try sandbox.run(["explain", red.ref, "--json", "--db", db])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["band"] as? String == "red")
        #expect(object["score"] as? Int == red.score)
        let contributions = try #require(object["contributions"] as? [[String: Any]])
        let milliPoints = contributions.compactMap { $0["milli_points"] as? Int }.reduce(0, +)
        #expect(!contributions.isEmpty)
        #expect(abs(milliPoints - red.score * 1000) <= 500, "the factors add up to \(milliPoints) milli-points, the score is \(red.score)")
        #expect((object["trace"] as? [Any])?.isEmpty == false)

        // The payment reference finds the same case.
        let byPaymentRef = try sandbox.run(["explain", red.paymentRef, "--db", db])
        #expect(byPaymentRef.stdout == text.stdout)
    }

    @Test func checkAddressPrintsAValidAddressNormalised() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["check", "address"], stdin: "Flat 3\n  12 Mare Street \nLondon\ne8 3rl\n")
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout == "Flat 3\n12 Mare Street\nLondon\nE8 3RL\n")
    }

    @Test func checkAddressListsEachProblemOfAnInvalidAddress() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["check", "address"], stdin: "Flat 3\nLondon\n")
        #expect(result.status == 1)
        let problems = result.stdout.split(separator: "\n")
        #expect(problems.count == 2, "\(result.stdout)")
        #expect(result.stdout.contains("at least 3 lines"))
        #expect(result.stdout.contains("postcode"))
    }
}

/// Everything a database holds that the commands under test write, read through the core.
struct DatabaseContent {
    var cases: [CaseFile] = []
    var summaries: [CaseSummary]
    var users: [User]
    var snapshots: [ClassifySnapshot]

    /// `path`: a SQLite file or a PostgreSQL URL.
    init(path: String) throws {
        let store = try StoreOpener.openForCommand(path)
        summaries = try store.summaries()
        users = try store.users()
        snapshots = try store.snapshots(limit: 1_000)
        var cases: [CaseFile] = []
        try store.forEachCase { cases.append($0) }
        self.cases = cases
    }
}
