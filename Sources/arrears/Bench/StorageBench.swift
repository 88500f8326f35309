import Foundation
import ArrearsCore

/// Issue 2's figures: demo accounts generated and stored, transactions imported, cold open.
enum StorageBench {
    static func run(_ session: BenchSession) throws -> BenchTable {
        var table = BenchTable(title: "Storage (issue 2)")
        try demo(session, into: &table)
        try importing(session, into: &table)
        try coldOpen(session, into: &table)
        return table
    }

    private static func demo(_ session: BenchSession, into table: inout BenchTable) throws {
        let db = try session.demoDatabase()
        let n = BenchFigure.format(Double(db.accounts), decimals: 0)
        table.add(BenchFigure("generate and store \(n) demo accounts", db.generateSeconds, "s", decimals: 1,
                              target: session.target(30, "s")))
        table.add(BenchFigure("  accounts generated and stored per second", Double(db.accounts) / db.generateSeconds, "accounts/s"))
        try split(session, accounts: db.accounts, into: &table)
        table.add(BenchFigure("  database size after generating", BenchFiles.megabytes(db.bytesAfterGenerate), "MB", decimals: 1))
        // Issue 9: at most 700 MB for 100,000 demo accounts once classified (MB here are 2^20 bytes).
        let sizeTarget = db.accounts >= 100_000 ? session.target(700, "MB") : nil
        table.add(BenchFigure("  database size after the first nightly run", BenchFiles.megabytes(db.bytesAfterClassify), "MB",
                              decimals: 1, target: sizeTarget))
        table.note("Demo generator seed \(BenchSession.seed), as of \(BenchSession.asOf.isoText), batches of \(BenchFigure.format(Double(DemoGenerator.defaultBatchSize), decimals: 0)) accounts, one transaction each.")
    }

    /// Generating runs on every core while the store writes the previous batch; timing a sample of
    /// each alone shows which one sets the pace.
    private static func split(_ session: BenchSession, accounts: Int, into table: inout BenchTable) throws {
        let sample = min(accounts, 10_000)
        let generator = DemoGenerator(seed: BenchSession.seed, asOf: BenchSession.asOf, accounts: accounts)
        let (cases, makeSeconds) = Stopwatch.time { generator.cases(in: 0..<sample) }
        let store = try SQLiteCaseStore(path: session.path("store-sample.sqlite"))
        try store.enableUnsafeBulkLoad()
        let saveSeconds = try Stopwatch.time {
            for start in stride(from: 0, to: cases.count, by: DemoGenerator.defaultBatchSize) {
                try store.saveCases(Array(cases[start..<min(cases.count, start + DemoGenerator.defaultBatchSize)]))
            }
        }.seconds
        let n = BenchFigure.format(Double(sample), decimals: 0)
        table.add(BenchFigure("    generate only (first \(n), every core)", Double(sample) / makeSeconds, "accounts/s"))
        table.add(BenchFigure("    store only (the same \(n), one transaction a batch)", Double(sample) / saveSeconds, "accounts/s"))
    }

    private static func importing(_ session: BenchSession, into table: inout BenchTable) throws {
        let (batch, written, parseSeconds) = try SyntheticImportFiles.loaded(session)
        let store = try SQLiteCaseStore(path: session.path("import.sqlite"))
        let writeSeconds = try SyntheticImportFiles.save(batch, into: store)
        let rows = Double(written.transactionRows)
        let n = BenchFigure.format(rows, decimals: 0)
        table.add(BenchFigure("import \(n) transactions (\(BenchFigure.format(Double(batch.cases.count), decimals: 0)) accounts), total",
                              parseSeconds + writeSeconds, "s", decimals: 1))
        table.add(BenchFigure("  transactions imported per second", rows / (parseSeconds + writeSeconds), "rows/s"))
        table.add(BenchFigure("  read, parse and validate the CSV files", parseSeconds, "s", decimals: 2))
        table.add(BenchFigure("  parse and validate per second", rows / parseSeconds, "rows/s"))
        table.add(BenchFigure("  save through the store, one transaction", writeSeconds, "s", decimals: 2))
        table.add(BenchFigure("  store writes per second", rows / writeSeconds, "rows/s"))
        table.note("Import files: accounts.csv and transactions.csv, \(BenchFigure.format(BenchFiles.megabytes(written.bytes), decimals: 1)) MB, written before timing starts.")
    }

    /// Open a store and read from it with the database file dropped from the OS cache first, as on
    /// the first run after a reboot; and again with it cached, as on every later run.
    private static func coldOpen(_ session: BenchSession, into table: inout BenchTable) throws {
        let db = try session.demoDatabase()
        let evicted = BenchFiles.evictFromCache(db.path)
        let (count, countSeconds) = try Stopwatch.time { try SQLiteCaseStore(path: db.path).caseCount() }
        BenchFiles.evictFromCache(db.path)
        let (rows, coldSeconds) = try Stopwatch.time { try SQLiteCaseStore(path: db.path).summaries().count }
        let warmSeconds = try Stopwatch.time { _ = try SQLiteCaseStore(path: db.path).summaries() }.seconds
        let n = BenchFigure.format(Double(count), decimals: 0)
        table.add(BenchFigure("cold open of \(n) accounts: open + caseCount", countSeconds * 1000, "ms", decimals: 1))
        table.add(BenchFigure("cold open: open + summaries() (\(BenchFigure.format(Double(rows), decimals: 0)) rows)",
                              coldSeconds * 1000, "ms", decimals: 1))
        table.add(BenchFigure("warm open: open + summaries()", warmSeconds * 1000, "ms", decimals: 1))
        table.note(evicted
            ? "Cold: the database file is written out and dropped from the OS file cache (posix_fadvise DONTNEED) before opening."
            : "The OS would not drop the database from its file cache, so the cold figures are warm-cache figures.")
    }
}
