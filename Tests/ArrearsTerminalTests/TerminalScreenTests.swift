import Testing
import Foundation
import ArrearsCore
import ArrearsUI
@testable import ArrearsTerminal

/// In-process adapter tests: ncurses on a headless terminal writing to a file. ncurses state is
/// process-global, so these run one at a time on the main actor.
@Suite(.serialized) @MainActor struct TerminalScreenTests {
    private func tempPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("arrears-term-\(UUID().uuidString)").path
    }

    private func styles() -> [StyleRole: RoleStyle] {
        [.ragRed: RoleStyle(foreground: .indexed(1), attributes: [.bold], monochrome: [.bold]),
         .selection: RoleStyle(foreground: .indexed(0), background: .indexed(6), monochrome: [.reverse])]
    }

    @Test func paintsWideTextAndParksTheCursor() throws {
        setenv("TERM", "xterm-256color", 1)
        let path = tempPath()
        defer { unlink(path) }
        let screen = try TerminalScreen(mode: .headless(outputPath: path, width: 40, height: 10), styles: styles(), noColour: false)
        defer { screen.end() }
        var grid = Grid(width: 40, height: 10)
        grid.put("Caseload ✓ 作者 — R/A/G", row: 2, column: 1, role: .normal)
        grid.put("R", row: 3, column: 0, role: .ragRed)
        grid.cursor = (3, 0)
        screen.paint(grid)
        // Read the cursor first: reading cells back moves ncurses' cursor.
        #expect(screen.cursorPosition.row == 3 && screen.cursorPosition.column == 0)
        #expect(screen.screenText(row: 2) == " Caseload ✓ 作者 — R/A/G")
        let look = screen.cellAttributes(row: 3, column: 0)
        #expect(look.bold)
        #expect(look.pair != 0)
    }

    /// A ZWJ family is one 2-column cell in the grid but 6 columns to wcwidth: what ncurses holds after
    /// the name must still be in the grid's columns, and no control or bidi override is sent.
    @Test func clustersTakeTheGridsColumnsInNcurses() throws {
        try withHeadlessScreen(width: 30, height: 4) { try clustersTakeTheGridsColumns(on: $0) }
    }

    /// Runs `body` on a headless xterm-256color screen of the size given, removed afterwards.
    private func withHeadlessScreen(width: Int, height: Int, _ body: (TerminalScreen) throws -> Void) throws {
        setenv("TERM", "xterm-256color", 1)
        let path = tempPath()
        defer { unlink(path) }
        let screen = try TerminalScreen(mode: .headless(outputPath: path, width: width, height: height), styles: styles(), noColour: false)
        defer { screen.end() }
        try body(screen)
    }

    private func clustersTakeTheGridsColumns(on screen: TerminalScreen) throws {
        var grid = Grid(width: 30, height: 4)
        grid.put(DisplayWidth.pad("👨‍👩‍👧 Ann", to: 10) + "|x", row: 0, column: 0, role: .normal)
        grid.put(DisplayWidth.pad("Ann\u{202E}\u{1B}[2J", to: 10) + "|x", row: 1, column: 0, role: .normal)
        grid.put(DisplayWidth.pad("❤️ Ann", to: 10) + "|x", row: 2, column: 0, role: .normal)
        screen.paint(grid)
        for row in 0..<3 {
            let text = screen.screenText(row: row)
            #expect(text.hasSuffix("|x"), "row \(row): \(text)")
            #expect(DisplayWidth.of(String(text.prefix { $0 != "|" })) == 10, "row \(row): \(text)")
            #expect(!text.unicodeScalars.contains { TerminalSafeText.isHostile($0) }, "row \(row): \(text)")
        }
        var run: [wchar_t] = []
        CellText.append(Cell(text: "👨‍👩‍👧", width: 2, role: .normal), to: &run)
        #expect(run == [wchar_t(0x1F468)])
    }

    @Test func monochromeUsesAttributesNotColour() throws {
        setenv("TERM", "xterm-256color", 1)
        let path = tempPath()
        defer { unlink(path) }
        let screen = try TerminalScreen(mode: .headless(outputPath: path, width: 20, height: 5), styles: styles(), noColour: true)
        defer { screen.end() }
        #expect(screen.colourMode == .monochrome)
        var grid = Grid(width: 20, height: 5)
        grid.put("selected", row: 1, column: 0, role: .selection)
        screen.paint(grid)
        let look = screen.cellAttributes(row: 1, column: 0)
        #expect(look.pair == 0)
        #expect(look.reverse)
    }

    @Test func aOneRowChangeWritesFewBytes() throws {
        setenv("TERM", "xterm-256color", 1)
        let path = tempPath()
        defer { unlink(path) }
        let screen = try TerminalScreen(mode: .headless(outputPath: path, width: 80, height: 24), styles: styles(), noColour: false)
        defer { screen.end() }
        var grid = Grid(width: 80, height: 24)
        for r in 0..<24 { grid.put("row \(r) of a worklist with some text in it", row: r, column: 0, role: .normal) }
        grid.paint(row: 5, from: 0, width: 80, role: .selection)
        screen.paint(grid)
        fflush(nil)
        let before = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        grid.paint(row: 5, from: 0, width: 80, role: .normal)
        grid.paint(row: 6, from: 0, width: 80, role: .selection)
        screen.paint(grid)
        fflush(nil)
        let after = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        #expect(after - before > 0)
        #expect(after - before < 600)
    }

    @Test func colourDownsampling() {
        #expect(ThemeColour.indexed(196).resolved(forColors: 256) == 196)
        #expect(ThemeColour.indexed(196).resolved(forColors: 8) == 1)
        #expect(ThemeColour.rgb(255, 0, 0).resolved(forColors: 256) == 196)
        #expect(ThemeColour.rgb(0, 0, 255).resolved(forColors: 8) == 4)
        #expect(ThemeColour.terminalDefault.resolved(forColors: 8) == -1)
    }

    @Test(arguments: [
        (Int32(0), UInt32(27), Key.escape), (0, 106, .char("j")), (0, 4, .ctrl("d")), (0, 21, .ctrl("u")),
        (0, 10, .enter), (0, 127, .backspace), (0, 9, .tab), (0, 0x17E, .char("ž")),
    ] as [(Int32, UInt32, Key)])
    func decodesKeys(status: Int32, value: UInt32, expected: Key) {
        #expect(KeyDecoder.decode(status: status, value: value) == expected)
    }
}
