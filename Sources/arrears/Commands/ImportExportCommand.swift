import Foundation
import ArrearsCore

/// `arrears import` and `arrears export`.
enum ImportExportCommand {
    static var importCommand: Command {
        Command(spec: CommandSpec(
            path: "import", summary: "Load accounts and their history from CSV files (all or nothing).",
            usage: "--db PATH FILE...", options: [ClassifyCommand.asOfOption],
            positionals: 1...Int.max,
            details: """
                The files and columns are in docs/data-formats.md. Every problem is reported as file:line:column: message
                and nothing is written unless every file is clean. Importing the same files again changes nothing.
                On a new database the person importing becomes its first administrator; on an existing one only
                an administrator may import. The imported cases are classified as of --as-of (default today).
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
                let store = try StoreOpener.open(path)
                let user: User
                if try store.users().isEmpty {
                    let login = try Identity.connectingLogin(osLogin: context.osLogin, store: store)
                    user = try UserAdmin.bootstrapAdministrator(store: store, login: login, displayName: login, now: context.now)
                    Output.err("\(login) is the first administrator of \(store.location).")
                } else {
                    user = try WorkbenchIdentity.resolve(context: context, requestedAs: nil, store: store)
                }
                try Access.check(user: user, operation: .importData, account: nil)
                // An import never rewrites the importing administrator's own account: a users file that
                // names them with another role would otherwise lock them out half-way.
                let users = batch.users.filter { $0.login != user.login }
                if users.count < batch.users.count {
                    Output.err("Kept your own account (\(user.login)) as it is; the users file's row for it was not applied.")
                }
                try store.atomically {
                    try store.saveUsers(users)
                    try store.saveCases(batch.cases)
                    try store.appendAudit(AuditRecord(at: context.now, user: user.login, operation: .importData, accountRef: nil,
                                                      summary: "Imported \(batch.cases.count) cases and \(batch.users.count) users",
                                                      before: nil, after: nil))
                }
                let request = ClassifyRequest(user: user, asOf: try context.asOf(args), today: context.now.londonDate, at: context.now)
                let result = try NightlyRun.run(store: store, request: request)
                Output.out(batch.summary)
                Output.out("Classified \(result.report.total) cases as of \(result.report.asOf.isoText).")
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
