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
        var results: [Classification] = []
        let classify = clock.measure { results = classifier.classifyAll(cases, asOf: asOf) }

        let sample = min(accounts, 100_000)
        var summaries: [CaseSummary] = []
        summaries.reserveCapacity(sample)
        let summarise = clock.measure {
            for i in 0..<sample { summaries.append(ArrearsEngine.summary(of: cases[i], results[i], officer: nil)) }
        }
        let report = ClassifyReport(summaries: summaries, conflicts: results.prefix(sample).filter { $0.conflict != nil }.count,
                                    asOf: asOf)
        var bands: [Band: Int] = [:]
        for r in results { bands[r.band, default: 0] += 1 }

        let cores = ProcessInfo.processInfo.activeProcessorCount
        var out = ["Engine benchmark: \(grouped(accounts)) synthetic accounts, seed \(seed), as of \(asOf.isoText), \(cores) cores"]
        out.append("  synthesise   \(seconds(synthesis))")
        out.append("  classify     \(seconds(classify))  \(grouped(rate(accounts, classify))) cases/s  (measures, score, band, action and trace)")
        out.append("  summarise    \(seconds(summarise))  \(grouped(rate(sample, summarise))) cases/s  (CaseSummary with explanation JSON, first \(grouped(sample)), one core)")
        out.append("  bands        red \(grouped(bands[.red] ?? 0)), amber \(grouped(bands[.amber] ?? 0)), green \(grouped(bands[.green] ?? 0))")
        out.append("  conflicts    \(report.conflicts) in the first \(grouped(sample))")
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
