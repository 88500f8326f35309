import Foundation

/// docs/demo.md read as a script: the terminal size, then steps of keys and what must follow them.
///
///     Terminal: 120x40
///     Keys: W : "full patch" Enter      tmux key names; quoted text is typed as it stands
///     Expect: Worklist (Full patch)     text that must then be on screen
///     Expect gone: band Red             text that must have left the screen
///     Expect exit: 0                    the program must end with this status
///
/// `Expect` lines before the first `Keys` line are what the first screen shows. Everything else in the
/// file is prose for people.
struct DemoTour {
    enum Key: Equatable {
        case named(String)
        case text(String)
    }

    struct Step {
        var line: Int
        var keys: [Key] = []
        var expected: [String] = []
        var gone: [String] = []
        var exitStatus: Int32?

        var checksSomething: Bool { !expected.isEmpty || !gone.isEmpty || exitStatus != nil }
    }

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "docs/demo.md:\(line): \(message)" }
    }

    var width = 120
    var height = 40
    var steps: [Step] = []

    static var documentPath: String { Sandbox.packageRoot.appendingPathComponent("docs/demo.md").path }

    static func load() throws -> DemoTour {
        try DemoTour(text: String(contentsOfFile: documentPath, encoding: .utf8))
    }

    init(text: String) throws {
        for (index, raw) in text.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if let size = line.removingPrefix("Terminal:") {
                let parts = size.split(separator: "x").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard parts.count == 2 else { throw ParseError(line: number, message: "write the size as WIDTHxHEIGHT") }
                (width, height) = (parts[0], parts[1])
            } else if let keys = line.removingPrefix("Keys:") {
                steps.append(Step(line: number, keys: try DemoTour.keys(keys, line: number)))
            } else if let text = line.removingPrefix("Expect gone:") {
                changeLastStep(number) { $0.gone.append(text) }
            } else if let status = line.removingPrefix("Expect exit:") {
                guard let value = Int32(status) else { throw ParseError(line: number, message: "an exit status is a number") }
                changeLastStep(number) { $0.exitStatus = value }
            } else if let text = line.removingPrefix("Expect:") {
                changeLastStep(number) { $0.expected.append(text) }
            }
        }
        if let empty = steps.first(where: { !$0.checksSomething }) {
            throw ParseError(line: empty.line, message: "a step needs at least one Expect line to wait for")
        }
    }

    /// An `Expect` line belongs to the last `Keys` line's step, or to the first screen's.
    private mutating func changeLastStep(_ line: Int, _ change: (inout Step) -> Void) {
        if steps.isEmpty { steps.append(Step(line: line)) }
        change(&steps[steps.count - 1])
    }

    /// Splits `W : "full patch" Enter` into keys, keeping quoted text whole.
    static func keys(_ text: String, line: Int) throws -> [Key] {
        var keys: [Key] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
            rest = rest[start...]
            if rest.first == "\"" {
                let body = rest.dropFirst()
                guard let end = body.firstIndex(of: "\"") else { throw ParseError(line: line, message: "unclosed quote") }
                keys.append(.text(String(body[..<end])))
                rest = body[body.index(after: end)...]
            } else {
                let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
                let name = String(rest[..<end])
                guard isKeyName(name) else {
                    throw ParseError(line: line, message: "'\(name)' is not a key; put text to type in double quotes")
                }
                keys.append(.named(name))
                rest = rest[end...]
            }
        }
        return keys
    }

    /// One character, a tmux key name, or Ctrl with a letter. Anything else tmux would type letter by
    /// letter (`Esc` would send E, s, c), which is never what the page means.
    static func isKeyName(_ name: String) -> Bool {
        let named: Set<String> = ["Enter", "Escape", "Tab", "BTab", "Space", "BSpace", "Up", "Down", "Left", "Right",
                                  "Home", "End", "PgUp", "PgDn", "DC", "IC"]
        if name.count == 1 || named.contains(name) { return true }
        return name.count == 3 && name.hasPrefix("C-") && name.last!.isLetter
    }
}

private extension String {
    func removingPrefix(_ prefix: String) -> String? {
        hasPrefix(prefix) ? dropFirst(prefix.count).trimmingCharacters(in: .whitespaces) : nil
    }
}
