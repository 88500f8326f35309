/// Scrollable content built as lines (case panes, the team lead view, help), some of which belong to
/// selectable items. Item ranges are line ranges, in order and not overlapping.
public struct Document: Hashable, Sendable {
    public var lines: [StyledLine]
    public var items: [Range<Int>]
    /// Items shown selected by their first line only (a box: its titled top edge), not painted whole.
    public var headlineItems: Set<Int> = []

    public init(lines: [StyledLine] = [], items: [Range<Int>] = []) { self.lines = lines; self.items = items }

    public mutating func append(_ line: StyledLine) { lines.append(line) }
    public mutating func append(_ more: [StyledLine]) { lines += more }

    /// Appends lines that together form one selectable item.
    public mutating func appendItem(_ itemLines: [StyledLine], headline: Bool = false) {
        if headline { headlineItems.insert(items.count) }
        items.append(lines.count..<(lines.count + itemLines.count))
        lines += itemLines
    }
}

/// Selection and scroll of a document. With no items it scrolls like a pager; with items, moves go
/// from item to item. When `topIsAPlace`, moving up from the first item scrolls back to the top of
/// the document with nothing selected (the case overview has its boxes above the timeline).
public struct DocumentViewport: Hashable, Sendable {
    public private(set) var selectedItem: Int?
    public private(set) var offset: Int = 0
    public var topIsAPlace: Bool

    public init(topIsAPlace: Bool = false) { self.topIsAPlace = topIsAPlace; selectedItem = topIsAPlace ? nil : 0 }

    public mutating func move(by delta: Int, in doc: Document, visibleRows: Int) {
        guard !doc.items.isEmpty else { offset += delta; clamp(doc, visibleRows); return }
        var target = (selectedItem ?? -1) + delta
        if selectedItem == nil && delta < 0 { target = -1 }
        if target < 0 && topIsAPlace { selectedItem = nil; offset = 0; return }
        // Past the last item (or before the first), lines without items still scroll into view: a
        // closing note under the last table is never out of reach.
        if target >= doc.items.count, doc.items[doc.items.count - 1].upperBound <= offset + visibleRows {
            offset += delta
            clamp(doc, visibleRows)
            return
        }
        if target < 0, doc.items[0].lowerBound >= offset {
            offset += delta
            clamp(doc, visibleRows)
            return
        }
        selectedItem = min(max(0, target), doc.items.count - 1)
        reveal(doc, visibleRows)
    }

    public mutating func scrollPage(by lines: Int, in doc: Document, visibleRows: Int) {
        offset += lines
        clamp(doc, visibleRows)
        guard !doc.items.isEmpty else { return }
        if lines < 0 && offset == 0 && topIsAPlace { selectedItem = nil; return }
        // Select the first item that starts in view, else keep the nearest one.
        let visible = offset..<(offset + visibleRows)
        if let i = doc.items.firstIndex(where: { visible.contains($0.lowerBound) }) {
            selectedItem = i
            reveal(doc, visibleRows)
        } else {
            // No item starts on this page (a tall box, or the notes after the last table): select the
            // nearest and leave the page where it is, so paging always reaches the end.
            selectedItem = lines > 0 ? (doc.items.lastIndex { $0.lowerBound < offset } ?? 0)
                                     : (doc.items.firstIndex { $0.lowerBound >= offset } ?? doc.items.count - 1)
        }
    }

    /// Scrolls by lines without moving the selection unless it leaves the view (Ctrl-E, Ctrl-Y).
    public mutating func scrollLines(by lines: Int, in doc: Document, visibleRows: Int) {
        offset += lines
        clamp(doc, visibleRows)
        guard let s = selectedItem, s < doc.items.count else { return }
        let visible = offset..<(offset + visibleRows)
        let r = doc.items[s]
        if r.upperBound <= visible.lowerBound || r.lowerBound >= visible.upperBound {
            let inView = doc.items.indices.filter { doc.items[$0].overlaps(visible) }
            selectedItem = (lines > 0 ? inView.first : inView.last) ?? (topIsAPlace ? nil : s)
        }
    }

    public mutating func first(in doc: Document, visibleRows: Int) {
        offset = 0
        selectedItem = topIsAPlace || doc.items.isEmpty ? nil : 0
        clamp(doc, visibleRows)
    }

    public mutating func last(in doc: Document, visibleRows: Int) {
        offset = doc.lines.count
        selectedItem = doc.items.isEmpty ? selectedItem : doc.items.count - 1
        clamp(doc, visibleRows)
    }

    public mutating func select(_ item: Int?, in doc: Document, visibleRows: Int) {
        selectedItem = item.map { min(max(0, $0), max(0, doc.items.count - 1)) }
        if doc.items.isEmpty { selectedItem = nil }
        reveal(doc, visibleRows)
    }

    /// Re-applies the limits after the document or the screen size changed.
    public mutating func fit(_ doc: Document, visibleRows: Int) {
        if let s = selectedItem, s >= doc.items.count { selectedItem = doc.items.isEmpty ? nil : doc.items.count - 1 }
        if selectedItem == nil && !topIsAPlace && !doc.items.isEmpty { selectedItem = 0 }
        // Scrolled on past the last item to the lines after it: stay there.
        if let s = selectedItem, s == doc.items.count - 1, doc.items[s].lowerBound < offset { clamp(doc, visibleRows); return }
        reveal(doc, visibleRows)
    }

    private mutating func reveal(_ doc: Document, _ visibleRows: Int) {
        if let s = selectedItem, s < doc.items.count {
            let r = doc.items[s]
            // An item taller than the view, partly in view, is being read a page at a time: leave it.
            if r.count > visibleRows, r.overlaps(offset..<(offset + visibleRows)) { clamp(doc, visibleRows); return }
            if r.lowerBound < offset { offset = r.lowerBound }
            if r.upperBound > offset + visibleRows { offset = min(r.lowerBound, r.upperBound - visibleRows) }
        }
        clamp(doc, visibleRows)
    }

    private mutating func clamp(_ doc: Document, _ visibleRows: Int) {
        offset = max(0, min(offset, doc.lines.count - visibleRows))
    }

    /// Draws the visible lines into `area`, the selected item in the selection role. Returns the
    /// screen row of the selected item's first visible line, for the cursor.
    @discardableResult
    public func render(_ doc: Document, into grid: inout Grid, area: Rect, glyphs: Glyphs, highlight: Bool = true,
                       fill: StyleRole = .normal) -> Int? {
        grid.fill(area, role: fill)
        let selectedLines = selectedItem.flatMap { i -> Range<Int>? in
            guard i < doc.items.count else { return nil }
            let r = doc.items[i]
            return doc.headlineItems.contains(i) ? r.lowerBound..<(r.lowerBound + 1) : r
        }
        var cursor: Int?
        for i in 0..<area.height {
            let n = offset + i
            guard n < doc.lines.count else { break }
            let y = area.y + i
            if highlight, let r = selectedLines, r.contains(n) {
                grid.draw(doc.lines[n].fitted(to: area.width, glyphs: glyphs), row: y, column: area.x, width: area.width)
                grid.paint(row: y, from: area.x, width: area.width, role: .selection)
                if cursor == nil { cursor = y }
            } else {
                grid.draw(doc.lines[n], row: y, column: area.x, width: area.width)
            }
        }
        return cursor
    }
}
