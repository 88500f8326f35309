import ArrearsCore
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `arrears classify` as a user runs it: per-case JSON, the dates a storing run may use, who may run
/// it, its audit row, and all-or-nothing under kill -9.
@Suite("arrears classify")
struct ClassifyCommandTests {
    /// Within the week after the sandbox's clock (2026-11-29), so a storing run may use it.
    static let nextWeek = "2026-12-03"

    @Test(arguments: E2EStore.tested) func jsonGivesEveryCaseThenTheTotalsAndAJSONReaderAcceptsIt(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let result = try sandbox.run(["classify", "--json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "arrears-workbench-classify")
        #expect(document["as_of"] as? String == sandbox.asOf)
        #expect(document["stored"] as? Bool == true)
        let cases = try #require(document["cases"] as? [[String: Any]])
        let stored = try DatabaseContent(path: db).summaries
        #expect(cases.count == DemoFixture.accounts)
        #expect(cases.compactMap { $0["ref"] as? String } == stored.map(\.ref), "one object per case, in reference order")
        for (object, summary) in zip(cases, stored) {
            #expect(object["band"] as? String == summary.band.rawValue)
            #expect(object["score"] as? Int == summary.score)
            let action = try #require(object["action"] as? [String: Any])
            #expect(action["id"] as? String == summary.actionId && action["label"] as? String == summary.actionLabel)
            #expect(object["held"] is [Any])
            #expect(object.keys.contains("conflict"))
        }
        let held = cases.flatMap { ($0["held"] as? [[String: String]]) ?? [] }
        #expect(held.allSatisfy { $0["action"] != nil && $0["hold"] != nil })
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(totals["total"] as? Int == DemoFixture.accounts)
        let bands = try #require(totals["bands"] as? [[String: Any]])
        for band in bands {
            let name = try #require(band["band"] as? String)
            #expect(band["cases"] as? Int == cases.filter { $0["band"] as? String == name }.count, "band \(name)")
        }
        let conflicts = cases.filter { !($0["conflict"] is NSNull) }.count
        #expect(totals["conflicts"] as? Int == conflicts)
    }

    /// The calendar's own limits: a storing run is refused with the dates it may use and nothing
    /// changes; a dry run gives a result and stores nothing. Never a crash.
    @Test(arguments: E2EStore.tested, ["1600-01-01", "2999-12-31", "2027-06-01", "2024-06-01"])
    func farDatesAreRefusedForStoringAndAnsweredForDryRuns(store: E2EStore, date: String) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        // The first open switches the fresh demo file to WAL mode, which rewrites its header.
        _ = try sandbox.open(db)
        let before = try sandbox.contents(of: db)

        let refused = try sandbox.run(["classify", "--as-of", date, "--db", db])
        #expect(refused.status == 1, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("--as-of \(date)") && refused.stderr.contains("Nothing was changed"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--dry-run"))

        let dry = try sandbox.run(["classify", "--as-of", date, "--dry-run", "--json", "--db", db])
        #expect(dry.status == 0, "\(dry.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])
        #expect(document["stored"] as? Bool == false)
        #expect((document["cases"] as? [Any])?.count == DemoFixture.accounts)
        let text = try sandbox.run(["classify", "--as-of", date, "--dry-run", "--db", db])
        #expect(text.status == 0 && text.stdout.contains("Dry run: nothing was stored."), "\(text.stdout)\(text.stderr)")

        #expect(try sandbox.contents(of: db) == before, "the database changed")
        let after = try DatabaseContent(path: db)
        #expect(!after.snapshots.contains { $0.asOf.isoText == date })
        #expect(after.summaries.allSatisfy { $0.asOf.isoText == sandbox.asOf })
    }

    @Test(arguments: E2EStore.tested) func aStoringRunIsAuditedWithWhoTheDateAndTheCounts(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let result = try sandbox.run(["classify", "--as-of", Self.nextWeek, "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        let store = try sandbox.open(db)
        let runs = try store.audit(ref: nil, user: nil, since: nil, limit: nil).filter { $0.operation == .runClassify }
        let newest = try #require(runs.first)
        let me = try #require(try store.users().first { $0.role == .teamLead && $0.displayName.hasPrefix("Demo team lead") })
        #expect(newest.user == me.login)
        #expect(newest.summary.hasPrefix("Classified \(DemoFixture.accounts) cases as of \(Self.nextWeek): "), "\(newest.summary)")
        let facts = try #require(newest.after.flatMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] })
        #expect(facts["asOf"] as? String == Self.nextWeek && facts["cases"] as? Int == DemoFixture.accounts)
        let bands = try #require(facts["bands"] as? [String: Int])
        #expect(bands.values.reduce(0, +) == DemoFixture.accounts)

        // A dry run stores nothing, not even an audit row.
        _ = try sandbox.run(["classify", "--dry-run", "--db", db])
        #expect(try store.audit(ref: nil, user: nil, since: nil, limit: nil).filter { $0.operation == .runClassify }.count == runs.count)
    }

    /// Only team leads and administrators run classification; the check is the core's.
    @Test(arguments: E2EStore.tested, [Role.agent, .leaseholdOfficer, .auditor])
    func rolesWithoutRunClassifyAreRefusedAndNothingChanges(store: E2EStore, role: Role) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let store = try sandbox.open(db)
        let user = try #require(try store.users().first { $0.role == role })
        let result = try sandbox.run(["classify", "--as-of", Self.nextWeek, "--as", user.login, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("may not run classification"), "\(result.stderr)")
        #expect(try store.snapshots(limit: 10).allSatisfy { $0.asOf.isoText != Self.nextWeek })
        let dry = try sandbox.run(["classify", "--dry-run", "--as", user.login, "--db", db])
        #expect(dry.status == 1, "a dry run reads every case: the same right is needed")
    }

    /// kill -9 at points through a storing run: afterwards the database holds either the whole run
    /// (every summary of the new date, its snapshot and its audit row) or none of it.
    @Test(arguments: E2EStore.tested) func killedRunsLeaveAllOrNothing(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        var outcomes: [String] = []
        for (trial, delay) in [0.02, 0.1, 0.2, 0.35, 0.5, 0.8, 1.2, 2.0].enumerated() {
            let path = try sandbox.demoDatabase("kill-\(trial)")
            let before = try DatabaseContent(path: path)
            let runsBefore = try Self.classifyAudits(path)
            let run = try sandbox.start(["classify", "--as-of", Self.nextWeek, "--db", path])
            Thread.sleep(forTimeInterval: delay)
            kill(run.pid, SIGKILL)
            let status = run.wait()
            let after = try DatabaseContent(path: path)
            let dates = Set(after.summaries.map(\.asOf.isoText))
            let snapshot = after.snapshots.contains { $0.asOf.isoText == Self.nextWeek }
            let audited = try Self.classifyAudits(path) == runsBefore + 1
            if dates == [Self.nextWeek] {
                #expect(snapshot && audited, "trial \(trial): summaries stored without their snapshot or audit row")
                #expect(after.summaries.count == DemoFixture.accounts)
                outcomes.append("all")
            } else {
                #expect(dates == [sandbox.asOf], "trial \(trial): summaries of two dates: \(dates)")
                #expect(!snapshot && !audited, "trial \(trial): a snapshot or audit row without the summaries")
                #expect(after.summaries == before.summaries && after.cases == before.cases)
                outcomes.append(status == 0 ? "finished?" : "none")
            }
        }
        #expect(outcomes.allSatisfy { ["all", "none"].contains($0) }, "\(outcomes)")
    }

    static func classifyAudits(_ path: String) throws -> Int {
        try StoreOpener.openForCommand(path).audit(ref: nil, user: nil, since: nil, limit: nil).filter { $0.operation == .runClassify }.count
    }
}
