import Foundation
import Testing

/// The command line as a user meets it: help and version everywhere, usage errors with a hint,
/// failures that say what to do.
@Suite("Command line")
struct CommandLineTests {
    /// Every command `arrears --help` lists, so commands added later are covered without editing this file.
    static func listedCommands() throws -> [String] {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let help = try sandbox.run(["--help"]).stdout
        let lines = help.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "Commands:") else { return [] }
        return lines[(start + 1)...].prefix { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.compactMap { line in
            line.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first
        }
    }

    @Test func helpListsTheCommandsThisSuiteKnows() throws {
        let listed = try Self.listedCommands()
        for known in ["demo", "classify", "explain", "check address", "check addresses"] {
            #expect(listed.contains(known), "arrears --help does not list '\(known)': \(listed)")
        }
    }

    @Test(arguments: ["--help", "--version"])
    func everyCommandAnswersHelpAndVersion(flag: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        for command in [""] + (try Self.listedCommands()) {
            let words = command.split(separator: " ").map(String.init)
            let result = try sandbox.run(words + [flag])
            #expect(result.status == 0, "arrears \(command) \(flag) exited \(result.status): \(result.stderr)")
            #expect(result.stderr.isEmpty, "arrears \(command) \(flag) wrote to standard error: \(result.stderr)")
            if flag == "--help" {
                let usage = command.isEmpty ? "Usage: arrears " : "Usage: arrears \(command) "
                #expect(result.stdout.hasPrefix(usage), "arrears \(command) --help: \(result.stdout.prefix(200))")
            } else {
                #expect(result.stdout.range(of: #"^arrears \d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil,
                        "arrears \(command) --version printed '\(result.stdout)'")
            }
        }
    }

    /// Each call is wrong in a different way; the hint names the help of the command that was meant.
    /// The database exists, so that only the mistake in the call can be what is reported.
    @Test(arguments: [
        (["--bogus"], "arrears --help"),
        (["frobnicate"], "arrears --help"),
        (["demo", "--accounts", "lots"], "arrears demo --help"),
        (["demo", "--accounts"], "arrears demo --help"),
        (["explain"], "arrears explain --help"),
        (["explain", "1/01", "2/01"], "arrears explain --help"),
        (["classify", "--as-of", "2026-13-45"], "arrears classify --help"),
        (["classify", "--json=yes"], "arrears classify --help"),
        (["check", "address", "extra"], "arrears check address --help"),
    ])
    func usageErrorExitsTwoWithAOneLineHint(arguments: [String], hint: String) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let before = try Data(contentsOf: URL(fileURLWithPath: sandbox.dbPath))
        let result = try sandbox.run(arguments + ["--db", sandbox.dbPath])
        #expect(result.status == 2, "arrears \(arguments) exited \(result.status)")
        #expect(result.stdout.isEmpty)
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "expected one line, got: \(result.stderr)")
        #expect(result.stderr.contains(hint), "the hint should name '\(hint)': \(result.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: sandbox.dbPath)) == before, "a usage error changed the database")
    }

    /// Commands that need a database, and the workbench given one by name, refuse a missing file and
    /// create nothing: a typo in `--db` must not leave an empty database behind.
    @Test(arguments: [["classify"], ["explain", "1234567/01"], ["check", "addresses"], []])
    func missingDatabaseFailsWithWhatToDo(arguments: [String]) throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let missing = sandbox.path("no-such-folder/typo.sqlite")
        let result = try sandbox.run(arguments + ["--db", missing])
        #expect(result.status == 1, "arrears \(arguments) exited \(result.status): \(result.stderr)")
        #expect(result.stderr.contains(missing), "the message should name the path: \(result.stderr)")
        #expect(result.stderr.contains("arrears demo"), "the message should say how to make one: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func missingDatabaseNamedByEnvironmentIsRefusedToo() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let missing = sandbox.path("elsewhere.sqlite")
        let result = try sandbox.run(["classify"], extraEnvironment: ["ARREARS_DB": missing])
        #expect(result.status == 1)
        #expect(result.stderr.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test func unknownCaseReferenceFailsWithWhatToDo() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let result = try sandbox.run(["explain", "0000000/99", "--db", sandbox.dbPath])
        #expect(result.status == 1)
        #expect(result.stderr.contains("0000000/99"), "\(result.stderr)")
    }

    /// Every `arrears …` a message suggests must be a command that exists.
    @Test func failureMessagesSuggestCommandsThatExist() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.dbPath)
        let commands = try Self.listedCommands()
        let failures = [
            try sandbox.run(["classify", "--db", sandbox.path("missing.sqlite")]),
            try sandbox.run(["--db", sandbox.path("missing.sqlite")]),
            try sandbox.run(["explain", "0000000/99", "--db", sandbox.dbPath]),
            try sandbox.run(["--as", "nobody.here", "--db", sandbox.dbPath]),
        ]
        for failure in failures {
            #expect(failure.status == 1, "\(failure.stderr)")
            for suggestion in Self.suggestedCommands(in: failure.stderr) {
                let known = commands.contains { suggestion == $0 || suggestion.hasPrefix($0 + " ") }
                #expect(known, "'\(failure.stderr.trimmingCharacters(in: .newlines))' suggests 'arrears \(suggestion)', which arrears --help does not list")
            }
        }
    }

    /// The words after `arrears` in each quoted suggestion ('arrears demo --db X' → "demo --db X").
    static func suggestedCommands(in message: String) -> [String] {
        let pattern = #"['`]arrears ([^'`]+)['`]"#
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        let range = NSRange(message.startIndex..., in: message)
        return regex.matches(in: message, range: range).compactMap { match in
            Range(match.range(at: 1), in: message).map { String(message[$0]) }
        }
    }
}
