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
    /// Full titles when they fit, else short ones, else short ones cut to share the width.
    public static func line(_ tabs: [TabItem], selected: Int, width: Int, glyphs: Glyphs, numbered: Bool = false) -> StyledLine {
        func label(_ t: TabItem, _ i: Int, short: Bool) -> String {
            let number = numbered ? "\(i + 1) " : ""
            let count = t.count.map { " (\($0))" } ?? ""
            return " \(number)\(short ? t.shortTitle : t.title)\(count) "
        }
        let separator = glyphs.vertical
        for short in [false, true] {
            let labels = tabs.enumerated().map { label($0.element, $0.offset, short: short) }
            let total = labels.reduce(0) { $0 + DisplayWidth.of($1) } + max(0, labels.count - 1)
            if total <= width || short {
                let each = total <= width ? Int.max : max(3, (width - (labels.count - 1)) / max(1, labels.count))
                var line = StyledLine()
                for (i, text) in labels.enumerated() {
                    if i > 0 { line.append(separator, .border) }
                    line.append(glyphs.truncate(text, to: each), i == selected ? .tabActive : .tabInactive)
                }
                return line
            }
        }
        return StyledLine()
    }
}
