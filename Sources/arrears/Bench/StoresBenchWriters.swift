import Foundation
import ArrearsCore

/// Several caseworkers acting at once: `writers` processes of this program (`arrears bench --writer
/// N`), each opening the store and adding `actions` diary entries, one action each, to a small shared
/// set of cases, so that some land on a case another process changed since it was read. Those must be
/// refused as a stale case (nothing saved), the rest must all be there afterwards, and nothing else
/// may fail (no lock timeouts).
@MainActor
enum StoresBenchWriters {
    static let writers = 8
    /// Few cases, so that the processes collide often enough to show conflicts being refused.
    static let sharedCases = 40
    static let commentPrefix = "bench writer "

    struct Tally {
        var saved = 0, conflicts = 0, failed = 0
        var latencies = Samples()
        var firstStart = Double.infinity, lastEnd = 0.0
    }

    static func run(_ session: BenchSession, _ stores: StoresBench.Stores, into table: inout BenchTable) throws {
        let actions = session.sizes.writerActions
        for (name, location) in stores.both {
            let refs = Array(try StoreOpener.open(location).accountRefs().sorted().prefix(sharedCases))
            let before = try entriesWritten(location, refs)
            let tally = try runWriters(session, location: location, actions: actions)
            let span = tally.lastEnd - tally.firstStart
            let label = "\(writers) processes × \(BenchFigure.format(Double(actions), decimals: 0)) actions, \(name)"
            table.add(BenchFigure(label + ": actions per second", Double(tally.saved + tally.conflicts) / span, "actions/s"))
            table.add(BenchFigure("  latency of one action, median", tally.latencies.median * 1000, "ms", decimals: 1))
            table.add(BenchFigure("  latency of one action, p99", tally.latencies.p99 * 1000, "ms", decimals: 1))
            table.add(BenchFigure("  saved", Double(tally.saved), "actions"))
            table.add(BenchFigure("  refused as changed by someone else (nothing saved)", Double(tally.conflicts), "actions"))
            table.add(BenchFigure("  failed any other way", Double(tally.failed), "actions"))
            let lost = tally.saved - (try entriesWritten(location, refs) - before)
            table.add(BenchFigure("  saved but not in the database afterwards", Double(lost), "actions"))
        }
        table.note("Writers: each process opens the store, then reads a case and adds an OTC diary entry at the version it read, "
                   + "\(BenchFigure.format(Double(actions), decimals: 0)) times, over the first \(sharedCases) cases. "
                   + "Throughput counts from the first process's first action to the last one's last; latency is the action alone.")
    }

    private static func entriesWritten(_ location: String, _ refs: [String]) throws -> Int {
        let store = try StoreOpener.open(location)
        return try refs.reduce(0) { total, ref in
            total + (try store.loadCase(ref: ref)?.diary.filter { $0.comment.hasPrefix(commentPrefix) }.count ?? 0)
        }
    }

    private static func runWriters(_ session: BenchSession, location: String, actions: Int) throws -> Tally {
        guard let executable = Bundle.main.executableURL else { throw CommandFailure(message: "cannot find this program to start its writers") }
        var environment = session.context.environment
        environment["ARREARS_DB"] = location
        let processes = try (0..<writers).map { number -> (Process, Pipe) in
            let process = Process(), output = Pipe()
            process.executableURL = executable
            process.arguments = ["bench", "--writer", "\(number)", "--actions", "\(actions)"]
            process.environment = environment
            process.standardOutput = output
            try process.run()
            return (process, output)
        }
        var tally = Tally()
        for (process, output) in processes {
            let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw CommandFailure(message: "a writer process failed (exit \(process.terminationStatus))") }
            for line in text.split(separator: "\n") {
                let words = line.split(separator: " ")
                guard words.count == 2, let value = Double(words[1]) else { continue }
                switch words[0] {
                case "start": tally.firstStart = min(tally.firstStart, value)
                case "end": tally.lastEnd = max(tally.lastEnd, value)
                case "saved": tally.saved += 1; tally.latencies.add(value)
                case "conflict": tally.conflicts += 1; tally.latencies.add(value)
                default: tally.failed += 1
                }
            }
        }
        return tally
    }

    /// One writer process: prints `start T`, a line per action (`saved|conflict|failed SECONDS`) and
    /// `end T` (T in seconds since 1970, comparable between processes).
    static func writer(number: Int, actions: Int, context: Context) throws -> Int32 {
        let store = try StoreOpener.open(DatabaseLocation.resolve(flag: nil, environment: context.environment, home: context.home))
        let user = try WorkbenchIdentity.resolve(context: context, requestedAs: StoresBench.login, store: store)
        let caseActions = try CaseActionsFactory.make(store: store, user: user, context: context, asOf: BenchSession.asOf, policy: .default)
        let refs = Array(try store.accountRefs().sorted().prefix(sharedCases))
        var lines = "start \(Date().timeIntervalSince1970)\n"
        for action in 0..<actions {
            let ref = refs[(action * 7 + number * 5) % refs.count]
            let version = try caseActions.open(ref: ref).account.version
            var outcome = "saved"
            let seconds = Stopwatch.time {
                do {
                    _ = try caseActions.addDiaryEntry(ref: ref, expectedVersion: version, code: "OTC",
                                                      comment: "\(commentPrefix)\(number), action \(action)")
                } catch StoreError.staleCase {
                    outcome = "conflict"
                } catch {
                    outcome = "failed"
                    Output.err("writer \(number), action \(action) on \(ref): \(error)")
                }
            }.seconds
            lines += "\(outcome) \(seconds)\n"
        }
        lines += "end \(Date().timeIntervalSince1970)\n"
        try FileHandle.standardOutput.write(contentsOf: Data(lines.utf8))
        return 0
    }
}
