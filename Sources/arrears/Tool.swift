import ArrearsCore

/// One subcommand: its spec (options, help) and what it does. Returns the exit code.
struct Command {
    var spec: CommandSpec
    var run: @MainActor (ParsedArguments, Context) throws -> Int32
}

/// The command table and dispatch. Exit codes: 0 success, 1 failure (with a message that says what
/// to do), 2 usage error (with a one-line hint).
enum Tool {
    static var commands: [Command] {
        [WorkbenchCommand.command, DemoCommand.command, ClassifyRunCommand.command, ClassifyCommand.explain, CheckCommand.address, CheckCommand.addresses, ImportExportCommand.importCommand, ImportExportCommand.exportCommand, UsersCommand.audit, LettersCommand.queue, LettersCommand.export, KeysCommand.command, ManCommand.command, RunCommand.command] + UsersCommand.commands + AutomationCommand.commands + NotifyCommand.commands + PolicyCommand.commands + DatabaseCommand.commands
            + [BenchCommand.command]
    }

    static let topLevelSpec = CommandSpec(
        path: "", summary: "Arrears Workbench: a keyboard-driven workbench for council housing income teams.",
        usage: "[COMMAND] [OPTIONS]", options: [], positionals: 0...Int.max)

    @MainActor static func main(_ arguments: [String], context: Context) -> Int32 {
        var args = Array(arguments.dropFirst())
        // Two-word commands (`letters queue`, `check address`) are looked up longest first.
        var command = commands.first { $0.spec.path == "" }!
        for candidate in commands.sorted(by: { $0.spec.path.count > $1.spec.path.count }) where !candidate.spec.path.isEmpty {
            let words = candidate.spec.path.split(separator: " ").map(String.init)
            if args.count >= words.count, Array(args.prefix(words.count)) == words {
                command = candidate
                args.removeFirst(words.count)
                break
            }
        }
        if command.spec.path.isEmpty, let first = args.first, !first.hasPrefix("-") {
            // A group word on its own (`arrears check`, `arrears letters --help`) lists its commands.
            let group = commands.filter { $0.spec.path.hasPrefix(first + " ") }
            guard !group.isEmpty else { return usage(UsageError(message: "unknown command '\(first)'", command: "")) }
            let listing = group.map { "  arrears \($0.spec.path)  —  \($0.spec.summary)" }.joined(separator: "\n")
            if args.dropFirst().contains("--help") {
                Output.out("Commands in '\(first)':\n" + listing)
                return 0
            }
            Output.err("arrears \(first): name one of its commands:\n" + listing)
            return 2
        }
        do {
            let parsed = try ArgumentParser.parse(args, spec: command.spec)
            if parsed.has("version") {
                Output.out("arrears \(Context.version)")
                return 0
            }
            if parsed.has("help") {
                Output.out(command.spec.path.isEmpty ? topLevelHelp : command.spec.helpText)
                return 0
            }
            return try command.run(parsed, context)
        } catch let e as UsageError {
            return usage(UsageError(message: e.message, command: e.command.isEmpty ? command.spec.path : e.command))
        } catch let e as CommandFailure {
            Output.err("arrears: \(e.message)")
            return 1
        } catch let e as StoreError {
            Output.err("arrears: \(e.description)")
            return 1
        } catch {
            Output.err("arrears: \(error)")
            return 1
        }
    }

    static func usage(_ e: UsageError) -> Int32 {
        let path = e.command.isEmpty ? "" : " \(e.command)"
        Output.err("arrears\(path): \(e.message) (try 'arrears\(path) --help')")
        return 2
    }

    static var topLevelHelp: String {
        var lines = ["Usage: arrears [COMMAND] [OPTIONS]", "",
                     "Arrears Workbench: a keyboard-driven workbench for council housing income teams.",
                     "With no command it opens the workbench.", "", "Commands:"]
        let named = commands.filter { !$0.spec.path.isEmpty }
        let width = (named.map(\.spec.path.count).max() ?? 0) + 2
        for c in named {
            lines.append("  " + c.spec.path + String(repeating: " ", count: width - c.spec.path.count) + c.spec.summary)
        }
        lines += ["", "Options for every command:", "  --db PATH    database file (else ARREARS_DB, else $XDG_DATA_HOME/arrears/workbench.sqlite)",
                  "  --help       show help (also: arrears COMMAND --help)", "  --version    show the version", "",
                  "Files: ~/.config/arrears/config (theme), ~/.config/arrears/keys (key bindings, docs/keys.md) and",
                  "~/.config/arrears/themes/ ($XDG_CONFIG_HOME/arrears when XDG_CONFIG_HOME is set).", "",
                  "Exit codes: 0 success, 1 failure, 2 usage error."]
        return lines.joined(separator: "\n")
    }
}
