import Foundation
import ArrearsCore

/// `arrears notify campaign NAME`: one text message (or email) from a GOV.UK Notify template to every
/// case a filter picks. `--dry-run` shows the counts, the skip reasons and one example message with its
/// length; without it the messages are queued (and sent by `arrears notify send` or the nightly run,
/// inside the SMS hours). Team leads only; the core checks.
enum NotifyCampaignCommand {
    static var command: Command {
        Command(spec: CommandSpec(
            path: "notify campaign", summary: "Queue one text message (or email) from a Notify template to every case a filter picks.",
            usage: "NAME --template-id UUID (--text TEXT | --text-file PATH) [--email] [--patch P,…] [--band B,…] [--type T,…] [--min-arrears £] [--max-arrears £] [--action ID,…] [--dry-run] [--as-of DATE] [--as LOGIN] [--db PATH]",
            options: [
                .init(name: "template-id", value: "UUID", help: "the GOV.UK Notify template's id"),
                .init(name: "text", value: "TEXT", help: "the template's wording, with ((name)), ((balance)), ((arrears)), ((payment_ref))"),
                .init(name: "text-file", value: "PATH", help: "the wording from a file (UTF-8)"),
                .init(name: "email", value: nil, help: "send emails instead of text messages"),
                .init(name: "patch", value: "P,…", help: "only these patches"),
                .init(name: "band", value: "B,…", help: "only these bands: red, amber, green, clear"),
                .init(name: "type", value: "T,…", help: "only these account types (SEC, INT, …)"),
                .init(name: "min-arrears", value: "£", help: "collectable arrears at least this"),
                .init(name: "max-arrears", value: "£", help: "collectable arrears at most this"),
                .init(name: "action", value: "ID,…", help: "only cases whose recommended action is one of these"),
                .init(name: "dry-run", value: nil, help: "show the counts and one example; queue nothing"),
                ClassifyCommand.asOfOption, UsersCommand.asOption,
            ],
            positionals: 1...1,
            details: "NAME (a-z, 0-9, _) is part of each message's reference: the same campaign on the same day never queues a message twice. Cases on hold or paused, and tenants without a valid UK mobile (or email address), are skipped and counted."),
            run: { args, context in
                let campaign: MessageCampaign
                do { campaign = try MessageCampaign(name: args.positionals[0], template: try template(args), filter: try filter(args)) }
                catch let problem as MessageTemplate.Problem { throw UsageError(message: problem.description, command: "notify campaign") }
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let asOf = try context.asOf(args)
                let dryRun = args.has("dry-run")
                let result: MessageCampaign.Preview
                if dryRun {
                    result = try campaign.preview(store: store, user: user, asOf: asOf, at: context.now)
                } else {
                    let actions = try CaseActionsFactory.make(store: store, user: user, context: context, asOf: asOf, policy: try ClassifyCommand.loadPolicy(args))
                    result = try campaign.queue(store: store, actions: actions, at: context.now)
                }
                report(result, campaign, dryRun: dryRun)
                return 0
            })
    }

    static func report(_ preview: MessageCampaign.Preview, _ campaign: MessageCampaign, dryRun: Bool) {
        for line in preview.report(campaign, queued: !dryRun) { Output.out(line) }
        if dryRun { Output.out(""); Output.out("Dry run: nothing was queued.") }
    }

    static func template(_ args: ParsedArguments) throws -> MessageTemplate {
        guard let id = args.value("template-id") else { throw UsageError(message: "give --template-id", command: "notify campaign") }
        let text: String
        switch (args.value("text"), args.value("text-file")) {
        case let (given?, nil): text = given
        case let (nil, path?):
            guard let data = FileManager.default.contents(atPath: path), let read = String(data: data, encoding: .utf8) else {
                throw CommandFailure(message: "\(path): cannot read it as UTF-8 text")
            }
            text = read.hasSuffix("\n") ? String(read.dropLast()) : read
        default: throw UsageError(message: "give the wording with --text or --text-file (one of them)", command: "notify campaign")
        }
        do { return try MessageTemplate(channel: args.has("email") ? .email : .sms, id: id, text: text) } catch {
            throw UsageError(message: error.description, command: "notify campaign")
        }
    }

    static func filter(_ args: ParsedArguments) throws -> CampaignFilter {
        func list(_ name: String) -> [String] { CampaignFilter.list(args.value(name) ?? "") }
        func bad(_ option: String, _ value: String, _ expected: String) -> UsageError {
            UsageError(message: "--\(option): '\(value)' is not \(expected)", command: "notify campaign")
        }
        var f = CampaignFilter()
        f.patches = Set(list("patch"))
        f.actions = Set(list("action"))
        do { f.bands = try CampaignFilter.bands(list("band")) } catch {
            throw UsageError(message: "--band: \(error.description)", command: "notify campaign")
        }
        do { f.accountTypes = try CampaignFilter.accountTypes(list("type")) } catch {
            throw UsageError(message: "--type: \(error.description)", command: "notify campaign")
        }
        for (option, path) in [("min-arrears", \CampaignFilter.minimumArrears), ("max-arrears", \.maximumArrears)] {
            guard let text = args.value(option) else { continue }
            guard let money = Money.parse(text) else { throw bad(option, text, "an amount like 10 or 10.50") }
            f[keyPath: path] = money
        }
        return f
    }
}
