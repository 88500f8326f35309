import Foundation
import ArrearsCore

/// `arrears db copy` and `arrears db check` (docs/operations.md).
enum DatabaseCommand {
    static var commands: [Command] { [copy, check] }

    static var copy: Command {
        Command(spec: CommandSpec(
            path: "db copy", summary: "Copy a whole database into a new, empty one: SQLite ↔ PostgreSQL (all or nothing).",
            usage: "--from PATH|URL --to PATH|URL",
            options: [.init(name: "from", value: "PATH|URL", help: "the database to copy (left unchanged)"),
                      .init(name: "to", value: "PATH|URL", help: "a new SQLite file, or an empty PostgreSQL database"),
                      UsersCommand.asOption],
            details: """
                Every table is copied in one transaction on the destination, which commits only when each table's
                row count and checksum read back from the destination match the source's; the figures are printed.
                Only an administrator of the source may copy it. A new SQLite file is removed again if the copy fails.
                """),
            run: { args, context in
                guard let from = args.value("from"), let to = args.value("to") else {
                    throw UsageError(message: "name both databases: --from PATH|URL --to PATH|URL", command: "db copy")
                }
                let source = try CommandStore.open(location: from)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: source)
                let newFile = !DatabaseLocation.isPostgres(to) && !FileManager.default.fileExists(atPath: to)
                do {
                    let figures = try DatabaseCopy.copy(from: source, to: try StoreOpener.openForCommand(to), user: user)
                    for table in figures { Output.out("\(table)") }
                    Output.err("Copied \(figures.count) tables from \(source.location) to \(DatabaseLocation.redacted(to)); every count and checksum matched.")
                    return 0
                } catch {
                    if newFile { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: to + suffix) } }
                    throw error
                }
            })
    }

    static var check: Command {
        Command(spec: CommandSpec(
            path: "db check", summary: "Check the database's integrity and that the diary and audit trail are still append-only.",
            usage: "[--db PATH|URL]", options: [],
            details: "Runs the engine's own integrity checks and looks for every append-only trigger. Prints each problem and exits 1, or says the database is sound."),
            run: { args, context in
                let store = try CommandStore.open(args, context)
                let problems = try DatabaseCheck.problems(in: store)
                for problem in problems { Output.out(problem) }
                if problems.isEmpty { Output.err("\(store.location): sound (schema version \(store.schemaVersion)).") }
                return problems.isEmpty ? 0 : 1
            })
    }
}
