import Foundation
import ArrearsCore

/// `arrears run`: the nightly job (classify, then automation), fit for cron or a systemd timer.
enum RunCommand {
    static var command: Command {
        Command(spec: CommandSpec(
            path: "run", summary: "The nightly job: classify every case, then send the automated steps a team lead switched on.",
            usage: "[--as-of DATE] [--dry-run] [--rerun] [--json] [--policy FILE] [--key-file PATH] [--as LOGIN] [--db PATH]",
            options: [
                ClassifyCommand.asOfOption,
                .init(name: "dry-run", value: nil, help: "show what the run would do and write nothing"),
                .init(name: "rerun", value: nil, help: "run again for a past date that already ran"),
                ClassifyCommand.jsonOption, ClassifyCommand.policyOption, NotifyCommand.keyFileOption, UsersCommand.asOption,
            ],
            details: """
            One run at a time per database (a lock beside a SQLite file, or in the PostgreSQL server, that a killed run does not leave held). The OS account \
            that starts it must be a team lead or an administrator of the database. Exit codes: 0 the run finished; \
            1 it was refused or some cases could not be saved (the summary names them; the next run tries them again); \
            2 usage error. When GOV.UK Notify is configured (NOTIFY_API_KEY or 'arrears notify configure'), the run then sends what is queued and polls statuses. See docs/operations.md for the crontab line and the systemd unit.
            """),
            run: { args, context in
                let asOf = try context.asOf(args)
                let policy = try ClassifyCommand.loadPolicy(args)
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let dryRun = args.has("dry-run")
                let lock: RunLock?
                do {
                    lock = dryRun ? nil : try RunLock(beside: context.databasePath(args), now: context.now)
                } catch let busy as RunLock.Busy {
                    throw CommandFailure(message: busy.description)
                }
                defer { withExtendedLifetime(lock) {} }
                let options = AutomationRun.Options(asOf: asOf, policy: policy, dryRun: dryRun,
                                                    firstSMS: try NotifySettings.load(from: store).firstSMS)
                let result: NightlyJob.Result
                do {
                    result = try NightlyJob.run(store: store, user: user, today: context.now.londonDate, options: options,
                                                rerun: args.has("rerun"), now: { context.now })
                } catch let refused as NightlyJob.Refused {
                    throw CommandFailure(message: refused.description)
                } catch let settings as AutomationSettingsError {
                    throw CommandFailure(message: settings.description)
                }
                if args.has("json") {
                    Output.out(result.automation.json)
                } else {
                    if let classify = result.classify {
                        Output.out("Run by \(user.login) for \(asOf.isoText).")
                        let bands = classify.report.bandCounts.map { "\($0.1) \($0.0.label.lowercased())" }.joined(separator: ", ")
                        Output.out("Classified \(classify.report.total) cases: \(bands); \(classify.agreementChanges) agreements changed state.")
                    }
                    Output.out(result.automation.text)
                }
                var sendingFailed = false
                if !dryRun, try NotifyCommand.isConfigured(store, context) {
                    // The outbox commits each letter's state around its call, so a failure here loses
                    // nothing: what was not sent is sent by the next run (or `arrears notify send`).
                    do {
                        let outbox = try NotifyCommand.makeOutbox(args, context, needsClient: true)
                        let sent = try outbox.send(limit: nil, dryRun: false)
                        let polled = try outbox.poll()
                        Output.out("")
                        Output.out("GOV.UK Notify: \(sent.accepted) accepted, \(sent.failed.count) refused, \(sent.deferred) left for the next run; statuses checked \(polled.checked), changed \(polled.changed), failed \(polled.failed).")
                        for line in sent.failed { Output.out("  \(line)") }
                        sendingFailed = !sent.failed.isEmpty
                    } catch {
                        Output.err("arrears run: sending through GOV.UK Notify stopped: \(error). The letters stay queued for the next run.")
                        sendingFailed = true
                    }
                }
                return result.automation.failed.isEmpty && !sendingFailed ? 0 : 1
            })
    }
}
