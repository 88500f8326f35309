/// A command's options, positionals and help text. Every subcommand declares one, so that parsing,
/// `--help` and usage errors behave the same everywhere.
struct CommandSpec {
    struct Option {
        var name: String          // without the dashes
        var value: String?        // the value's placeholder, or nil for a flag
        var help: String
    }

    var path: String              // "letters queue"
    var summary: String
    var usage: String             // after "arrears <path> "
    var options: [Option]
    var positionals: ClosedRange<Int> = 0...0
    var details: String = ""

    static let common: [Option] = [
        Option(name: "db", value: "PATH|URL", help: "database file or postgresql:// URL (else ARREARS_DB, else $XDG_DATA_HOME/arrears/workbench.sqlite)"),
        Option(name: "help", value: nil, help: "show this help"),
        Option(name: "version", value: nil, help: "show the version"),
    ]

    var helpText: String {
        var lines = ["Usage: arrears \(path) \(usage)", "", summary]
        if !details.isEmpty { lines += ["", details] }
        lines += ["", "Options:"]
        let all = options + CommandSpec.common.filter { c in !options.contains { $0.name == c.name } }
        let labels = all.map { "--\($0.name)" + ($0.value.map { " \($0)" } ?? "") }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (label, o) in zip(labels, all) {
            lines.append("  " + label + String(repeating: " ", count: width - label.count) + o.help)
        }
        return lines.joined(separator: "\n")
    }
}

/// Parsed command line: `--name value`, `--name=value`, flags and positionals.
struct ParsedArguments {
    var values: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []

    func value(_ name: String) -> String? { values[name] }
    func has(_ name: String) -> Bool { flags.contains(name) }
}

/// A mistake in how the command was called: exit code 2 and a one-line hint.
struct UsageError: Error {
    var message: String
    var command: String
}

/// A failure to do what was asked: exit code 1 and a message that says what to do.
struct CommandFailure: Error {
    var message: String
}

enum ArgumentParser {
    static func parse(_ args: [String], spec: CommandSpec) throws -> ParsedArguments {
        var parsed = ParsedArguments()
        let options = spec.options + CommandSpec.common
        var i = 0
        var onlyPositionals = false
        while i < args.count {
            let arg = args[i]
            if onlyPositionals || !arg.hasPrefix("--") || arg == "-" {
                if arg.hasPrefix("-") && arg.count > 1 && !onlyPositionals && arg != "-" {
                    throw UsageError(message: "unknown option \(arg)", command: spec.path)
                }
                parsed.positionals.append(arg)
                i += 1
                continue
            }
            if arg == "--" { onlyPositionals = true; i += 1; continue }
            var name = String(arg.dropFirst(2))
            var inlineValue: String?
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw UsageError(message: "unknown option --\(name)", command: spec.path)
            }
            if let placeholder = option.value {
                if let v = inlineValue {
                    parsed.values[name] = v
                } else {
                    guard i + 1 < args.count else {
                        throw UsageError(message: "--\(name) needs a value (\(placeholder))", command: spec.path)
                    }
                    parsed.values[name] = args[i + 1]
                    i += 1
                }
            } else {
                if inlineValue != nil { throw UsageError(message: "--\(name) takes no value", command: spec.path) }
                parsed.flags.insert(name)
            }
            i += 1
        }
        if !parsed.has("help") && !parsed.has("version") && !spec.positionals.contains(parsed.positionals.count) {
            let range = spec.positionals
            let expected = range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound) to \(range.upperBound)"
            throw UsageError(message: "expected \(expected) argument\(range.upperBound == 1 ? "" : "s"), got \(parsed.positionals.count)",
                             command: spec.path)
        }
        return parsed
    }
}
