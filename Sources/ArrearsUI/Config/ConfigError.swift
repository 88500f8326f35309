/// One problem found in a configuration file (a theme or a key-binding file), located by file and line
/// so the message reads like a compiler's: `Themes/light.theme:12: unknown colour "blu"`.
public struct ConfigIssue: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

/// Every problem in a file at once, so a user fixes them in one pass rather than one per run.
public struct ConfigError: Error, Hashable, Sendable, CustomStringConvertible {
    public var issues: [ConfigIssue]

    public init(issues: [ConfigIssue]) { self.issues = issues }
    public init(file: String, line: Int = 0, message: String) {
        issues = [ConfigIssue(file: file, line: line, message: message)]
    }

    public var description: String { issues.map(\.description).joined(separator: "\n") }
}
