import Testing
import Foundation
@testable import ArrearsCore

/// The one display width, word wrap, config-line reader and JSON escaper, at their boundaries.
@Suite struct TextUtilityTests {
    @Test(arguments: [
        ("abc", 3), ("", 0), ("Paweł Zieliński", 15), ("£1,234.56", 9),
        ("日本語", 6), ("ｶ", 1), ("Ｆ", 2),
        ("e\u{301}", 1), ("Zoë", 3),                         // combining mark folds into its base
        ("👨‍👩‍👧", 2), ("🏳️‍🌈", 2), ("🇬🇧", 2), ("🇬", 1),       // ZWJ sequences, a flag, a lone indicator
        ("❤️", 2), ("❤", 1), ("1️⃣", 2), ("😀", 2),             // emoji presentation
        ("a\u{200B}b", 2), ("\u{200D}", 0), ("\u{FEFF}", 0),   // zero-width
        ("\u{1B}[2J", 3), ("\u{07}", 0), ("\u{9B}", 0), ("\u{202E}", 0),
    ])
    func displayWidthMeasuresGraphemeClusters(text: String, columns: Int) {
        #expect(DisplayWidth.of(text) == columns, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }

    @Test func aZWJNameTakesTheColumnsItShows() {
        let name = "👨‍👩‍👧 Smith"
        #expect(DisplayWidth.pad(name, to: 10) == name + "  ")
        #expect(DisplayWidth.prefix(name, fitting: 1).0 == "")
        #expect(DisplayWidth.prefix(name, fitting: 2).0 == "👨‍👩‍👧")
    }

    @Test(arguments: [
        ("one two three four", 9, ["one two", "three", "four"]),
        ("one  two   three", 7, ["one two", "three"]),              // runs of spaces print as one
        ("aaaa bbbb", 4, ["aaaa", "bbbb"]),                         // exactly the width
        ("aaaa bbbb", 9, ["aaaa bbbb"]),
        ("aaaa bbbb", 8, ["aaaa", "bbbb"]),                         // one short
        ("averyverylongword x", 6, ["averyv", "erylon", "gword", "x"]),
        ("line one\n\nline three", 20, ["line one", "", "line three"]),
        ("", 5, [""]),
        ("日本語のテキスト", 6, ["日本語", "のテキ", "スト"]),     // wide characters count two
        ("👨‍👩‍👧 👨‍👩‍👧 👨‍👩‍👧", 5, ["👨‍👩‍👧 👨‍👩‍👧", "👨‍👩‍👧"]),
    ])
    func wrapsByDisplayWidth(text: String, width: Int, lines: [String]) {
        #expect(WordWrap.lines(text, width: width) == lines)
    }

    @Test func lettersKeepDatesOnOneLine() {
        let lines = LetterLineWrap.wrap("Please pay by 4 June 2026, or call us.", width: 16)
        #expect(lines == ["Please pay by", "4 June 2026, or", "call us."])
        #expect(LetterLineWrap.wrap("   ", width: 10) == [])
    }

    /// The editor keeps every character where it was typed: spaces hang at the end of the line they
    /// end, runs of spaces keep their width, and a long word breaks where it must.
    @Test(arguments: [
        ("aaaa bbbb", 4, [0, 5]),
        ("ab cdefghij", 6, [0, 3, 9]),
        ("a      b", 5, [0, 7]),
        ("   abc", 4, [0, 3]),
        ("     ", 3, [0]),
        ("", 3, [0]),
    ])
    func theEditorsLinesKeepEveryCharacter(text: String, width: Int, starts: [Int]) {
        let found = WordWrap.lineStarts(text, width: width).map { text.distance(from: text.startIndex, to: $0) }
        #expect(found == starts)
    }

    @Test func configLinesTreatHashTheSameEverywhere() {
        let text = "# a comment line\r\nband.red.balance = 10.00 # trailing comment\r\ncolour selection #1e1e2e bold\nkey=1#not-a-comment\n\n  \t\nbind # quit\n"
        let lines = ConfigLine.lines(of: text)
        #expect(lines.map(\.number) == [2, 3, 4, 7])
        #expect(lines[0].keyValue?.key == "band.red.balance")
        #expect(lines[0].keyValue?.value == "10.00")
        #expect(lines[1].words == ["colour", "selection", "#1e1e2e", "bold"])
        #expect(lines[2].keyValue?.value == "1#not-a-comment")
        #expect(lines[3].words == ["bind"])
        #expect(ConfigLine.lines(of: "no equals here")[0].keyValue == nil)
    }

    @Test func policyFilesReadCommentsAsEveryConfigFileDoes() throws {
        let policy = try PolicyFile.parse("# team policy\r\nband.red.balance_above = 400.00   # raised\r\n", file: "team.policy")
        #expect(policy.band.redBalanceAbove == Money(pence: 40_000))
        #expect(throws: PolicyError.self) { try PolicyFile.parse("band.red.balance_above = 400.00#raised\n", file: "team.policy") }
    }

    static let hostile = [
        "clear \u{1B}[2J screen", "clipboard \u{1B}]52;c;aGVsbG8=\u{07}", "title \u{1B}]0;owned\u{07}",
        "move \u{1B}[10;10H here", "c1 \u{9B}2J csi", "bell \u{07}", "bidi \u{202E}fdp.exe", "nul \u{0}", "del \u{7F}",
        "isolate \u{2066}x\u{2069}",
    ]

    @Test(arguments: hostile)
    func jsonEscapesEveryControlAndStillDecodes(text: String) throws {
        var out = ""
        JSONText.appendString(text, to: &out)
        #expect(!out.unicodeScalars.contains { TerminalSafeText.isHostile($0) }, "\(out)")
        var bytes: [UInt8] = []
        JSONText.appendString(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == out)
        let decoded = try JSONSerialization.jsonObject(with: Data(out.utf8), options: [.fragmentsAllowed]) as? String
        #expect(decoded == text)
        var writer = JSONWriter()
        writer.string(nil, text)
        #expect(writer.text == out)
    }

    @Test(arguments: hostile)
    func terminalOutputShowsControlsAsEscapes(text: String) {
        let shown = TerminalSafeText.shown(text)
        #expect(!shown.unicodeScalars.contains { TerminalSafeText.isHostile($0) })
        #expect(shown.contains("\\u"))
        #expect(!TerminalSafeText.printable(text).unicodeScalars.contains { TerminalSafeText.isHostile($0) })
    }

    @Test func shownKeepsLineBreaksTabsAndPlainText() {
        #expect(TerminalSafeText.shown("Flat 1\n\tHigh St") == "Flat 1\n\tHigh St")
        #expect(TerminalSafeText.shown("a\u{1B}[2Jb\u{202E}c") == "a\\u001B[2Jb\\u202Ec")
        #expect(TerminalSafeText.printable("page\u{0C}two\u{1B}]0;x\u{07}") == "page\u{0C}two]0;x")
    }

    @Test func aBadValueIsQuotedOnOneLineAndCut() {
        let huge = String(repeating: "x", count: 1_000_000) + "\n\u{1B}[2J"
        let excerpt = TerminalSafeText.excerpt(huge)
        #expect(excerpt == String(repeating: "x", count: 80) + "… (1000005 characters)")
        #expect(TerminalSafeText.excerpt("two\nlines\tand \u{1B}") == "two\\nlines\\tand \\u001B")
        let eighty = String(repeating: "y", count: 80)
        #expect(TerminalSafeText.excerpt(eighty) == eighty)
        #expect(TerminalSafeText.excerpt(eighty + "z").hasSuffix("… (81 characters)"))
    }

    @Test(arguments: [
        ("=HYPERLINK(\"http://x.test\",\"Click\")", "'=HYPERLINK(\"http://x.test\",\"Click\")"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(1+1)", "'@SUM(1+1)"),
        ("\tindented", "'\tindented"), ("\rreturn", "'\rreturn"),
        ("'=already", "''=already"), ("''@x", "'''@x"),
        ("plain", "plain"), ("'quoted'", "'quoted'"), ("a=b", "a=b"), ("", ""), ("'", "'"),
    ])
    func spreadsheetFormulasAreNeutralisedAndRestored(value: String, cell: String) {
        #expect(SpreadsheetFormula.neutralised(value) == cell)
        #expect(SpreadsheetFormula.restored(cell) == value)
    }
}
