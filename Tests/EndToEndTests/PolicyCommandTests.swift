import ArrearsCore
import Foundation
import Testing

/// `arrears policy check` and `arrears policy compare` on the demo caseload.
@Suite("arrears policy")
struct PolicyCommandTests {
    /// A lower red threshold moves amber and green cases to red; a higher first-SMS floor moves SMS
    /// cases to another action.
    static let stricter = """
        # what-if: red from £500, first SMS from £8
        band.red.balance_above = 500.00
        rules.sms.minimum_arrears = 8.00
        """

    @Test func checkAcceptsAValidFileAndNamesWhatDiffers() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = sandbox.path("stricter.policy")
        try Self.stricter.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["policy", "check", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valid; 2 values differ from the built-in policy: band.red.balance_above, rules.sms.minimum_arrears"),
                "\(result.stdout)")
    }

    @Test(arguments: [
        ("band.red.balance_above = 500.00\nband.red.balanse_above = 1\n", ":2: unknown key 'band.red.balanse_above' (did you mean 'band.red.balance_above'?)"),
        ("# fine\n\nband.red.balance_above = lots\n", ":3: "),
        ("band.red.balance_above = 1\nband.red.balance_above = 2\n", ":2: duplicate key 'band.red.balance_above' (first set on line 1)"),
        ("no equals sign here\n", ":1: expected 'key = value'"),
    ])
    func checkRefusesABadFileWithFileAndLine(text: String, expected: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let file = sandbox.path("bad.policy")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["policy", "check", file])
        #expect(result.status == 1)
        #expect(result.stderr.contains(file + expected), "\(result.stderr)")
    }

    @Test(arguments: E2EStore.tested) func compareCountsEveryMoveMatchesADryRunUnderTheFileAndWritesNothing(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        _ = try sandbox.open(db)   // the first open switches the fresh file to WAL
        let before = try sandbox.contents(of: db)
        let file = sandbox.path("stricter.policy")
        try Self.stricter.write(toFile: file, atomically: true, encoding: .utf8)

        let result = try sandbox.run(["policy", "compare", file, "--json", "--db", db])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try sandbox.contents(of: db) == before, "compare wrote to the database")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["cases"] as? Int == DemoFixture.accounts)
        let bands = try #require(document["bands"] as? [[String: Any]])
        let actions = try #require(document["actions"] as? [[String: Any]])
        for cells in [bands, actions] {
            #expect(cells.reduce(0) { $0 + (($1["cases"] as? Int) ?? 0) } == DemoFixture.accounts)
            for cell in cells {
                let examples = try #require(cell["examples"] as? [String])
                let moved = cell["from"] as? String != cell["to"] as? String
                #expect(examples.count == (moved ? min(5, cell["cases"] as? Int ?? 0) : 0))
            }
        }
        let moves = try #require(document["band_moves"] as? Int)
        #expect(moves > 0, "a red threshold of £500 instead of £1,049 must move some cases")
        #expect(bands.contains { $0["from"] as? String != "red" && $0["to"] as? String == "red" })
        #expect(bands.allSatisfy { !($0["from"] as? String == "red" && $0["to"] as? String != "red") },
                "a lower red threshold never takes a case out of red")
        #expect(try #require(document["action_moves"] as? Int) > 0, "the higher SMS floor moves SMS cases")

        // The "from" side is what is stored (the current policy, same date); the "to" side is what a
        // run under the file gives, case by case.
        let stored = try DatabaseContent(path: db).summaries
        let dry = try sandbox.run(["classify", "--dry-run", "--json", "--policy", file, "--db", db])
        let underFile = try #require(try JSONSerialization.jsonObject(with: Data(dry.stdout.utf8)) as? [String: Any])
        let proposed = try #require(underFile["cases"] as? [[String: Any]])
        var storedBand: [String: String] = [:], proposedBand: [String: String] = [:]
        for s in stored { storedBand[s.ref] = s.band.rawValue }
        for c in proposed { proposedBand[c["ref"] as? String ?? ""] = c["band"] as? String }
        for cell in bands {
            let from = cell["from"] as? String, to = cell["to"] as? String
            let count = stored.filter { storedBand[$0.ref] == from && proposedBand[$0.ref] == to }.count
            #expect(cell["cases"] as? Int == count, "\(from ?? "") → \(to ?? "")")
            for ref in try #require(cell["examples"] as? [String]) {
                #expect(storedBand[ref] == from && proposedBand[ref] == to, "example \(ref)")
            }
        }

        let text = try sandbox.run(["policy", "compare", file, "--db", db])
        #expect(text.stdout.contains("\(moves) would change band"), "\(text.stdout)")
        #expect(text.stdout.contains("Nothing was stored."))
    }

    @Test(arguments: E2EStore.tested) func compareNeedsTheRightToRunClassification(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let db = try sandbox.demoDatabase()
        let agent = try #require(try sandbox.open(db).users().first { $0.role == .agent })
        let file = sandbox.path("stricter.policy")
        try Self.stricter.write(toFile: file, atomically: true, encoding: .utf8)
        let result = try sandbox.run(["policy", "compare", file, "--as", agent.login, "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("may not run classification"), "\(result.stderr)")
    }
}
