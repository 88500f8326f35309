import Testing
@testable import ArrearsUI

@Suite struct KeyNotationTests {
    @Test(arguments: [
        ("j", [Key.char("j")]),
        ("gg", [.char("g"), .char("g")]),
        ("<C-d>", [.ctrl("d")]),
        ("<c-D>", [.ctrl("d")]),
        ("<PgDn>", [.pageDown]),
        ("<pagedown>", [.pageDown]),
        ("<S-Tab>", [.backTab]),
        ("<Space>", [.char(" ")]),
        ("<lt>", [.char("<")]),
        ("<F12>", [.function(12)]),
        ("g<End>", [.char("g"), .end]),
        (">", [.char(">")]),
    ])
    func parses(_ notation: String, _ keys: [Key]) {
        #expect(KeySequence(notation: notation)?.keys == keys)
    }

    @Test(arguments: ["", "<", "<Nope>", "<C-dd>", "a b", "<Resize>", "<F0>", "<>"])
    func rejects(_ notation: String) {
        #expect(KeySequence(notation: notation) == nil)
    }

    @Test func notationRoundTrips() {
        let keys: [Key] = [.char("j"), .char(" "), .char("<"), .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
                           .enter, .escape, .tab, .backTab, .backspace, .delete, .ctrl("u"), .function(5)]
        for key in keys {
            #expect(KeySequence(notation: key.notation)?.keys == [key], "\(key.notation)")
        }
    }

    @Test func displayNamesAreForPeople() {
        #expect(KeySequence(notation: "gg")!.displayName == "g g")
        #expect(Key.ctrl("d").displayName == "Ctrl-D")
        #expect(Key.backTab.displayName == "Shift-Tab")
        #expect(Key.char(" ").displayName == "Space")
        #expect(Key.pageDown.displayName == "PgDn")
    }
}
