import Foundation
import ArrearsCore

/// `arrears import` and `arrears export`.
enum ImportExportCommand {
    static var importCommand: Command {
        Command(spec: CommandSpec(
            path: "import", summary: "Load accounts and their history from CSV files (all or nothing).",
            usage: "--db PATH [--dry-run] [--replace] FILE...",
            options: [ClassifyCommand.asOfOption,
                      .init(name: "dry-run", value: nil, help: "show what would change, table by table, and write nothing"),
                      .init(name: "replace", value: nil, help: "allow removing stored rows from existing cases (they become as the files say)")],
            positionals: 1...Int.max,
            details: """
                The files and columns are in docs/data-formats.md. Every problem is reported as file:line:column: message
                and nothing is written unless every file is clean. It prints what will change per table (rows added,
                changed, removed; cases new and replaced) and refuses to remove stored rows from existing cases (a file
                left out or cut short) unless --replace is given. The same file given twice is refused. Importing the
                same files again changes nothing. On a new database the person importing becomes its first
                administrator; on an existing one only an administrator may import. The imported cases are classified
                as of --as-of (default today), in the same transaction.
                """),
            run: { args, context in
                guard args.value("db") != nil || !(context.environment["ARREARS_DB"] ?? "").isEmpty else {
                    throw UsageError(message: "name the database to import into with --db PATH", command: "import")
                }
                let batch: ImportBatch
                switch CSVImporter.load(files: args.positionals) {
                case .failure(let failure):
                    Output.err(failure.report())
                    return 1
                case .success(let b):
                    batch = b
                }
                let path = context.databasePath(args)
                let dryRun = args.has("dry-run")
                // A dry run against a database that does not exist yet must not create it.
                let store = dryRun && !DatabaseLocation.isPostgres(path) && !FileManager.default.fileExists(atPath: path)
                    ? try SQLiteCaseStore.openInMemory() : try StoreOpener.openForCommand(path)
                let outcome: ImportRun.Outcome
                do {
                    outcome = try ImportRun.run(batch: batch, store: store, osLogin: try Identity.connectingLogin(osLogin: context.osLogin, store: store), now: context.now,
                                                asOf: try context.asOf(args),
                                                options: .init(replace: args.has("replace"), dryRun: dryRun))
                } catch let refused as ImportRun.Refused {
                    Output.out(refused.plan.text)
                    throw CommandFailure(message: refused.description)
                }
                Output.out(batch.summary)
                Output.out(outcome.plan.text)
                if dryRun {
                    Output.out("Dry run: nothing was written.")
                    return 0
                }
                if let admin = outcome.firstAdministrator { Output.err("\(admin) is the first administrator of \(path).") }
                if outcome.keptOwnAccount {
                    Output.err("Kept your own account (\(context.osLogin)) as it is; the users file's row for it was not applied.")
                }
                if let result = outcome.classified {
                    Output.out("Classified \(result.report.total) cases as of \(result.report.asOf.isoText).")
                }
                return 0
            })
    }

    static var exportCommand: Command {
        Command(spec: CommandSpec(
            path: "export", summary: "Write case data (CSV files or JSON) or the classified worklist.",
            usage: "[--format csv|json] [--worklist] [--out PATH] [--db PATH]",
            options: [
                .init(name: "format", value: "csv|json", help: "csv (a folder of files, the import format) or json (one document)"),
                .init(name: "worklist", value: nil, help: "export the classified worklist, one row per case, instead of case data"),
                .init(name: "out", value: "PATH", help: "folder (csv case data) or file to write; '-' for standard output (json and worklist)"),
                .init(name: "as", value: "LOGIN", help: "export as another user (demo databases only)"),
            ],
            details: "Exports hold personal data: they are created readable by their owner only, and each is recorded in the audit trail."),
            run: { args, context in
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let format = args.value("format") ?? "csv"
                guard format == "csv" || format == "json" else {
                    throw UsageError(message: "--format must be csv or json, not '\(format)'", command: "export")
                }
                let worklist = args.has("worklist")
                let today = try context.asOf(args).isoText
                let defaultName = worklist ? "worklist-\(today).\(format)" : (format == "csv" ? "arrears-export-\(today)" : "arrears-export-\(today).json")
                let out = args.value("out") ?? defaultName
                guard !(out == "-" && format == "csv" && !worklist) else {
                    throw UsageError(message: "CSV case data is a folder of files; give --out FOLDER, or use --format json or --worklist", command: "export")
                }
                let summaries = try store.summaries()
                try PersonalDataExport.record(store: store, user: user, at: context.now,
                                              what: worklist ? "worklist (\(format))" : "case data (\(format))",
                                              cases: summaries.map { ($0.ref, $0.type) })
                if worklist {
                    var rows = summaries
                    if format == "json" { try WorklistExplanations.fill(&rows, store: store) }
                    let text = format == "csv" ? Exporter.worklistCSV(rows) : Exporter.worklistJSON(rows)
                    try write(text, to: out)
                } else if format == "csv" {
                    try Exporter.writeCSV(from: store, to: URL(fileURLWithPath: out))
                } else if out == "-" {
                    var cases: [CaseFile] = []
                    try store.forEachCase { cases.append($0) }
                    Output.data(Exporter.json(cases: cases, users: try store.users()))
                } else {
                    try Exporter.writeJSON(from: store, to: URL(fileURLWithPath: out))
                }
                if out != "-" { Output.err("Wrote \(summaries.count) cases to \(out).") }
                return 0
            })
    }

    /// Writes a file readable by its owner only (it holds personal data), or to standard output.
    static func write(_ text: String, to path: String) throws {
        if path == "-" { Output.data(text); return }
        let fm = FileManager.default
        guard fm.createFile(atPath: path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure(message: "cannot write \(path): check the folder exists and you may write there.")
        }
    }
}
