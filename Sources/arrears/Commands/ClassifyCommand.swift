import Foundation
import ArrearsCore

/// `arrears classify` (the nightly run) and `arrears explain REF`.
enum ClassifyCommand {
    static let policyOption = CommandSpec.Option(name: "policy", value: "FILE",
                                                 help: "policy file (default: the built-in policy, see docs/policy.md)")
    static let asOfOption = CommandSpec.Option(name: "as-of", value: "DATE", help: "classify as of DATE (YYYY-MM-DD; default today)")
    static let jsonOption = CommandSpec.Option(name: "json", value: nil, help: "print JSON instead of text")

    static var classify: Command {
        Command(spec: CommandSpec(
            path: "classify", summary: "Recompute every case's band, score and next action, and store them.",
            usage: "[--as-of DATE] [--json] [--policy FILE] [--db PATH]", options: [asOfOption, jsonOption, policyOption],
            details: "Also appends agreement state changes due by the date and records a snapshot of the counts for trends. Running it again for the same date changes nothing."),
            run: { args, context in
                let asOf = try context.asOf(args)
                let policy = try loadPolicy(args)
                let store = try CommandStore.open(args, context)
                let result = try NightlyRun.run(store: store, asOf: asOf, policy: policy)
                Output.out(args.has("json") ? result.report.json : result.report.text)
                if !args.has("json") && result.agreementChanges > 0 {
                    Output.out("Agreements that changed state: \(result.agreementChanges)")
                }
                return 0
            })
    }

    static var explain: Command {
        Command(spec: CommandSpec(
            path: "explain", summary: "Explain one case: measures, score, band and the next action's trace, in plain English.",
            usage: "REF [--as-of DATE] [--json] [--policy FILE] [--as LOGIN] [--db PATH]",
            options: [asOfOption, jsonOption, policyOption, UsersCommand.asOption],
            positionals: 1...1,
            details: "Needs the same right as opening the case in the workbench: a user of the database whose role may view this account."),
            run: { args, context in
                let asOf = try context.asOf(args)
                let policy = try loadPolicy(args)
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let ref = args.positionals[0]
                guard let file = try CaseViewing.open(ref: ref, user: user, store: store)
                        ?? findByPaymentRef(ref, store).flatMap({ try CaseViewing.open(ref: $0, user: user, store: store) }) else {
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

    /// The tenancy reference of the case with this payment reference.
    static func findByPaymentRef(_ ref: String, _ store: CaseStore) throws -> String? {
        try store.summaries().first(where: { $0.paymentRef == ref })?.ref
    }
}
