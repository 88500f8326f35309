import Foundation
import ArrearsCore

/// `arrears bench` (run by `make bench` on a release build): the figures the issues ask for, each
/// group a plain table with the issue's target beside the figure. Times are printed, never asserted.
enum BenchCommand {
    enum Group: String, CaseIterable {
        case storage, engine, workbench, letters, automation, notify, stores

        @MainActor func run(_ session: BenchSession) throws -> BenchTable {
            switch self {
            case .storage: return try StorageBench.run(session)
            case .engine: return try EngineBench.run(session)
            case .workbench: return try WorkbenchBench.run(session)
            case .letters: return try LettersBench.run(session)
            case .automation: return try AutomationBench.run(session)
            case .notify: return try NotifyBench.run(session)
            case .stores: return try StoresBench.run(session)
            }
        }
    }

    static var command: Command {
        Command(spec: CommandSpec(
            path: "bench", summary: "Measure storage, engine, workbench, letters, automation and SQLite beside PostgreSQL against the issues' targets.",
            usage: "[--quick] [--only GROUP] [--accounts N] [--dir PATH]",
            options: [
                .init(name: "quick", value: nil, help: "small sizes, for a smoke run (targets are not applied)"),
                .init(name: "only", value: "GROUP", help: "run one group: \(Group.allCases.map(\.rawValue).joined(separator: ", "))"),
                .init(name: "accounts", value: "N", help: "demo accounts for the groups that use the demo database (default 100000; 1000 with --quick)"),
                .init(name: "writer", value: "N", help: "used by the stores group to start its writer processes; not for people"),
                .init(name: "actions", value: "N", help: "with --writer: how many actions the writer adds"),
                .init(name: "dir", value: "PATH", help: "where to make the scratch folder (default: the temporary folder); it is removed afterwards"),
            ],
            details: "Build with 'swift build -c release' first (make bench does). The benchmarks make their own databases in the scratch folder; --db is not used. The stores group measures PostgreSQL on the server ARREARS_BENCH_PG names (a postgresql:// URL; it works in schemas of its own and drops them), else on a throwaway server it starts with initdb and pg_ctl, else it says it skipped. Figures are in docs/benchmarks.md."),
            run: run)
    }

    @MainActor static func run(_ args: ParsedArguments, _ context: Context) throws -> Int32 {
        if let writer = args.value("writer") {
            return try StoresBenchWriters.writer(number: try count(writer, "writer", least: 0), actions: try count(args.value("actions") ?? "1000", "actions"),
                                                 context: context)
        }
        let groups = try selectedGroups(args.value("only"))
        let accounts = try args.value("accounts").map { try count($0, "accounts") }
        let session = try BenchSession(quick: args.has("quick"), accounts: accounts, parent: args.value("dir"), context: context)
        defer { session.removeScratch() }
        session.removeScratchWhenInterrupted()
        let machine = MachineInfo.current()
        // The real date, even under ARREARS_TODAY: the record says when the figures were taken.
        let started = Timestamp(secondsSinceEpoch: Int64(context.startedAt.timeIntervalSince1970))
        say(session, """
            Arrears Workbench benchmarks\(session.quick ? " (quick: small sizes, targets not applied)" : "")
            Machine: \(machine.text)
            Date: \(started.londonText) London; load average at start \(MachineInfo.loadAverage())
            Build: \(isDebugBuild ? "DEBUG (figures are not representative; use make bench)" : "release")

            """)
        var missed: [String] = []
        for group in groups {
            let table = try group.run(session)
            say(session, table.text + "\n")
            missed += table.missed.map { "\(table.title): \($0.name.trimmingCharacters(in: .whitespaces)) \($0.valueText) \($0.unit) (target \($0.target!.text))" }
        }
        say(session, "Load average at end: \(MachineInfo.loadAverage())")
        if !session.quick {
            say(session, missed.isEmpty ? "Every target met." : "Targets missed:\n" + missed.map { "  " + $0 }.joined(separator: "\n"))
        }
        return 0
    }

    /// Prints a line of results. When nobody reads them any more (`arrears bench | head`), the run
    /// stops and removes its scratch folder instead of measuring for minutes into a closed pipe.
    static func say(_ session: BenchSession, _ text: String) {
        do {
            try FileHandle.standardOutput.write(contentsOf: Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
        } catch {
            session.removeScratch()
            exit(141)
        }
    }

    private static func count(_ text: String, _ option: String, least: Int = 1) throws -> Int {
        guard let value = Int(text), value >= least else {
            throw UsageError(message: "--\(option) takes a whole number of at least \(least), not '\(text)'", command: "bench")
        }
        return value
    }

    static func selectedGroups(_ only: String?) throws -> [Group] {
        guard let only else { return Group.allCases }
        guard let group = Group(rawValue: only.lowercased()) else {
            throw UsageError(message: "--only must be one of \(Group.allCases.map(\.rawValue).joined(separator: ", ")), not '\(only)'", command: "bench")
        }
        return [group]
    }

    static var isDebugBuild: Bool {
        #if DEBUG
        return true
        #else
        return false
        #endif
    }
}
