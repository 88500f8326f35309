/// The one reader of the small line-based configuration files (themes, key bindings, the policy
/// file, the workbench's settings): one entry per line, words separated by spaces or tabs, `#`
/// starting a comment at the start of a word (so `#1e1e2e` colours and a `#` inside a value
/// survive), blank lines and a trailing CR ignored. Each file gives its own meaning to the words.
public struct ConfigLine: Sendable {
    /// 1-based, for `file:line: message`.
    public var number: Int
    public var words: [String]
    /// The text after the first word, with surrounding spaces removed (for free-text values).
    public var rest: String
    /// The whole line without its comment, trimmed.
    public var content: String

    public static func lines(of text: String) -> [ConfigLine] {
        var out: [ConfigLine] = []
        var number = 0
        // "\r\n" is one Character in Swift, so both line ends are named.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            number += 1
            var line = Substring(raw)
            if let hash = commentStart(in: line) { line = line[..<hash] }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let first = words.first else { continue }
            let afterFirst = line.drop(while: { $0 == " " || $0 == "\t" }).dropFirst(first.count)
            out.append(ConfigLine(number: number, words: words, rest: trimmed(afterFirst),
                                  content: trimmed(line)))
        }
        return out
    }

    /// `key = value`, both trimmed; nil when the line has no `=`.
    public var keyValue: (key: String, value: String)? {
        guard let equals = content.firstIndex(of: "=") else { return nil }
        return (ConfigLine.trimmed(content[..<equals]), ConfigLine.trimmed(content[content.index(after: equals)...]))
    }

    /// Spaces and tabs off both ends.
    private static func trimmed(_ s: Substring) -> String {
        String(s.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    /// A `#` begins a comment only at the start of a word, so `#1e1e2e` colours and a `#` key survive.
    private static func commentStart(in line: Substring) -> Substring.Index? {
        var previousIsSpace = true
        for i in line.indices {
            let c = line[i]
            if c == "#" && previousIsSpace {
                let next = line.index(after: i)
                let word = line[next...].prefix { $0 != " " && $0 != "\t" }
                if !(word.count == 6 && word.allSatisfy(\.isHexDigit)) { return i }
            }
            previousIsSpace = c == " " || c == "\t"
        }
        return nil
    }
}

/// "Did you mean …?" for a mistyped name: the closest known name within a small edit distance.
public enum NameSuggestion {
    public static func closest(to word: String, in names: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for name in names {
            let d = distance(target, Array(name.lowercased()))
            if d <= max(1, target.count / 3), best.map({ d < $0.distance }) ?? true { best = (name, d) }
        }
        return best?.name
    }

    public static func hint(for word: String, in names: [String]) -> String {
        closest(to: word, in: names).map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    /// Edit distance counting a swap of neighbours as one edit (typos like "blod" for "bold").
    public static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var d = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}
