import Foundation
import ArrearsCore

/// `arrears letters queue` (bulk) and `arrears letters export` (write queued letters for printing).
enum LettersCommand {
    static var queue: Command {
        Command(spec: CommandSpec(
            path: "letters queue", summary: "Prepare one template for a list of references and queue every letter that is ready.",
            usage: "--template ID --refs FILE [--yes] [--as LOGIN] [--db PATH]",
            options: [
                .init(name: "template", value: "ID", help: "letter template id (see docs/letters.md)"),
                .init(name: "refs", value: "FILE", help: "tenancy or payment references, split on spaces, commas, semicolons or newlines; '-' reads standard input"),
                .init(name: "yes", value: nil, help: "queue the ready letters (without it, only show what would be queued)"),
                UsersCommand.asOption, ClassifyCommand.asOfOption,
            ],
            details: """
                The ready letters are queued in one transaction. A case changed since the preview (say by the nightly
                classify) is prepared again from the stored case and queued if it still can be; each case that cannot
                be queued is listed with why. Letters already queued today for the same tenant are not queued again.
                """),
            run: { args, context in
                guard let templateId = args.value("template"), let refsPath = args.value("refs") else {
                    throw UsageError(message: "give both --template ID and --refs FILE", command: "letters queue")
                }
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                // The preview names tenants and addresses too: checked before any case is read.
                try Access.check(user: user, operation: .bulkQueueLetters, account: nil)
                let asOf = try context.asOf(args)
                let policy = try ClassifyCommand.loadPolicy(args)
                guard let template = LetterTemplateCatalogue.standard.template(id: templateId) else {
                    let offered = LetterTemplateCatalogue.standard.templates.map(\.id).joined(separator: ", ")
                    throw CommandFailure(message: "no letter template '\(templateId)'; templates are: \(offered)")
                }
                guard LetterTemplateCatalogue.role(user.role, mayUse: template) else {
                    let why = LetterPreparation.roleProblem(user.role, template).message
                    throw CommandFailure(message: "Refused: \(user.login) (\(user.role.label)) may not queue \(template.id): \(why).")
                }
                let raw: String
                if refsPath == "-" {
                    raw = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                } else {
                    guard let data = FileManager.default.contents(atPath: refsPath) else {
                        throw CommandFailure(message: "cannot read \(refsPath): check the path.")
                    }
                    raw = String(decoding: data, as: UTF8.self)
                }
                let summaries = try store.summaries()
                let byPaymentRef = Dictionary(summaries.map { ($0.paymentRef, $0.ref) }, uniquingKeysWith: { a, _ in a })
                let arrears = Dictionary(summaries.map { ($0.ref, $0.collectableArrears) }, uniquingKeysWith: { a, _ in a })
                let accounts = Set(try store.accountRefs())
                // Every named case read in batches first; a reference is a tenancy reference, else a payment reference.
                let cases = try BulkQueue.Cases(rawReferences: raw, resolve: { accounts.contains($0) ? $0 : byPaymentRef[$0] },
                                                load: store.loadCases)
                let plan = BulkLetterPlan.make(
                    rawReferences: raw, template: template, asOf: asOf, sender: .example, role: user.role, remit: Remit.of(user),
                    lookup: cases.lookup,
                    figures: { LetterFigures(collectableArrears: arrears[$0.ref] ?? $0.balance,
                                             minimumBalance: policy.letters.minimumBalance) })
                let items = BulkQueue.items(plan: plan, cases: cases, author: user.login, asOf: asOf, at: context.now)
                Output.out("Template: \(template.id) — \(template.title)")
                Output.out("References: \(plan.references.count) (\(plan.duplicatesRemoved) duplicates removed)")
                Output.out("Ready: \(items.letters) letters for \(items.cases.count) cases" +
                           (plan.localPrintCount > 0 ? " (\(plan.localPrintCount) over Notify's page limit: marked for local printing)" : ""))
                if items.alreadyQueued > 0 { Output.out("Already queued today, not queued again: \(items.alreadyQueued)") }
                Output.out("Cannot send: \(plan.cannotSendCount)")
                for c in plan.cannotSend { Output.out("  \(c.reference)\t\(c.fields)\t\(c.reason)") }
                guard args.has("yes") else {
                    Output.out(items.cases.isEmpty ? "Nothing to queue." : "Nothing queued yet: run again with --yes to queue these \(items.letters) letters.")
                    return 0
                }
                guard !items.cases.isEmpty else { Output.out("Nothing to queue."); return 0 }
                let actions = try CaseActionsFactory.make(store: store, user: user, context: context, asOf: asOf,
                                                          policy: try ClassifyCommand.loadPolicy(args))
                // A case the nightly run (or a colleague) changed since the preview is prepared again from
                // the stored case, with its fresh figures, and queued if it still can be.
                let recheck = BulkQueue.recheck(template: template, asOf: asOf, sender: .example, role: user.role, author: user.login,
                                                at: context.now) { actions.storedLetterFigures($0, minimumBalance: policy.letters.minimumBalance) }
                let outcome = try actions.bulkQueueLetters(items.cases, recheck: recheck)
                Output.out(outcome.message + ".")
                for ref in outcome.rechecked { Output.out("  \(ref)\tchanged after the preview: prepared again from the stored case and queued") }
                for (ref, reason) in outcome.notQueued { Output.out("  \(ref)\tnot queued: \(reason)") }
                return 0
            })
    }

    static var export: Command {
        Command(spec: CommandSpec(
            path: "letters export", summary: "Write every queued letter for printing (a file each and a manifest) and mark them sent.",
            usage: "--out FOLDER [--format text|pdf] [--as LOGIN] [--db PATH]",
            options: [.init(name: "out", value: "FOLDER", help: "a new folder for the letters and manifest.csv"),
                      .init(name: "format", value: "text|pdf", help: "plain text (the default) or PDF to GOV.UK Notify's precompiled letter specification"),
                      UsersCommand.asOption],
            details: "The letters are written to FOLDER.partial, marked sent in one transaction, then the folder is renamed: an interrupted export leaves the letters queued, never half-sent."),
            run: { args, context in
                guard let out = args.value("out") else { throw UsageError(message: "give --out FOLDER", command: "letters export") }
                let format = args.value("format") ?? "text"
                guard format == "text" || format == "pdf" else {
                    throw UsageError(message: "--format must be text or pdf, not '\(format)'", command: "letters export")
                }
                let fonts: LetterFonts? = format == "pdf" ? try LetterFonts.standard.mapError { CommandFailure(message: $0.description) }.get() : nil
                let fm = FileManager.default
                guard !fm.fileExists(atPath: out) else {
                    throw CommandFailure(message: "\(out) already exists; name a new folder so no earlier export is overwritten.")
                }
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let actions = try CaseActionsFactory.make(store: store, user: user, context: context, asOf: try context.asOf(args), policy: .default)
                // Refused before anything is read or written: an auditor may export but not send.
                try actions.checkMaySendLetters(for: [])
                var queued: [(file: CaseFile, letters: [Letter])] = []
                try store.forEachCase { file in
                    let letters = file.letters.filter { $0.status == .queued }
                    if !letters.isEmpty { queued.append((file, letters)) }
                }
                guard !queued.isEmpty else { Output.out("No letters are queued."); return 0 }
                try actions.checkMaySendLetters(for: queued.map(\.file.account.type))
                try PersonalDataExport.record(store: store, user: user, at: context.now, what: "queued letters for printing",
                                              cases: queued.map { ($0.file.ref, $0.file.account.type) })
                let partial = out + ".partial"
                try? fm.removeItem(atPath: partial)
                try fm.createDirectory(atPath: partial, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                var manifest = "letter_id,tenancy_ref,template,contact_id,local_print,file\n"
                for (file, letters) in queued {
                    for letter in letters {
                        let base = "\(file.ref.replacingOccurrences(of: "/", with: "-"))_\(letter.id)"
                        let name = base + (fonts == nil ? ".txt" : ".pdf")
                        let contents = fonts.map { Data(LetterPDF.make(text: letter.renderedText, title: letter.id, fonts: $0)) }
                            ?? Data(TerminalSafeText.printable(letter.renderedText).utf8)
                        guard fm.createFile(atPath: partial + "/" + name, contents: contents,
                                            attributes: [.posixPermissions: 0o600]) else {
                            throw CommandFailure(message: "cannot write \(partial)/\(name); nothing was marked sent.")
                        }
                        manifest += "\(letter.id),\(file.ref),\(letter.templateId),\(letter.contactId.map(String.init) ?? ""),\(letter.localPrint ? "yes" : "no"),\(name)\n"
                    }
                }
                _ = fm.createFile(atPath: partial + "/manifest.csv", contents: Data(manifest.utf8), attributes: [.posixPermissions: 0o600])
                let sent = try actions.markLettersSent(queued.map { ($0.file.ref, $0.letters.map(\.id)) })
                try fm.moveItem(atPath: partial, toPath: out)
                Output.out("Wrote \(sent) letters for \(queued.count) cases to \(out) and marked them sent.")
                return 0
            })
    }
}

