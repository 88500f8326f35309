import Foundation

/// `arrears bench` (engine part): classifies synthetic accounts in memory and prints the rates.
/// Timing is the one place the engine reads a clock — a monotonic one, never a date.
public enum EngineBenchmark {
    public static let asOf = CivilDate(year: 2024, month: 6, day: 3)!

    public static func run(accounts: Int, seed: UInt64) -> String {
        let clock = ContinuousClock()
        var cases: [CaseFile] = []
        let synthesis = clock.measure { cases = SyntheticCases.make(count: accounts, seed: seed, asOf: asOf) }
        let classifier = Classifier()
        // Each case is fully classified (measures, score, band, every rule with its trace); only the band,
        // the action and whether rules conflicted are kept, as a nightly run keeps only its rows.
        var results: [(Band, RecommendedAction, Bool)] = []
        let classify = clock.measure {
            results = ParallelMap.map(count: cases.count) { [cases] i in
                let c = classifier.classify(cases[i], asOf: asOf)
                return (c.band, c.action, c.conflict != nil)
            }
        }
        let sample = Array(cases.prefix(100_000))
        var rows: (rows: [CaseSummary], conflicts: Int) = ([], 0)
        let summarise = clock.measure { rows = classifier.summaries(sample, asOf: asOf) { _ in nil } }
        let report = ClassifyReport(summaries: rows.rows, conflicts: rows.conflicts, asOf: asOf)

        var bands: [Band: Int] = [:]
        var conflicts = 0
        for (band, _, conflict) in results {
            bands[band, default: 0] += 1
            if conflict { conflicts += 1 }
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        var out = ["Engine benchmark: \(grouped(accounts)) synthetic accounts, seed \(seed), as of \(asOf.isoText), \(cores) cores"]
        out.append("  synthesise   \(seconds(synthesis))")
        out.append("  classify     \(seconds(classify))  \(grouped(rate(accounts, classify))) cases/s  (measures, score, band, action and trace)")
        out.append("  summarise    \(seconds(summarise))  \(grouped(rate(sample.count, summarise))) cases/s  (classify + CaseSummary row, first \(grouped(sample.count)))")
        out.append("  bands        red \(grouped(bands[.red] ?? 0)), amber \(grouped(bands[.amber] ?? 0)), green \(grouped(bands[.green] ?? 0)); clear (not in arrears) \(grouped(bands[.clear] ?? 0))")
        out.append("  actions      \(report.actionCounts.prefix(5).map { "\($0.action) \(grouped($0.count))" }.joined(separator: ", ")) (first \(grouped(sample.count)))")
        out.append("  conflicts    \(grouped(conflicts)) cases with more than one rule firing")
        return out.joined(separator: "\n") + "\n"
    }

    static func seconds(_ d: Duration) -> String {
        let ms = d.components.seconds * 1000 + d.components.attoseconds / 1_000_000_000_000_000
        return "\(ms / 1000).\(String(ms % 1000).leftPadded(3)) s"
    }

    static func rate(_ count: Int, _ d: Duration) -> Int {
        let ns = d.components.seconds * 1_000_000_000 + d.components.attoseconds / 1_000_000_000
        return ns > 0 ? Int(Int64(count) * 1_000_000_000 / ns) : 0
    }

    static func grouped(_ n: Int) -> String { Money.groupThousands(Int64(n)) }
}

private extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
