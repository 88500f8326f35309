/// What an editing key does in a text field, whatever the field.
enum EditCommand: Hashable, Sendable {
    case left, right, up, down, lineStart, lineEnd
    case deleteBackward, deleteForward, deleteWordBackward, deleteToLineStart, deleteToLineEnd
    /// A new line, in the fields that take several lines (bulk references).
    case newLine
}

/// The one table of text-editing keys (readline's basic set): the search line, the palette, form
/// fields and the bulk references all read it, and help and docs/keys.md are written from it.
public enum EditingKeys {
    static let bindings: [(key: Key, command: EditCommand)] = [
        (.left, .left), (.ctrl("b"), .left),
        (.right, .right), (.ctrl("f"), .right),
        (.up, .up), (.down, .down),
        (.home, .lineStart), (.ctrl("a"), .lineStart),
        (.end, .lineEnd), (.ctrl("e"), .lineEnd),
        (.backspace, .deleteBackward), (.ctrl("h"), .deleteBackward),
        (.delete, .deleteForward), (.ctrl("d"), .deleteForward),
        (.ctrl("w"), .deleteWordBackward),
        (.ctrl("u"), .deleteToLineStart),
        (.ctrl("k"), .deleteToLineEnd),
        (.enter, .newLine),
    ]

    private static let byKey: [Key: EditCommand] = Dictionary(bindings.map { ($0.key, $0.command) }) { first, _ in first }

    static func command(for key: Key) -> EditCommand? { byKey[key] }

    static func keys(for command: EditCommand) -> [Key] { bindings.filter { $0.command == command }.map(\.key) }

    /// The editing keys of one-line fields, for help and docs/keys.md: each row's commands, their keys
    /// named, commands apart by " / ".
    public static var help: [(keys: String, meaning: String)] {
        let rows: [([EditCommand], String)] = [
            ([.left, .right], "Move the cursor"),
            ([.lineStart, .lineEnd], "Start or end of the line"),
            ([.deleteBackward, .deleteForward], "Delete before or under the cursor"),
            ([.deleteWordBackward], "Delete the word before the cursor"),
            ([.deleteToLineStart, .deleteToLineEnd], "Delete to the start or the end of the line"),
        ]
        return rows.map { commands, meaning in
            (commands.map { keys(for: $0).map(\.displayName).joined(separator: ", ") }.joined(separator: " / "), meaning)
        }
    }

    /// The keys that step an inline choice (a form's short list) to its next and previous value.
    static let choiceNext: [Key] = [.right, .char(" ")]
    static let choicePrevious: [Key] = [.left]

    /// "Left, Right or Space": the choice keys named, for the hint beside a focused choice.
    static var choiceHint: String {
        let names = (choicePrevious + choiceNext).map(\.displayName)
        return names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + (names.last ?? "")
    }

    /// Where the word before `position` starts: back over spaces, then over the word (Ctrl-W).
    static func wordStart(in characters: [Character], before position: Int) -> Int {
        var start = position
        while start > 0 && characters[start - 1] == " " { start -= 1 }
        while start > 0 && characters[start - 1] != " " { start -= 1 }
        return start
    }
}
