import Testing
@testable import ArrearsUI

/// Every line of a document can be scrolled to: the notes after the last item (the team lead view's
/// "No earlier classify snapshot…"), and every line of an item taller than the screen (a long box).
@Suite struct DocumentScrollTests {
    static func doc(items: [Int], trailing: Int) -> Document {
        var d = Document()
        d.append(StyledLine("Heading"))
        for (n, height) in items.enumerated() { d.appendItem((0..<height).map { StyledLine("item \(n) line \($0)") }) }
        for n in 0..<trailing { d.append(StyledLine("note \(n)")) }
        return d
    }

    static func lastLineVisible(_ v: DocumentViewport, _ d: Document, rows: Int) -> Bool {
        v.offset + rows >= d.lines.count
    }

    @Test(arguments: [Motion.lines(1), .pages(1), .halfPages(1), .scroll(1)])
    func theLinesAfterTheLastItemAreReached(motion: Motion) {
        let d = Self.doc(items: Array(repeating: 1, count: 30), trailing: 3)
        var v = DocumentViewport()
        for _ in 0..<60 {
            v.apply(motion, in: d, visibleRows: 10)
            v.fit(d, visibleRows: 10)   // as every frame does
        }
        #expect(Self.lastLineVisible(v, d, rows: 10), "\(motion): stuck at offset \(v.offset)")
        #expect(v.selectedItem.map { d.items[$0].overlaps(v.offset..<(v.offset + 10)) } == true, "the selection stays in view")
    }

    @Test func aTallItemIsReadAPageAtATime() {
        let d = Self.doc(items: [3, 40, 3], trailing: 0)
        var v = DocumentViewport()
        v.apply(.lines(1), in: d, visibleRows: 10)
        #expect(v.selectedItem == 1 && v.offset == 0, "its top is already in view")
        var offsets: [Int] = []
        for _ in 0..<4 {
            v.apply(.pages(1), in: d, visibleRows: 10)
            v.fit(d, visibleRows: 10)
            offsets.append(v.offset)
        }
        #expect(offsets == [10, 20, 30, 37], "every line of the tall item passes through the view")
        #expect(v.selectedItem == 2)
    }
}
