import Foundation
import ArrearsCore

/// `arrears classify`: the nightly run, as the user running the program.
enum ClassifyRunCommand {
    static let dryRunOption = CommandSpec.Option(name: "dry-run", value: nil,
                                                 help: "classify and report, store nothing (any date the calendar accepts)")

    static var command: Command {
        Command(spec: CommandSpec(
            path: "classify", summary: "Recompute every case's band, score and next action, and store them.",
            usage: "[--as-of DATE] [--json] [--dry-run] [--policy FILE] [--db PATH]",
            options: [ClassifyCommand.asOfOption, ClassifyCommand.jsonOption, dryRunOption, ClassifyCommand.policyOption, UsersCommand.asOption],
            details: """
                Also appends agreement state changes due by the date and records a snapshot of the counts for trends,
                all in one transaction, and one row in the audit trail. Running it again for the same date changes
                nothing. Team leads and administrators may run it. A run that stores its results takes an --as-of
                from \(ClassifyWindow.daysBehind) days before the newest run to \(ClassifyWindow.daysAhead) days after today; --dry-run takes any date.
                --json prints one object per case, then the totals (docs/data-formats.md).
                """),
            run: { args, context in
                let asOf = try context.asOf(args)
                let policy = try ClassifyCommand.loadPolicy(args)
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let request = ClassifyRequest(user: user, asOf: asOf, today: context.now.londonDate, at: context.now,
                                              policy: policy, writes: !args.has("dry-run"))
                let result: NightlyRun.Result
                do {
                    if args.has("json") {
                        result = try streamJSON(store: store, request: request)
                    } else {
                        result = try NightlyRun.run(store: store, request: request)
                        Output.out(result.report.text)
                    }
                } catch let e as AccessDenied {
                    throw CommandFailure(message: e.description)
                } catch let e as ClassifyRefused {
                    throw CommandFailure(message: e.description + " Nothing was changed.")
                }
                if !args.has("json") {
                    if result.agreementChanges > 0 {
                        Output.out("Agreements that \(request.writes ? "changed" : "would change") state: \(result.agreementChanges)")
                    }
                    if !request.writes { Output.out("Dry run: nothing was stored.") }
                }
                return 0
            })
    }

    /// One JSON document written as the run goes: the cases, one a line, then the totals.
    static func streamJSON(store: CaseStore, request: ClassifyRequest) throws -> NightlyRun.Result {
        var out = BufferedOutput()
        out.write("{\"format\":\"arrears-workbench-classify\",\"version\":1,\"as_of\":\"\(request.asOf.isoText)\",\"stored\":\(request.writes),\"cases\":[")
        var first = true
        let result = try NightlyRun.run(store: store, request: request) { verdict in
            out.write(first ? "\n" : ",\n")
            first = false
            out.write(verdict.json)
        }
        out.write("\n],\"agreement_changes\":\(result.agreementChanges),\"totals\":")
        out.write(result.report.json)
        out.write("}\n")
        out.flush()
        return result
    }
}

/// Standard output in 64 KB writes: a million one-line objects would otherwise be a million system calls.
struct BufferedOutput {
    private var buffer: [UInt8] = []

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 65_536 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
