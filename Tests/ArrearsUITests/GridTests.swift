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

    /// Whatever a screen is given, no control, C1 control or bidi override reaches a cell.
    @Test(arguments: [
        "Ann\u{1B}[2J", "Ann\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]0;owned\u{07}Ann", "Ann\u{1B}[10;10H", "Ann\u{9B}2J",
        "Ann\u{07}", "Ann\u{202E}cod.exe", "A\u{200B}nn",
    ])
    func controlsAndBidiOverridesNeverReachACell(name: String) {
        var g = Grid(width: 30, height: 1)
        let used = g.put(name + "|", row: 0, column: 0, role: .normal)
        #expect(used == DisplayWidth.of(name + "|"))
        for x in 0..<g.width {
            #expect(!g[0, x].text.unicodeScalars.contains { TerminalSafeText.isHostile($0) || $0.value == 0x200B }, "\(g.rowText(0))")
        }
    }

    /// A ZWJ family, a flag and CJK take the columns the row layout gave them, so the columns after
    /// them line up with the rows above and below.
    @Test(arguments: ["👨‍👩‍👧 Smith", "🇬🇧 Smith", "王 Smith", "Zoe\u{0308} Smith", "Ann\u{200B} Smith"])
    func columnsAfterAnyNameLineUp(name: String) {
        var g = Grid(width: 20, height: 2)
        g.put(DisplayWidth.pad(name, to: 10) + "|£12.50", row: 0, column: 0, role: .normal)
        g.put(DisplayWidth.pad("Plain", to: 10) + "|£12.50", row: 1, column: 0, role: .normal)
        #expect(g[0, 10].text == "|")
        #expect(g[1, 10].text == "|")
    }
}
