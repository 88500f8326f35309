import ArrearsCore

/// A multi-line text field (the bulk letters' references). Enter breaks the line, so pasted lists
/// arrive whole; long lines wrap when drawn. The editing keys are readline's, as in `TextInput`,
/// with Up and Down moving between lines.
struct TextArea: Hashable {
    private(set) var lines: [[Character]] = [[]]
    private(set) var line = 0
    private(set) var column = 0
    /// The first visual row drawn; kept so the cursor stays in view.
    private var scroll = 0

    init(_ text: String = "") {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(Array.init)
        line = lines.count - 1
        column = lines[line].count
    }

    var text: String { lines.map { String($0) }.joined(separator: "\n") }

    /// Applies an editing key. Returns false for keys that are not editing keys.
    mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c): insert(c); return true
        // A pasted tab separates references like a space.
        case .tab: insert(" "); return true
        default: break
        }
        switch EditingKeys.command(for: key) {
        case .newLine?:
            let rest = Array(lines[line][column...])
            lines[line].removeSubrange(column...)
            lines.insert(rest, at: line + 1)
            line += 1; column = 0
        case .deleteBackward?:
            if column > 0 {
                lines[line].remove(at: column - 1); column -= 1
            } else if line > 0 {
                column = lines[line - 1].count
                lines[line - 1] += lines.remove(at: line)
                line -= 1
            }
        case .deleteForward?:
            if column < lines[line].count { lines[line].remove(at: column) }
            else if line + 1 < lines.count { lines[line] += lines.remove(at: line + 1) }
        case .left?:
            if column > 0 { column -= 1 } else if line > 0 { line -= 1; column = lines[line].count }
        case .right?:
            if column < lines[line].count { column += 1 } else if line + 1 < lines.count { line += 1; column = 0 }
        case .up?: if line > 0 { line -= 1; column = min(column, lines[line].count) }
        case .down?: if line + 1 < lines.count { line += 1; column = min(column, lines[line].count) }
        case .lineStart?: column = 0
        case .lineEnd?: column = lines[line].count
        case .deleteToLineStart?: lines[line].removeFirst(column); column = 0
        case .deleteToLineEnd?: lines[line].removeLast(lines[line].count - column)
        case .deleteWordBackward?:
            let start = EditingKeys.wordStart(in: lines[line], before: column)
            lines[line].removeSubrange(start..<column); column = start
        case nil:
            return false
        }
        return true
    }

    private mutating func insert(_ c: Character) {
        lines[line].insert(c, at: column)
        column += 1
    }

    /// The lines cut into visual rows of at most `width` columns, and the row and column of the cursor.
    func layout(width: Int) -> (rows: [String], cursor: (row: Int, column: Int)) {
        let width = max(1, width)
        var rows: [String] = []
        var cursor = (row: 0, column: 0)
        for (n, chars) in lines.enumerated() {
            var row: [Character] = []
            var used = 0
            for (i, ch) in chars.enumerated() {
                let w = DisplayWidth.of(ch)
                if used + w > width {
                    rows.append(String(row)); row = []; used = 0
                }
                if n == line && i == column { cursor = (rows.count, used) }
                row.append(ch); used += w
            }
            if n == line && column == chars.count {
                // At the very end of a full row the cursor starts the next one.
                if used >= width { rows.append(String(row)); row = []; used = 0 }
                cursor = (rows.count, used)
            }
            rows.append(String(row))
        }
        return (rows, cursor)
    }

    /// Draws the visible rows into `rect` and returns where the cursor is.
    mutating func render(into grid: inout Grid, rect: Rect) -> (row: Int, column: Int) {
        grid.fill(rect, role: .input)
        let (rows, cursor) = layout(width: rect.width)
        let height = max(1, rect.height)
        if cursor.row < scroll { scroll = cursor.row }
        if cursor.row >= scroll + height { scroll = cursor.row - height + 1 }
        scroll = max(0, min(scroll, max(0, rows.count - height)))
        for i in 0..<min(height, rows.count - scroll) {
            grid.put(rows[scroll + i], row: rect.y + i, column: rect.x, role: .input, maxWidth: rect.width)
        }
        let at = (row: rect.y + cursor.row - scroll, column: rect.x + cursor.column)
        if at.row < rect.maxY, at.column < rect.maxX {
            var cell = grid[at.row, at.column]
            cell.role = .inputCursor
            grid[at.row, at.column] = cell
        }
        return at
    }
}
