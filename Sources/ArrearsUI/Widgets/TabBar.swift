import ArrearsCore

/// A row of tabs, each with an optional count: `Immediate actions (12) │ Paused (3)`.
public struct TabItem: Hashable, Sendable {
    public var title: String
    public var shortTitle: String
    public var count: Int?
    public init(title: String, shortTitle: String? = nil, count: Int? = nil) {
        self.title = title; self.shortTitle = shortTitle ?? title; self.count = count
    }
}

public enum TabBar {
    /// The widest form that fits: full titles, then short titles, then short titles packed tight,
    /// then only the selected tab named and the others as number and count.
    public static func line(_ tabs: [TabItem], selected: Int, width: Int, glyphs: Glyphs, numbered: Bool = false) -> StyledLine {
        func label(_ t: TabItem, _ i: Int, form: Int) -> String {
            let number = numbered ? "\(i + 1) " : ""
            let count = t.count.map { " (\($0))" } ?? ""
            switch form {
            case 0: return " \(number)\(t.title)\(count) "
            case 1: return " \(number)\(t.shortTitle)\(count) "
            case 2: return "\(number)\(t.shortTitle)\(count)"
            default:
                if i == selected { return "\(number)\(t.shortTitle)\(count)" }
                return numbered ? "\(i + 1)\(t.count.map { " (\($0))" } ?? "")" : String(t.shortTitle.prefix(3))
            }
        }
        let forms = 4
        for form in 0..<forms {
            let labels = tabs.enumerated().map { label($0.element, $0.offset, form: form) }
            let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + max(0, labels.count - 1)
            guard total <= width || form == forms - 1 else { continue }
            var line = StyledLine()
            for (i, text) in labels.enumerated() {
                if i > 0 { line.append(glyphs.vertical, .border) }
                line.append(text, i == selected ? .tabActive : .tabInactive)
            }
            return total <= width ? line : line.fitted(to: width, glyphs: glyphs)
        }
        return StyledLine()
    }
}
