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
            details: "Every ready letter is queued in one step, or none is. Letters already queued today for the same tenant are not queued again."),
            run: { args, context in
                guard let templateId = args.value("template"), let refsPath = args.value("refs") else {
                    throw UsageError(message: "give both --template ID and --refs FILE", command: "letters queue")
                }
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let asOf = try context.asOf(args)
                guard let template = LetterTemplateCatalogue.standard.template(id: templateId) else {
                    let offered = LetterTemplateCatalogue.standard.templates.map(\.id).joined(separator: ", ")
                    throw CommandFailure(message: "no letter template '\(templateId)'; templates are: \(offered)")
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
                let cases = BulkQueue.CaseCache(store: store)
                let plan = BulkLetterPlan.make(
                    rawReferences: raw, template: template, asOf: asOf, sender: .example, role: user.role,
                    lookup: { ref in cases.load(ref) ?? byPaymentRef[ref].flatMap { cases.load($0) } },
                    figures: { LetterFigures(collectableArrears: arrears[$0.ref] ?? $0.balance) })
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
                Output.out(try actions.bulkQueueLetters(items.cases).message)
                return 0
            })
    }

    static var export: Command {
        Command(spec: CommandSpec(
            path: "letters export", summary: "Write every queued letter for printing (a file each and a manifest) and mark them sent.",
            usage: "--out FOLDER [--as LOGIN] [--db PATH]",
            options: [.init(name: "out", value: "FOLDER", help: "a new folder for the letters and manifest.csv"), UsersCommand.asOption],
            details: "The letters are written to FOLDER.partial, marked sent in one transaction, then the folder is renamed: an interrupted export leaves the letters queued, never half-sent."),
            run: { args, context in
                guard let out = args.value("out") else { throw UsageError(message: "give --out FOLDER", command: "letters export") }
                let fm = FileManager.default
                guard !fm.fileExists(atPath: out) else {
                    throw CommandFailure(message: "\(out) already exists; name a new folder so no earlier export is overwritten.")
                }
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                var queued: [(file: CaseFile, letters: [Letter])] = []
                try store.forEachCase { file in
                    let letters = file.letters.filter { $0.status == .queued }
                    if !letters.isEmpty { queued.append((file, letters)) }
                }
                guard !queued.isEmpty else { Output.out("No letters are queued."); return 0 }
                try PersonalDataExport.record(store: store, user: user, at: context.now, what: "queued letters for printing",
                                              cases: queued.map { ($0.file.ref, $0.file.account.type) })
                let partial = out + ".partial"
                try? fm.removeItem(atPath: partial)
                try fm.createDirectory(atPath: partial, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
                var manifest = "letter_id,tenancy_ref,template,contact_id,local_print,file\n"
                for (file, letters) in queued {
                    for letter in letters {
                        let name = "\(file.ref.replacingOccurrences(of: "/", with: "-"))_\(letter.id).txt"
                        guard fm.createFile(atPath: partial + "/" + name, contents: Data(TerminalSafeText.printable(letter.renderedText).utf8),
                                            attributes: [.posixPermissions: 0o600]) else {
                            throw CommandFailure(message: "cannot write \(partial)/\(name); nothing was marked sent.")
                        }
                        manifest += "\(letter.id),\(file.ref),\(letter.templateId),\(letter.contactId.map(String.init) ?? ""),\(letter.localPrint ? "yes" : "no"),\(name)\n"
                    }
                }
                _ = fm.createFile(atPath: partial + "/manifest.csv", contents: Data(manifest.utf8), attributes: [.posixPermissions: 0o600])
                let actions = try CaseActionsFactory.make(store: store, user: user, context: context, asOf: try context.asOf(args), policy: .default)
                let sent = try actions.markLettersSent(queued.map { ($0.file.ref, $0.letters.map(\.id)) })
                try fm.moveItem(atPath: partial, toPath: out)
                Output.out("Wrote \(sent) letters for \(queued.count) cases to \(out) and marked them sent.")
                return 0
            })
    }
}

/// Turning a bulk plan into queue items: one item per case, with the shared letter ids
/// (template, date, case, tenant), so a letter queued or sent today is never queued twice.
enum BulkQueue {
    struct Items {
        var cases: [BulkLetterItem]
        var letters: Int
        var alreadyQueued: Int
    }

    /// Each case is read once: the plan's look-ups fill this, and the queue items read it again.
    final class CaseCache {
        let store: CaseStore
        private var files: [String: CaseFile] = [:]
        init(store: CaseStore) { self.store = store }

        func load(_ ref: String) -> CaseFile? {
            if let file = files[ref] { return file }
            let file = try? store.loadCase(ref: ref)
            if let file { files[ref] = file }
            return file
        }
    }

    static func items(plan: BulkLetterPlan, cases: CaseCache, author: String, asOf: CivilDate, at: Timestamp) -> Items {
        var order: [String] = []
        var byRef: [String: [LetterToQueue]] = [:]
        var versions: [String: Int] = [:]
        var skipped = 0
        for ready in plan.ready {
            let rendered = ready.letter.rendered
            let ref = rendered.accountRef
            let existing = byRef[ref]?.map(\.letter) ?? []
            let stored = cases.load(ref)?.letters ?? []
            guard case .new(let id) = LetterIds.assign(rendered, asOf: asOf, existing: stored + existing) else {
                skipped += 1
                continue
            }
            guard let letter = ready.letter.queuedLetter(id: id, author: author, at: at) else { continue }
            if byRef[ref] == nil { order.append(ref); versions[ref] = rendered.caseVersion }
            byRef[ref, default: []].append(LetterToQueue(letter: letter, diaryCode: rendered.template.diaryCode))
        }
        let cases = order.map { BulkLetterItem(ref: $0, expectedVersion: versions[$0], letters: byRef[$0] ?? []) }
        return Items(cases: cases, letters: cases.reduce(0) { $0 + $1.letters.count }, alreadyQueued: skipped)
    }
}
