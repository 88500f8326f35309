import ArrearsCore

/// A message for the status bar; it stays until the next key.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, success, warning, error }
    public var text: String
    public var kind: Kind
    public init(_ text: String, kind: Kind = .info) { self.text = text; self.kind = kind }

    var role: StyleRole {
        switch kind {
        case .info: return .message
        case .success: return .success
        case .warning: return .warning
        case .error: return .error
        }
    }
}

/// One key hint: `Enter open`.
public struct KeyHint: Hashable, Sendable {
    public var key: String
    public var label: String
    public init(key: String, label: String) { self.key = key; self.label = label }
}

/// The bottom line: a message if there is one, then as many of the context's key hints as fit.
public enum StatusBar {
    public static func render(into grid: inout Grid, row: Int, width: Int, hints: [KeyHint], message: StatusMessage?,
                              glyphs: Glyphs) {
        grid.fill(Rect(x: 0, y: row, width: width, height: 1), role: .statusBar)
        var x = 0
        if let message {
            let text = " " + glyphs.truncate(message.text, to: max(0, width - 2)) + " "
            x += grid.put(text, row: row, column: x, role: message.role)
        }
        for hint in hints {
            let needed = 1 + DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label) + 1
            if x + needed > width { break }
            x += grid.put(" ", row: row, column: x, role: .statusBar)
            x += grid.put(hint.key, row: row, column: x, role: .statusKey)
            x += grid.put(" " + hint.label + " ", row: row, column: x, role: .statusBar)
        }
    }
}
