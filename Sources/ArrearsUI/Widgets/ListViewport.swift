/// Selection and scroll position of a list that may hold 100,000 rows: only `visibleRange` is drawn
/// (htop's Panel, ratatui's ListState). All moves keep the selection on screen.
public struct ListViewport: Hashable, Sendable {
    public private(set) var count: Int
    public private(set) var selected: Int = 0
    public private(set) var offset: Int = 0
    public private(set) var visibleRows: Int = 1

    public init(count: Int = 0) { self.count = max(0, count) }

    public var visibleRange: Range<Int> { offset..<min(count, offset + visibleRows) }
    public var isEmpty: Bool { count == 0 }

    public mutating func setCount(_ n: Int) { count = max(0, n); clamp() }
    public mutating func setVisibleRows(_ n: Int) { visibleRows = max(1, n); clamp() }

    public mutating func select(_ index: Int) { selected = index; clamp() }
    public mutating func move(by delta: Int) { selected += delta; clamp() }
    public mutating func first() { selected = 0; offset = 0; clamp() }
    public mutating func last() { selected = count - 1; clamp() }

    /// Pages move the view and the selection together, as a pager does.
    public mutating func page(by pages: Int) { scroll(by: pages * visibleRows) }
    public mutating func halfPage(by halves: Int) { scroll(by: halves * max(1, visibleRows / 2)) }

    private mutating func scroll(by delta: Int) {
        offset += delta
        selected += delta
        clamp()
    }

    /// Puts a row at the same screen position as before if possible (used when the list is recomputed).
    public mutating func reselect(_ index: Int, keepingScreenRow screenRow: Int) {
        selected = index
        offset = index - screenRow
        clamp()
    }

    /// The selected row's position on screen.
    public var selectedScreenRow: Int { selected - offset }

    private mutating func clamp() {
        if count == 0 { selected = 0; offset = 0; return }
        selected = min(max(0, selected), count - 1)
        offset = min(max(0, offset), max(0, count - visibleRows))
        if selected < offset { offset = selected }
        if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
    }
}
