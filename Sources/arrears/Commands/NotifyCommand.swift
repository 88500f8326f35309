import Foundation
import ArrearsCore

/// `arrears notify send|poll|status|configure`: queued letters to GOV.UK Notify and their statuses.
enum NotifyCommand {
    static var commands: [Command] { [send, poll, status, configure, NotifyCampaignCommand.command] }

    static let keyFileOption = CommandSpec.Option(name: "key-file", value: "PATH",
                                                  help: "a file only you can read holding the API key (else NOTIFY_API_KEY, else the notify.key_file setting)")

    static var send: Command {
        Command(spec: CommandSpec(
            path: "notify send", summary: "Send queued letters to GOV.UK Notify as precompiled PDFs.",
            usage: "[--dry-run] [--limit N] [--key-file PATH] [--as LOGIN] [--db PATH]",
            options: [.init(name: "dry-run", value: nil, help: "count what would be sent; call nobody"),
                      .init(name: "limit", value: "N", help: "send at most N this run"), keyFileOption, UsersCommand.asOption],
            details: "Each letter's state is saved before and after its call; a run that stopped mid-call is finished by the next, which looks letters up at Notify before sending anything again."),
            run: { args, context in
                var limit: Int?
                if let text = args.value("limit") {
                    guard let n = Int(text), n >= 0 else { throw UsageError(message: "--limit must be a whole number, not '\(text)'", command: "notify send") }
                    limit = n
                }
                let dryRun = args.has("dry-run")
                let outbox = try makeOutbox(args, context, needsClient: !dryRun)
                let report = try outbox.send(limit: limit, dryRun: dryRun)
                if dryRun { Output.out("Dry run: \(report.wouldSend) would be sent to GOV.UK Notify; nothing was sent."); return 0 }
                Output.out("New in the outbox: \(report.added)")
                if report.reconciled > 0 { Output.out("Looked up after an interrupted run: \(report.reconciled)") }
                Output.out("Accepted by GOV.UK Notify: \(report.accepted)")
                Output.out("Refused: \(report.failed.count)")
                for line in report.failed { Output.out("  \(line)") }
                if report.deferred > 0 { Output.out("Left for the next run: \(report.deferred)") }
                for note in report.notes { Output.err(note) }
                return report.failed.isEmpty ? 0 : 1
            })
    }

    static var poll: Command {
        Command(spec: CommandSpec(
            path: "notify poll", summary: "Fetch GOV.UK Notify statuses of everything sent in the last 7 days.",
            usage: "[--key-file PATH] [--as LOGIN] [--db PATH]", options: [keyFileOption, UsersCommand.asOption],
            details: "Letters that fail Notify's checks or the post are marked failed on their case, for review."),
            run: { args, context in
                let report = try makeOutbox(args, context, needsClient: true).poll()
                Output.out("Checked \(report.checked), changed \(report.changed), failed \(report.failed)")
                for note in report.notes { Output.err(note) }
                return 0
            })
    }

    static var status: Command {
        Command(spec: CommandSpec(
            path: "notify status", summary: "The outbox's counts, the Notify address and the API key's type.",
            usage: "[--key-file PATH] [--as LOGIN] [--db PATH]", options: [keyFileOption, UsersCommand.asOption]),
            run: { args, context in
                let store = try CommandStore.open(args, context)
                let settings = try NotifySettings.load(from: store)
                let outbox = try makeOutbox(args, context, needsClient: false)
                let counts = try outbox.counts()
                Output.out("GOV.UK Notify: \(settings.baseURL.absoluteString)")
                switch Result(catching: { try NotifyAPIKey.load(environment: context.environment, file: args.value("key-file") ?? settings.keyFile) }) {
                case .success(let key): Output.out("API key: \(key)" + (key.keyType.map { " — \($0.explanation)" } ?? ""))
                case .failure(let problem): Output.out("API key: \(problem)")
                }
                Output.out("SMS hours: \(settings.smsHours) London time")
                Output.out("First SMS: " + (settings.firstSMS.map { "template \($0.id), \(SMSLength($0.text).text) before its fields are filled" }
                                            ?? "no template (the nightly run skips the first-SMS step)"))
                for state in OutboxMessage.State.allCases { Output.out("\(state.rawValue): \(counts[state] ?? 0)") }
                return 0
            })
    }

    static var configure: Command {
        Command(spec: CommandSpec(
            path: "notify configure", summary: "Set where GOV.UK Notify is, the postage and the key file's path (never the key).",
            usage: "[--base-url URL] [--postage first|second|economy] [--key-file PATH] [--requests-per-minute N] [--letters-per-day N] [--sms-hours HH:MM-HH:MM] [--first-sms-template-id UUID --first-sms-text TEXT] [--as LOGIN] [--db PATH]",
            options: [.init(name: "base-url", value: "URL", help: "https://api.notifications.service.gov.uk, or http://127.0.0.1:PORT for the stand-in"),
                      .init(name: "postage", value: "CLASS", help: "first, second or economy"), keyFileOption,
                      .init(name: "requests-per-minute", value: "N", help: "Notify's limit is 3,000"),
                      .init(name: "letters-per-day", value: "N", help: "Notify's limit is 20,000"),
                      .init(name: "sms-hours", value: "HH:MM-HH:MM", help: "London hours text messages may go in (default 08:00-20:00)"),
                      .init(name: "first-sms-template-id", value: "UUID", help: "the Notify template of the ladder's first SMS (turns the step on for the nightly run)"),
                      .init(name: "first-sms-text", value: "TEXT", help: "that template's wording, with ((name)), ((balance)), ((arrears)), ((payment_ref))"),
                      UsersCommand.asOption]),
            run: { args, context in
                var changes: [String: String] = [:]
                for (option, key) in [("base-url", "notify.base_url"), ("postage", "notify.postage"), ("key-file", "notify.key_file"),
                                      ("requests-per-minute", "notify.requests_per_minute"), ("letters-per-day", "notify.letters_per_day"),
                                      ("sms-hours", "notify.sms_hours"), ("first-sms-template-id", "notify.first_sms_template_id"),
                                      ("first-sms-text", "notify.first_sms_text")] {
                    if let value = args.value(option) { changes[key] = value }
                }
                guard !changes.isEmpty else { throw UsageError(message: "give at least one setting to change", command: "notify configure") }
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                try NotifySettings.configure(changes, store: store, user: user, at: context.now)
                Output.out("Saved: " + changes.keys.sorted().joined(separator: ", "))
                return 0
            })
    }

    /// Whether sending is set up: an API key in the environment or a key file in the settings.
    static func isConfigured(_ store: CaseStore, _ context: Context) throws -> Bool {
        if let key = context.environment["NOTIFY_API_KEY"], !key.isEmpty { return true }
        return try NotifySettings.load(from: store).keyFile != nil
    }

    static func makeOutbox(_ args: ParsedArguments, _ context: Context, needsClient: Bool) throws -> NotifyOutbox {
        let store = try CommandStore.open(args, context)
        let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
        let asOf = try context.asOf(args)
        let settings = try NotifySettings.load(from: store)
        var client: NotifyClient?
        if needsClient {
            let key = try NotifyAPIKey.load(environment: context.environment, file: args.value("key-file") ?? settings.keyFile)
            client = NotifyClient(baseURL: settings.baseURL, key: key, transport: URLSessionTransport(),
                                  wallClock: { Int64(Date().timeIntervalSince1970) })
        }
        let fonts = try LetterFonts.standard.mapError { CommandFailure(message: $0.description) }.get()
        let actions = try CaseActionsFactory.make(store: store, user: user, context: context, asOf: asOf, policy: try ClassifyCommand.loadPolicy(args))
        return NotifyOutbox(store: store, actions: actions, client: client, fonts: fonts, settings: settings, now: { context.now })
    }
}
