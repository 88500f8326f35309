import ArrearsCore

/// Reads the theme line format (documented in docs/themes.md):
///
///     description Dark background, the default
///     color <role> <foreground> <background> [attribute ...]
///     mono  <role> <attribute> [attribute ...]
///
/// Every problem is reported with its file and line; a file with any problem is refused whole.
public enum ThemeParser {
    public static func parse(_ text: String, name: String, file: String) throws -> Theme {
        var issues: [ConfigIssue] = []
        var description = ""
        var colours: [StyleRole: (ThemeColour, ThemeColour, TextAttributes)] = [:]
        var mono: [StyleRole: TextAttributes] = [:]
        var colourLine: [StyleRole: Int] = [:]
        var monoLine: [StyleRole: Int] = [:]

        for line in ConfigLine.lines(of: text) {
            func fail(_ message: String) { issues.append(ConfigIssue(file: file, line: line.number, message: message)) }
            let words = line.words
            switch words[0] {
            case "description":
                description = line.rest
            case "color", "colour":
                guard words.count >= 4 else {
                    fail("missing field: \(words[0]) needs a role, a foreground and a background (color <role> <fg> <bg> [attributes])")
                    continue
                }
                guard let role = role(words[1], fail) else { continue }
                if let first = colourLine[role] { fail("\(role.rawValue) already has a color line (line \(first))"); continue }
                let fg = colour(words[2], fail)
                let bg = colour(words[3], fail)
                let attrs = attributes(Array(words.dropFirst(4)), allowEmpty: true, fail)
                if let fg, let bg, let attrs {
                    colours[role] = (fg, bg, attrs)
                    colourLine[role] = line.number
                }
            case "mono":
                guard words.count >= 3 else {
                    fail("missing field: mono needs a role and at least one attribute (mono <role> <attribute>; use \"normal\" for none)")
                    continue
                }
                guard let role = role(words[1], fail) else { continue }
                if let first = monoLine[role] { fail("\(role.rawValue) already has a mono line (line \(first))"); continue }
                if let attrs = attributes(Array(words.dropFirst(2)), allowEmpty: false, fail) {
                    mono[role] = attrs
                    monoLine[role] = line.number
                }
            default:
                fail("unknown command \"\(words[0])\": expected description, color or mono"
                     + NameSuggestion.hint(for: words[0], in: ["description", "color", "mono"]))
            }
        }
        if !issues.isEmpty { throw ConfigError(issues: issues) }
        return Theme(name: name, description: description, colours: colours, mono: mono)
    }

    private static func role(_ word: String, _ fail: (String) -> Void) -> StyleRole? {
        if let role = StyleRole(rawValue: word) { return role }
        fail("unknown role \"\(word)\"" + NameSuggestion.hint(for: word, in: StyleRole.allCases.map(\.rawValue))
             + "; roles are listed in docs/themes.md")
        return nil
    }

    private static func colour(_ word: String, _ fail: (String) -> Void) -> ThemeColour? {
        if let c = ThemeColour(parsing: word) { return c }
        fail("unknown colour \"\(word)\"" + NameSuggestion.hint(for: word, in: ThemeColour.names + Array(ThemeColour.aliases.keys).sorted())
             + ": use default, a colour name, 0-255 or #rrggbb")
        return nil
    }

    private static func attributes(_ words: [String], allowEmpty: Bool, _ fail: (String) -> Void) -> TextAttributes? {
        var result: TextAttributes = []
        var sawNormal = false
        var ok = true
        for word in words {
            let w = word.lowercased()
            if w == TextAttributes.normalName { sawNormal = true; continue }
            if let a = TextAttributes.named.first(where: { $0.name == w }) {
                result.insert(a.value)
            } else {
                fail("bad attribute \"\(word)\"" + NameSuggestion.hint(for: w, in: TextAttributes.named.map(\.name) + ["normal"])
                     + ": use bold, underline, reverse, dim, italic or normal")
                ok = false
            }
        }
        if sawNormal && !result.isEmpty {
            fail("bad attribute: \"normal\" means no attribute and cannot be combined with others")
            ok = false
        }
        if !allowEmpty && words.isEmpty { ok = false }
        return ok ? result : nil
    }
}
