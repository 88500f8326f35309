import ArrearsCore

/// A one-line text field (the search line, the palette's query) with readline's basic editing keys.
public struct TextInput: Hashable, Sendable {
    public private(set) var characters: [Character] = []
    /// Insertion point, 0...characters.count.
    public private(set) var cursor: Int = 0

    public init(_ text: String = "") { characters = Array(text); cursor = characters.count }

    public var text: String { String(characters) }

    /// Applies an editing key. Returns false for keys that are not editing keys.
    public mutating func handle(_ key: Key) -> Bool {
        if case .char(let c) = key {
            characters.insert(c, at: cursor); cursor += 1
            return true
        }
        switch EditingKeys.command(for: key) {
        case .deleteBackward?:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1); cursor -= 1
        case .deleteForward?:
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left?: cursor = max(0, cursor - 1)
        case .right?: cursor = min(characters.count, cursor + 1)
        case .lineStart?: cursor = 0
        case .lineEnd?: cursor = characters.count
        case .deleteToLineStart?:
            characters.removeFirst(cursor); cursor = 0
        case .deleteToLineEnd?:
            characters.removeLast(characters.count - cursor)
        case .deleteWordBackward?:
            let start = EditingKeys.wordStart(in: characters, before: cursor)
            characters.removeSubrange(start..<cursor); cursor = start
        case .up?, .down?, .newLine?, nil:
            return false
        }
        return true
    }

    /// Puts the insertion point at `position` (clamped), for editors that move between wrapped lines.
    public mutating func moveCursor(to position: Int) { cursor = min(max(0, position), characters.count) }

    /// `prompt` then the text as one line of exactly `width` columns in the input role, scrolled so
    /// the cursor stays visible, with the cursor's cell in the cursor role when `showsCursor`.
    /// Returns the cursor's column within the line.
    public func line(width: Int, prompt: String = "", showsCursor: Bool = true) -> (line: StyledLine, cursorColumn: Int) {
        let (shownPrompt, promptWidth) = DisplayWidth.prefix(prompt, fitting: max(0, width))
        let room = max(1, width - promptWidth)
        var start = 0
        var beforeCursor = DisplayWidth.of(String(characters[..<cursor]))
        while beforeCursor >= room && start < cursor {
            beforeCursor -= DisplayWidth.of(characters[start])
            start += 1
        }
        var line = StyledLine(shownPrompt, .input)
        let (before, _) = DisplayWidth.prefix(String(characters[start..<cursor]), fitting: room)
        line.append(before, .input)
        var used = promptWidth + DisplayWidth.of(before)
        if showsCursor && used < width {
            let under = cursor < characters.count ? characters[cursor] : " "
            let underWidth = DisplayWidth.of(under)
            if used + underWidth <= width {
                line.append(String(under), .inputCursor)
                used += underWidth
                let rest = cursor + 1 < characters.count ? String(characters[(cursor + 1)...]) : ""
                let (after, afterWidth) = DisplayWidth.prefix(rest, fitting: width - used)
                line.append(after, .input)
                used += afterWidth
            }
        } else if cursor < characters.count {
            let (after, afterWidth) = DisplayWidth.prefix(String(characters[cursor...]), fitting: max(0, width - used))
            line.append(after, .input)
            used += afterWidth
        }
        if used < width { line.append(String(repeating: " ", count: width - used), .input) }
        return (line, promptWidth + beforeCursor)
    }

    /// Draws `prompt` then the text, scrolled so the cursor stays visible. Returns the cursor's column.
    @discardableResult
    public func render(into grid: inout Grid, row: Int, column: Int, width: Int, prompt: String) -> Int {
        let (line, cursorColumn) = self.line(width: width, prompt: prompt)
        grid.fill(Rect(x: column, y: row, width: width, height: 1), role: .input)
        grid.draw(line, row: row, column: column, width: width)
        return column + cursorColumn
    }
}
