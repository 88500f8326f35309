/// One key press as the UI model sees it. The terminal adapter decodes raw input into these;
/// nothing in the UI model knows about terminal key codes.
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    /// A control chord; the letter is always lower case (`.ctrl("d")` is Ctrl-D).
    case ctrl(Character)
    case function(Int)
    /// The terminal changed size. Never bound to an action.
    case resize

    /// A printable character that a text input would type rather than treat as a command.
    public var typedCharacter: Character? {
        if case .char(let c) = self { return c }
        return nil
    }

    /// How a key is written in key-binding files: `j`, `<Down>`, `<C-d>`, `<Space>`, `<F1>`.
    public var notation: String {
        switch self {
        case .char(" "): return "<Space>"
        case .char("<"): return "<lt>"
        case .char(let c): return String(c)
        case .ctrl(let c): return "<C-\(c)>"
        case .function(let n): return "<F\(n)>"
        default: return "<\(Key.namedKeys.first { $0.key == self }?.name ?? "?")>"
        }
    }

    /// How a key is shown to people on screen and in docs: `j`, `Down`, `Ctrl-D`, `Space`.
    public var displayName: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(String(c).uppercased())"
        case .function(let n): return "F\(n)"
        case .backTab: return "Shift-Tab"
        default: return Key.namedKeys.first { $0.key == self }?.name ?? "?"
        }
    }

    /// Named keys in notation order; the first name of a key is the one written back out.
    static let namedKeys: [(name: String, key: Key)] = [
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
        ("BS", .backspace), ("Del", .delete), ("Resize", .resize),
        ("PageUp", .pageUp), ("PageDown", .pageDown), ("Return", .enter), ("Escape", .escape),
        ("Backspace", .backspace), ("Delete", .delete), ("BackTab", .backTab),
    ]

    /// Parses one bracketed name without its brackets (`C-d`, `PgDn`, `F5`, `Space`). Case-insensitive.
    static func named(_ name: String) -> Key? {
        let lower = name.lowercased()
        if lower == "space" { return .char(" ") }
        if lower == "lt" { return .char("<") }
        if lower.hasPrefix("c-"), lower.count == 3, let c = lower.last, c.isASCII, c.isLetter || "@[]\\^_".contains(c) {
            return .ctrl(c)
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { return .function(n) }
        guard let found = namedKeys.first(where: { $0.name.lowercased() == lower }), found.key != .resize else { return nil }
        return found.key
    }
}
