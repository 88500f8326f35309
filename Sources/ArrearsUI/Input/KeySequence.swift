/// One or more keys pressed in turn that together run an action, such as `g g` (vim's "go to top").
public struct KeySequence: Hashable, Sendable, CustomStringConvertible {
    public var keys: [Key]

    public init(_ keys: [Key]) { self.keys = keys }
    public init(_ key: Key) { self.keys = [key] }

    /// Parses binding-file notation: plain characters are keys in turn (`gg` is g then g) and
    /// bracketed names are special keys (`<C-d>`, `<PgDn>`, `<Space>`). Returns nil on a bad name,
    /// an unclosed bracket or an empty text.
    public init?(notation: String) {
        var keys: [Key] = []
        var rest = Substring(notation)
        while let first = rest.first {
            if first == "<", let close = rest.firstIndex(of: ">"), close > rest.index(after: rest.startIndex) {
                let name = String(rest[rest.index(after: rest.startIndex)..<close])
                guard let key = Key.named(name) else { return nil }
                keys.append(key)
                rest = rest[rest.index(after: close)...]
            } else {
                // A bare `<` would be ambiguous with a bracketed name: it is written `<lt>`.
                if first == "<" { return nil }
                guard !first.isWhitespace, first.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) else { return nil }
                keys.append(.char(first))
                rest = rest.dropFirst()
            }
        }
        guard !keys.isEmpty else { return nil }
        self.keys = keys
    }

    /// `gg`, `<C-d>`: the form binding files use.
    public var notation: String { keys.map(\.notation).joined() }
    /// `g g`, `Ctrl-D`: the form help and docs show.
    public var displayName: String { keys.map(\.displayName).joined(separator: " ") }
    public var description: String { notation }

    public func hasPrefix(_ other: [Key]) -> Bool { keys.count >= other.count && Array(keys.prefix(other.count)) == other }
}
