import ArrearsCore

/// Issue 3's figures: cases classified per second in memory (the engine's own benchmark over its
/// compact synthetic cases) and end to end from SQLite (the nightly run over the demo database).
enum EngineBench {
    static func run(_ session: BenchSession) throws -> BenchTable {
        var table = BenchTable(title: "Engine (issue 3)")
        var summariseNoted = false
        for accounts in session.sizes.engineAccounts {
            let report = EngineBenchmark.run(accounts: accounts, seed: 1)
            let seconds = try figure("classify", in: report)
            let n = BenchFigure.format(Double(accounts), decimals: 0)
            let limit = Double(accounts) / 200_000   // 100,000 in 0.5 s; 1,000,000 in 5 s
            table.add(BenchFigure("classify \(n) cases in memory", seconds, "s", decimals: 3,
                                  target: accounts >= 100_000 ? session.target(limit, "s") : nil))
            table.add(BenchFigure("  cases classified per second", Double(accounts) / seconds, "cases/s"))
            if !summariseNoted {
                let summarise = try figure("summarise", in: report)
                let sample = min(accounts, 100_000)
                table.add(BenchFigure("  classify + summary row (first \(BenchFigure.format(Double(sample), decimals: 0)))",
                                      Double(sample) / summarise, "cases/s"))
                summariseNoted = true
            }
        }
        try endToEnd(session, into: &table)
        table.note("In memory: EngineBenchmark (measures, score, band, next action with its full trace) on every core, seed 1.")
        return table
    }

    private static func endToEnd(_ session: BenchSession, into table: inout BenchTable) throws {
        let db = try session.demoDatabase()
        let n = Double(db.accounts)
        let label = BenchFigure.format(n, decimals: 0)
        // Issue 9: the nightly run for 100,000 cases in under 5 s.
        let runTarget = db.accounts >= 100_000 ? session.target(5, "s") : nil
        table.add(BenchFigure("nightly run from SQLite, \(label) demo cases, first run", db.classifySeconds, "s", decimals: 2,
                              target: runTarget))
        table.add(BenchFigure("  cases per second", n / db.classifySeconds, "cases/s"))
        let store = try SQLiteCaseStore(path: db.path)
        let again = try Stopwatch.time { _ = try NightlyRun.run(store: store, request: BenchSession.nightlyRun) }.seconds
        table.add(BenchFigure("nightly run again, same date (nothing changes)", again, "s", decimals: 2, target: runTarget))
        table.add(BenchFigure("  cases per second", n / again, "cases/s"))
        var cases: [CaseFile] = []
        let read = try Stopwatch.time { try store.forEachCaseToClassify { cases.append($0) } }.seconds
        table.add(BenchFigure("  of which: read every case from SQLite (forEachCaseToClassify)", read, "s", decimals: 2))
        let officers = CaseOfficer(users: try store.users())
        let (rows, summarise) = Stopwatch.time {
            Classifier().summaries(cases, asOf: BenchSession.asOf) { officers.officer(of: $0.account) }.rows
        }
        table.add(BenchFigure("  of which: classify and summarise in memory", summarise, "s", decimals: 2))
        let batch = 5_000   // NightlyRun's batch
        let save = try Stopwatch.time {
            for start in stride(from: 0, to: rows.count, by: batch) {
                try store.saveSummaries(Array(rows[start..<min(rows.count, start + batch)]), snapshot: nil)
            }
        }.seconds
        table.add(BenchFigure("  of which: save the summary rows", save, "s", decimals: 2))
        table.note("End to end: NightlyRun.run, one transaction: reads each case (without the text the engine never reads), appends agreement state changes, classifies each batch while the next is read, saves summary rows (explanations are recomputed on demand, not stored), the snapshot and an audit row. The parts below run one after another, so they add up to more than the overlapped run.")
    }

    /// The seconds on the engine report's line for `step` (`  classify     0.412 s  …`).
    static func figure(_ step: String, in report: String) throws -> Double {
        for line in report.split(separator: "\n") {
            let words = line.split(separator: " ")
            if words.count >= 3, words[0] == step, words[2] == "s", let seconds = Double(words[1]) {
                return max(seconds, 0.001)   // the report counts whole milliseconds
            }
        }
        throw CommandFailure(message: "the engine benchmark's report has no '\(step)' line in seconds; its format changed:\n\(report)")
    }
}
