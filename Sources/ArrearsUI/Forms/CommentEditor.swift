import ArrearsCore

/// A text field over several lines, for diary comments, notes and reasons: the text wraps at word
/// boundaries as it is typed, Up and Down move between the wrapped lines, and a count shows how much
/// of the limit is used. Enter is left to the form (it saves), so a comment is one paragraph.
struct CommentEditor: Hashable {
    private(set) var input = TextInput()
    let limit: Int

    init(_ text: String = "", limit: Int) {
        input = TextInput(text)
        self.limit = limit
    }

    var text: String { input.text }
    /// Characters as they will be saved: leading and trailing spaces are dropped, as the core drops them.
    var count: Int { text.trimmingCharacters(in: .whitespacesAndNewlines).count }
    var isOverLimit: Bool { count > limit }

    mutating func handle(_ key: Key) -> Bool { input.handle(key) }

    /// Moves the cursor to the wrapped line above or below, keeping its column where the line is long
    /// enough. Returns false at the first or last line, so the form can move to another field.
    mutating func moveLine(by delta: Int, width: Int) -> Bool {
        let starts = CommentEditor.lineStarts(input.characters, width: width)
        let (line, column) = cursorPosition(starts: starts)
        let target = line + delta
        guard target >= 0, target < starts.count else { return false }
        let end = target + 1 < starts.count ? starts[target + 1] : input.characters.count
        var position = starts[target]
        var used = 0
        while position < end {
            let w = DisplayWidth.of(input.characters[position])
            if used + w > column { break }
            used += w
            position += 1
        }
        // The last character of a wrapped line is usually the space that wrapped it: stop before it.
        if target + 1 < starts.count && position == end && position > starts[target] { position -= 1 }
        input.moveCursor(to: position)
        return true
    }

    /// The wrapped lines, each as the text it shows.
    func lines(width: Int) -> [String] {
        let chars = input.characters
        let starts = CommentEditor.lineStarts(chars, width: width)
        return starts.indices.map { i in
            String(chars[starts[i]..<(i + 1 < starts.count ? starts[i + 1] : chars.count)])
        }
    }

    /// The cursor's wrapped line and column.
    func cursorPosition(width: Int) -> (line: Int, column: Int) {
        cursorPosition(starts: CommentEditor.lineStarts(input.characters, width: width))
    }

    private func cursorPosition(starts: [Int]) -> (line: Int, column: Int) {
        let line = starts.lastIndex { $0 <= input.cursor } ?? 0
        let column = DisplayWidth.of(String(input.characters[starts[line]..<input.cursor]))
        return (line, column)
    }

    /// Where each wrapped line starts, as character offsets, by the one word wrap keeping every
    /// character the user typed in place (`WordWrap.lineStarts`).
    static func lineStarts(_ chars: [Character], width: Int) -> [Int] {
        let text = String(chars)
        var offsets: [Int] = []
        var offset = 0
        var index = text.startIndex
        for start in WordWrap.lineStarts(text, width: width) {
            offset += text.distance(from: index, to: start)
            index = start
            offsets.append(offset)
        }
        return offsets
    }
}
