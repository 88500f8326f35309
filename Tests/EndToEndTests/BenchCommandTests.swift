import Testing
import Foundation

/// `arrears bench --quick`: the shape of what it prints and that it cleans up after itself. The
/// figures themselves are never asserted: they depend on the machine and its load.
@Suite struct BenchCommandTests {
    @Test func aQuickRunPrintsEveryGroupAsATableAndRemovesItsScratchFolder() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["bench", "--quick", "--dir", sandbox.home.path])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Machine: "))
        #expect(out.contains("load average at start"))
        for title in ["Storage (issue 2)", "Engine (issue 3)", "Workbench (issue 4)", "Letters (issue 5)",
                      "SQLite and PostgreSQL side by side (issue 15)"] {
            #expect(out.contains("\n\(title)\n  Figure"), "missing table \(title)")
        }
        for figure in ["generate and store 1,000 demo accounts", "import 10,000 transactions", "cold open of 1,000 accounts",
                       "classify 5,000 cases in memory", "nightly run from SQLite", "first frame (loading message), team lead", "first full frame, team lead view",
                       "move one row (j/k), p99", "filter change (f, Band, Right), median", "bytes for a one-row move, median",
                       "render, validate and queue letters for 200 references"] {
            #expect(out.contains(figure), "missing figure \(figure)")
        }
        // Not a time: eight writer processes on each store lose nothing they were told was saved.
        for store in ["SQLite", "PostgreSQL"] {
            #expect(out.contains("db copy SQLite → PostgreSQL") && out.contains("nightly run over 1,000 cases, \(store)"))
            #expect(out.contains("8 processes × 50 actions, \(store): actions per second"), "missing writers on \(store)")
        }
        let lost = out.split(separator: "\n").filter { $0.contains("saved but not in the database afterwards") }
        let lostCounts = lost.map { line -> String in
            let words = line.split(separator: " ")
            return words.firstIndex(of: "actions").map { String(words[$0 - 1]) } ?? "?"
        }
        #expect(lostCounts == ["0", "0"], "\(lost)")
        let left = try FileManager.default.contentsOfDirectory(atPath: sandbox.home.path).filter { $0.hasPrefix("arrears-bench-") }
        #expect(left.isEmpty)
    }

    @Test func anUnknownGroupIsAUsageError() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let result = try sandbox.run(["bench", "--only", "everything"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--only must be one of storage, engine, workbench, letters"))
    }
}
