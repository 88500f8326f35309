import Foundation
import ArrearsCore

/// `arrears policy check FILE` and `arrears policy compare FILE`: try a policy before using it.
enum PolicyCommand {
    static var commands: [Command] { [check, compare] }

    static var check: Command {
        Command(spec: CommandSpec(
            path: "policy check", summary: "Check a policy file; print each problem as file:line: message.",
            usage: "FILE", options: [], positionals: 1...1,
            details: "The file format and every key are in docs/policy.md. Reads no database."),
            run: { args, _ in
                let path = args.positionals[0]
                let policy = try load(path)
                let changed = PolicyKey.all.filter { $0.text(in: policy) != $0.text(in: .default) }.map(\.name)
                Output.out(changed.isEmpty
                    ? "\(path): valid; every value is the built-in policy's."
                    : "\(path): valid; \(changed.count) \(changed.count == 1 ? "value differs" : "values differ") from the built-in policy: \(changed.joined(separator: ", ")).")
                return 0
            })
    }

    static var compare: Command {
        Command(spec: CommandSpec(
            path: "policy compare", summary: "Classify every case under the current policy and under FILE; show what would move.",
            usage: "FILE [--as-of DATE] [--json] [--db PATH]",
            options: [ClassifyCommand.asOfOption, ClassifyCommand.jsonOption, UsersCommand.asOption], positionals: 1...1,
            details: """
                The current policy is the one the last stored classify run used. Prints how many cases would move
                band → band and action → action, with up to \(PolicyComparison.examplesPerCell) example references per cell.
                Writes nothing. Team leads and administrators may run it.
                """),
            run: { args, context in
                let path = args.positionals[0]
                let proposed = try load(path)
                let asOf = try context.asOf(args)
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                do {
                    let comparison = try PolicyComparison.run(store: store, user: user, asOf: asOf,
                                                              current: try WorklistExplanations.recordedPolicy(store), proposed: proposed)
                    Output.out(args.has("json") ? comparison.json(proposedName: path) : comparison.text(proposedName: path))
                } catch let e as AccessDenied {
                    throw CommandFailure(message: e.description)
                }
                return 0
            })
    }

    private static func load(_ path: String) throws -> Policy {
        do {
            return try PolicyFile.load(path: path)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}
