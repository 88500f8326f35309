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

    /// Issue 12's byte targets for a one-row move on a worklist-shaped table (band, score, reference,
    /// tenant, balance, next action): under 200 bytes at 80×24 and under 250 at 120×40. The selection
    /// covers the row through its first flexible column, so a move repaints part of two rows.
    @Test(arguments: [(80, 24, 200), (120, 40, 250)])
    func aOneRowMoveWritesFewBytes(width: Int, height: Int, limit: Int) throws {
        setenv("TERM", "xterm-256color", 1)
        let path = tempPath()
        defer { unlink(path) }
        var allStyles = styles()
        allStyles[.heading] = RoleStyle(attributes: [.bold], monochrome: [.bold])
        allStyles[.moneyArrears] = RoleStyle(foreground: .indexed(3), monochrome: [.bold])
        let screen = try TerminalScreen(mode: .headless(outputPath: path, width: width, height: height), styles: allStyles, noColour: false)
        defer { screen.end() }
        let columns = [TableColumn("B", min: 1, priority: 100), TableColumn("Score", min: 5, alignRight: true, priority: 65),
                       TableColumn("Reference", min: 10, preferred: 11, priority: 90),
                       TableColumn("Tenant", min: 16, preferred: 26, priority: 85, flexible: true),
                       TableColumn("Balance", min: 10, preferred: 11, alignRight: true, priority: 95),
                       TableColumn("Next action", min: 12, preferred: 22, priority: 80, flexible: true)]
        let area = Rect(x: 0, y: 2, width: width, height: height - 3)
        let widths = TableLayout.fit(columns, width: width)
        var viewport = ListViewport(count: 500)
        viewport.setVisibleRows(area.height - 1)
        func frame() -> Grid {
            var grid = Grid(width: width, height: height)
            VirtualTable.render(into: &grid, area: area, columns: columns, widths: widths, viewport: viewport, glyphs: .unicode) { row, column in
                switch column {
                case 0: return TableCell("R", .ragRed, keepsRoleWhenSelected: true)
                case 1: return TableCell("\(900 - row)")
                case 2: return TableCell(String(format: "01%05d/01", row))
                case 3: return TableCell("Tenant \(row), \(row) Long Street Name")
                case 4: return TableCell("£\(1_000 + row * 7).50", .moneyArrears)
                default: return TableCell("Apply for outright possession order")
                }
            }
            return grid
        }
        screen.paint(frame())
        fflush(nil)
        var bytes: [Int] = []
        for delta in [1, 1, 1, -1, -1] {
            let before = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
            viewport.move(by: delta)
            screen.paint(frame())
            fflush(nil)
            bytes.append((try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int) - before)
        }
        #expect(bytes.allSatisfy { $0 > 0 && $0 < limit }, "bytes per move at \(width)×\(height): \(bytes)")
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
