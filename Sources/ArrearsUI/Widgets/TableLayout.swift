/// A column of a table: how narrow it may get, how wide it would like to be, and how much it matters.
public struct TableColumn: Hashable, Sendable {
    public var title: String
    public var minWidth: Int
    public var preferredWidth: Int
    public var alignRight: Bool
    /// Columns with the lowest priority are dropped first when the terminal is narrow.
    public var priority: Int
    /// Flexible columns take the space left over once others have their preferred width.
    public var flexible: Bool

    public init(_ title: String, min: Int, preferred: Int? = nil, alignRight: Bool = false, priority: Int, flexible: Bool = false) {
        self.title = title; minWidth = min; preferredWidth = Swift.max(min, preferred ?? min)
        self.alignRight = alignRight; self.priority = priority; self.flexible = flexible
    }
}

public enum TableLayout {
    /// Widths for each column in `total` columns with `gap` spaces between; 0 means dropped.
    public static func fit(_ columns: [TableColumn], width total: Int, gap: Int = 1) -> [Int] {
        var active = Array(columns.indices)
        func needed() -> Int { active.reduce(0) { $0 + columns[$1].minWidth } + gap * max(0, active.count - 1) }
        while needed() > total && active.count > 1 {
            // Drop the least important column; among equals, the rightmost.
            let victim = active.min { (columns[$0].priority, -$0) < (columns[$1].priority, -$1) }!
            active.removeAll { $0 == victim }
        }
        var widths = Array(repeating: 0, count: columns.count)
        for i in active { widths[i] = columns[i].minWidth }
        var spare = total - needed()
        if active.count == 1, spare < 0 { widths[active[0]] = max(0, total); return widths }
        // Fixed columns reach their preferred width first, since flexible ones take what is left anyway.
        let byPriority = active.sorted { columns[$0].priority > columns[$1].priority }
        for i in byPriority.filter({ !columns[$0].flexible }) + byPriority.filter({ columns[$0].flexible }) where spare > 0 {
            let grow = min(spare, columns[i].preferredWidth - widths[i])
            widths[i] += grow
            spare -= grow
        }
        let flexible = active.filter { columns[$0].flexible }
        if !flexible.isEmpty, spare > 0 {
            for (n, i) in flexible.enumerated() { widths[i] += spare / flexible.count + (n < spare % flexible.count ? 1 : 0) }
        }
        return widths
    }
}
