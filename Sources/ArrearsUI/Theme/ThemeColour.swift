/// A colour as a theme file states it. The terminal adapter downsamples it to what the terminal can
/// show (8, 16 or 256 colours), so themes may say `#ff8700` and still work on an 8-colour console.
public enum ThemeColour: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's own foreground or background.
    case terminalDefault
    /// 0–255: the 16 ANSI colours, the 6×6×6 cube and the grey ramp.
    case indexed(Int)
    case rgb(UInt8, UInt8, UInt8)

    /// The names a theme file may use for the 16 ANSI colours, by index.
    public static let names: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white",
    ]

    /// Extra names for colours outside the ANSI 16 that themes commonly need.
    public static let aliases: [String: ThemeColour] = [
        "grey": .indexed(8), "gray": .indexed(8), "orange": .indexed(208), "navy": .indexed(17),
    ]

    /// Parses `default`, a name (`red`, `bright-blue`, `orange`), `0`–`255`, `color123`/`colour123`
    /// or `#rrggbb`. Case-insensitive.
    public init?(parsing word: String) {
        let w = word.lowercased()
        if w == "default" { self = .terminalDefault; return }
        if let i = ThemeColour.names.firstIndex(of: w) { self = .indexed(i); return }
        if let alias = ThemeColour.aliases[w] { self = alias; return }
        var digits = Substring(w)
        if digits.hasPrefix("colour") { digits = digits.dropFirst(6) } else if digits.hasPrefix("color") { digits = digits.dropFirst(5) }
        if !digits.isEmpty, digits.count <= 3, digits.allSatisfy(\.isASCII), let n = Int(digits), (0...255).contains(n) {
            self = .indexed(n); return
        }
        if w.hasPrefix("#"), w.count == 7 {
            let hex = Array(w.dropFirst())
            guard hex.allSatisfy(\.isHexDigit),
                  let r = UInt8(String(hex[0...1]), radix: 16), let g = UInt8(String(hex[2...3]), radix: 16),
                  let b = UInt8(String(hex[4...5]), radix: 16) else { return nil }
            self = .rgb(r, g, b); return
        }
        return nil
    }

    /// The form a theme file uses; parsing it gives the same colour back.
    public var description: String {
        switch self {
        case .terminalDefault: return "default"
        case .indexed(let i): return i < 16 ? ThemeColour.names[i] : String(i)
        case let .rgb(r, g, b): return "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }
}
