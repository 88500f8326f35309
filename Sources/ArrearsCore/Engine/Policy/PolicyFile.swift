import Foundation

/// A policy file refused, naming the place: `team.policy:12: unknown key 'band.red.balance'`.
public struct PolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    /// `file:line: message`; a problem with the file as a whole (line 0) names only the file.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}

/// The policy file format: one `key = value` per line; `#` at the start of a word starts a comment
/// that runs to the end of the line; blank lines are ignored (`ConfigLine`). Keys not given keep the base policy's value (normally the
/// built-in default), so a team file lists only what it changes. Refused, with `file:line: message`:
/// a line without `=`, an unknown key, a key given twice, and a value of the wrong kind.
public enum PolicyFile {
    /// Reads and parses a policy file over the built-in policy. A built-in policy's name (`named`) is
    /// taken for that policy; write `./name` for a file of the same name.
    public static func load(path: String) throws(PolicyError) -> Policy {
        if let builtIn = named.first(where: { $0.name == path }) { return try parse(builtIn.text, file: path) }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw PolicyError(file: path, line: 0, message: "cannot be read as a UTF-8 text file (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String, base: Policy = .default) throws(PolicyError) -> Policy {
        var policy = base
        var seen: [String: Int] = [:]
        for line in ConfigLine.lines(of: text) {
            let lineNumber = line.number
            func fail(_ message: String) -> PolicyError { PolicyError(file: file, line: lineNumber, message: message) }
            guard let (name, value) = line.keyValue else {
                throw fail("expected 'key = value', found '\(line.content)'")
            }
            guard !name.isEmpty else { throw fail("a value without a key") }
            guard let key = PolicyKey.byName[name] else {
                let hint = closestKey(to: name).map { " (did you mean '\($0)'?)" } ?? ""
                throw fail("unknown key '\(name)'\(hint)")
            }
            if let first = seen[name] { throw fail("duplicate key '\(name)' (first set on line \(first))") }
            seen[name] = lineNumber
            guard !value.isEmpty else { throw fail("'\(name)' has no value") }
            if let problem = assign(value, to: key, in: &policy) { throw fail(problem) }
        }
        return policy
    }

    /// Sets one key; returns what is wrong with the value, if anything.
    static func assign(_ value: String, to key: PolicyKey, in policy: inout Policy) -> String? {
        switch key.kind {
        case .decimal(let path):
            guard let thousandths = parseThousandths(value) else {
                return "'\(key.name)' needs a number with at most three decimal places, not '\(value)'"
            }
            policy[keyPath: path] = thousandths
        case .whole(let path):
            guard let number = Int(value), number >= 0, number < 1_000_000 else {
                return "'\(key.name)' needs a whole number of 0 or more, not '\(value)'"
            }
            if key.name == "score.divisor" && number == 0 { return "'score.divisor' must be at least 1" }
            policy[keyPath: path] = number
        case .money(let path):
            guard let money = Money.parse(value), !money.isNegative else {
                return "'\(key.name)' needs an amount of money such as 10.00, not '\(value)'"
            }
            policy[keyPath: path] = money
        case .flag(let path):
            switch value.lowercased() {
            case "yes", "true": policy[keyPath: path] = true
            case "no", "false": policy[keyPath: path] = false
            default: return "'\(key.name)' needs yes or no, not '\(value)'"
            }
        }
        return nil
    }

    /// `1.2` → 1200, `-0.5` → -500, `50` → 50000. Nil for anything else.
    static func parseThousandths(_ text: String) -> Int? {
        var digits = Substring(text)
        var negative = false
        if digits.hasPrefix("-") { negative = true; digits = digits.dropFirst() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first, !whole.isEmpty, whole.count <= 9,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), let units = Int(whole) else { return nil }
        var fraction = 0
        if parts.count == 2 {
            let decimals = parts[1]
            guard !decimals.isEmpty, decimals.count <= 3, decimals.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(decimals) else { return nil }
            fraction = value * [100, 10, 1][decimals.count - 1]
        }
        let total = units * 1000 + fraction
        return negative ? -total : total
    }

    /// The known key nearest in spelling, when it is close enough to be a likely typo or a shortened key.
    static func closestKey(to name: String) -> String? {
        var best: (key: String, distance: Int)?
        for key in PolicyKey.all {
            let shortened = key.name.hasPrefix(name) && name.contains(".")
            let d = shortened ? key.name.count - name.count : NameSuggestion.distance(Array(name), Array(key.name))
            if (shortened || d <= 3), d < (best?.distance ?? Int.max) { best = (key.name, d) }
        }
        return best?.key
    }

    /// The policy written out in the file format, every key with its value: what `arrears policy` shows.
    public static func render(_ policy: Policy) -> String {
        PolicyKey.all.map { "\($0.name) = \($0.text(in: policy))" }.joined(separator: "\n") + "\n"
    }
}
