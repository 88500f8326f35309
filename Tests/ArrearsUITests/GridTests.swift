import ArrearsCore
import Testing
@testable import ArrearsUI

@Suite struct GridTests {
    @Test func wideCharactersTakeTwoColumns() {
        var g = Grid(width: 10, height: 1)
        let used = g.put("作者ab", row: 0, column: 0, role: .normal)
        #expect(used == 6)
        #expect(g.text == "作者ab")
        #expect(g[0, 1].width == 0)
    }

    @Test func wideCharacterAtTheEdgeIsReplacedBySpace() {
        var g = Grid(width: 3, height: 1)
        g.put("a作者", row: 0, column: 0, role: .normal)
        #expect(g.text == "a作")
    }

    @Test func combiningMarksJoinThePreviousCell() {
        var g = Grid(width: 5, height: 1)
        g.put("Zoe\u{0308}", row: 0, column: 0, role: .normal)
        #expect(DisplayWidth.of("Zoe\u{0308}") == 3)
        #expect(g.rowText(0).hasPrefix("Zoë"))
    }
}
