import Foundation
import ArrearsCore

/// `arrears explain REF`, and the options it shares with `arrears classify` (ClassifyRunCommand).
enum ClassifyCommand {
    static let policyOption = CommandSpec.Option(name: "policy", value: "FILE",
                                                 help: "policy file (default: the built-in policy, see docs/policy.md)")
    static let asOfOption = CommandSpec.Option(name: "as-of", value: "DATE", help: "classify as of DATE (YYYY-MM-DD; default today)")
    static let jsonOption = CommandSpec.Option(name: "json", value: nil, help: "print JSON instead of text")

    static var explain: Command {
        Command(spec: CommandSpec(
            path: "explain", summary: "Explain one case: measures, score, band and the next action's trace, in plain English.",
            usage: "REF [--as-of DATE] [--json] [--policy FILE] [--db PATH]", options: [asOfOption, jsonOption, policyOption],
            positionals: 1...1),
            run: { args, context in
                let asOf = try context.asOf(args)
                let policy = try loadPolicy(args)
                let store = try CommandStore.open(args, context)
                let ref = args.positionals[0]
                guard let file = try store.loadCase(ref: ref) ?? findByPaymentRef(ref, store) else {
                    throw CommandFailure(message: "no case with tenancy or payment reference '\(ref)'. 'arrears export --format csv' lists them.")
                }
                let classification = ArrearsEngine.classify(file, asOf: asOf, policy: policy)
                Output.out(args.has("json") ? Explanation.json(for: file, classification) : Explanation.text(for: file, classification))
                return 0
            })
    }

    static func loadPolicy(_ args: ParsedArguments) throws -> Policy {
        guard let path = args.value("policy") else { return .default }
        do {
            return try PolicyFile.load(path: path)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    static func findByPaymentRef(_ ref: String, _ store: CaseStore) throws -> CaseFile? {
        guard let summary = try store.summaries().first(where: { $0.paymentRef == ref }) else { return nil }
        return try store.loadCase(ref: summary.ref)
    }
}
