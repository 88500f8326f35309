import Foundation
import Testing

/// The rest of the workbench in a real terminal: first run, the team lead view, help, the palette,
/// sizes, NO_COLOR and quitting.
@Suite("Workbench in a terminal")
struct WorkbenchTerminalTests {
    @Test func firstRunMakesADemoDatabaseAndSaysItIsDemoData() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let tmux = try TmuxSession(sandbox: sandbox, width: 160, height: 30, arguments: [])
        let screen = try tmux.waitFor(allOf: ["Demo data — synthetic, not real people", "Created at"], timeout: 120)
        #expect(screen.contains(sandbox.defaultDatabasePath), "the screen should say where the database is:\n\(screen)")
        let attributes = try FileManager.default.attributesOfItem(atPath: sandbox.defaultDatabasePath)
        let permissions = try #require(attributes[.posixPermissions] as? Int)
        #expect(permissions & 0o077 == 0, "the database is readable by others: \(String(permissions, radix: 8))")
        try tmux.press("Q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(arguments: E2EStore.tested) func teamLeadCountsDrillIntoExactlyThoseCases(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "lead.income", width: 120, height: 40)
        let view = try tmux.waitFor(allOf: ["Team lead (rents)", "Cases and arrears by band and patch",
                                            "By band and account type", "Caseload by band and officer"])
        #expect(view.cursorLine.hasPrefix("E01"), "the first patch is selected:\n\(view)")
        let redInE01 = try #require(Int(view.cursorLine.dropFirst(3).drop { $0 == " " }.prefix { $0.isNumber }))

        try tmux.press("Enter")
        let drilled = try tmux.waitFor(text: "Filter: patch E01 · band Red")
        #expect(WorklistScreen.tabCount("Full patch", in: drilled) == redInE01, "the count was \(redInE01):\n\(drilled)")
        #expect(WorklistScreen.bands(drilled).allSatisfy { $0 == "R" })
        #expect(WorklistScreen.rows(drilled).count == min(redInE01, 40 - WorklistScreen.firstRow - 1))

        try tmux.press("Escape")
        let back = try tmux.waitFor(text: "Cases and arrears by band and patch")
        #expect(back.cursorLine.hasPrefix("E01"))
        try tmux.press("a")
        try tmux.waitFor(text: "Team lead (leasehold)")
    }

    @Test(arguments: E2EStore.tested) func helpShowsTheKeysOfTheScreenItIsOpenedOn(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "lead.income", width: 120, height: 40)
        try tmux.waitFor(text: "Team lead (rents)")
        let screens: [(open: [String], shows: String, title: String, binding: String)] = [
            ([], "Cases and arrears by band and patch", "Keys: Team lead view", "Switch between rent and leasehold cases"),
            (["W"], "Worklist (Immediate actions)", "Keys: Worklist", "Search by reference, name, address or postcode"),
            (["Enter"], "Timeline by week", "Keys: Case details", "Expand or collapse the selected week"),
        ]
        for screen in screens {
            try tmux.press(screen.open)
            let before = try tmux.waitFor(text: screen.shows)
            try tmux.press("?")
            try tmux.waitFor(allOf: [screen.title, "Moving around", screen.binding])
            try tmux.press("Escape")
            try tmux.waitFor("help to close") { !$0.contains(screen.title) && $0.lines.dropLast() == before.lines.dropLast() }
        }
    }

    @Test(arguments: E2EStore.tested) func paletteRunsAnActionFoundByItsTitle(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01")
        try tmux.waitFor(text: "Worklist (Immediate actions)")
        try tmux.press(":")
        try tmux.waitFor(allOf: ["Commands (", "Move down"])
        try tmux.type("full patch")
        try tmux.waitFor(allOf: ["Commands (1)", "Full patch tab"])
        try tmux.press("Enter")
        try tmux.waitFor("the palette to close on the Full patch tab") {
            $0.contains("Worklist (Full patch)") && !$0.contains("Commands (")
        }
        // Esc leaves the palette without doing anything.
        try tmux.press(":")
        try tmux.type("immediate")
        try tmux.waitFor(text: "Immediate actions tab")
        try tmux.press("Escape")
        let after = try tmux.waitFor("the palette to close") { !$0.contains("Commands (") }
        #expect(after.contains("Worklist (Full patch)"))
    }

    @Test(arguments: E2EStore.tested) func aTooSmallTerminalSaysWhatSizeIsNeededAndKeepsState(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01")
        try tmux.waitFor(text: "Worklist (Immediate actions)")
        // The Immediate tab's selected case stays selected on Full patch (it may be a debt awaiting transfer,
        // listed last), so go to the top first.
        try tmux.press("3", "g", "g", "j", "j")
        let before = try tmux.waitFor("the third row of Full patch selected") {
            $0.contains("Worklist (Full patch)") && $0.cursorRow == WorklistScreen.firstRow + 2
        }
        try tmux.resize(width: 40, height: 10)
        let small = try tmux.waitFor(allOf: ["40×10", "60×16"])
        #expect(small.contains("too small"), "\(small)")
        try tmux.resize(width: 80, height: 24)
        let restored = try tmux.waitFor("the worklist back as it was") { $0.cursorRow == before.cursorRow && !$0.contains("40×10") }
        #expect(restored.lines.dropLast() == before.lines.dropLast(), "\(restored)")
        try tmux.resize(width: 120, height: 40)
        let wider = try tmux.waitFor(text: "Upcoming court dates")
        #expect(WorklistScreen.ref(in: wider.cursorLine) == WorklistScreen.ref(in: before.cursorLine), "the selection moved on reflow")
    }

    /// With NO_COLOR the screen uses attributes only. The selected row is drawn in reverse video, and
    /// the hardware cursor sits on that same row.
    @Test(arguments: E2EStore.tested) func noColourDrawsWithoutColourAndTheCursorFollowsTheSelection(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01", extraEnvironment: ["NO_COLOR": "1"])
        try tmux.waitFor(text: "Worklist (Immediate actions)")
        try tmux.press("3", "g", "g")
        for step in 0..<3 {
            let screen = try tmux.waitFor("row \(step + 1) selected") {
                $0.contains("Worklist (Full patch)") && $0.cursorRow == WorklistScreen.firstRow + step
            }
            let styled = try tmux.styledLines()
            let colours = styled.flatMap(Self.colourParameters)
            #expect(colours.isEmpty, "colour escapes under NO_COLOR: \(Set(colours).sorted())")
            let caseRows = WorklistScreen.rows(screen).map(\.row)
            let reversed = caseRows.filter { Self.sgrParameters(styled[$0]).contains("7") }
            #expect(reversed == [screen.cursorRow], "reverse video on case rows \(reversed), cursor on \(screen.cursorRow)")
            try tmux.press("j")
        }
    }

    /// q from the first screen, Q from deeper in, and Ctrl-C all end the program with status 0 and
    /// hand the terminal back: normal screen, cursor shown, keypad mode off, mouse never captured.
    @Test(arguments: E2EStore.tested, [["q"], ["Enter", "Q"], ["C-c"]])
    func quittingRestoresTheTerminal(store: E2EStore, keys: [String]) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01")
        try tmux.waitFor(text: "Worklist (Immediate actions)")
        let running = try tmux.modes()
        #expect(running.alternateScreen)
        #expect(!running.mouse, "mouse reporting should be off by default")
        try tmux.press(keys)
        #expect(try tmux.waitForExit() == 0)
        let after = try tmux.modes()
        #expect(after == TmuxSession.Modes(alternateScreen: false, cursorVisible: true, keypad: false, mouse: false))
        #expect(try tmux.snapshot().line(0).hasPrefix(TmuxSession.exitMarker), "the screen from before the program should be back")
    }

    /// SGR parameters of every escape sequence in a line, split at `;`.
    static func sgrParameters(_ line: String) -> [String] {
        var parameters: [String] = []
        var rest = Substring(line)
        while let start = rest.range(of: "\u{1B}[") {
            let tail = rest[start.upperBound...]
            guard let end = tail.firstIndex(where: { $0.isLetter }) else { break }
            if tail[end] == "m" { parameters += tail[..<end].split(separator: ";", omittingEmptySubsequences: false).map { $0.isEmpty ? "0" : String($0) } }
            rest = tail[tail.index(after: end)...]
        }
        return parameters
    }

    /// Parameters that set a colour: 30–37, 40–47, 90–97, 100–107, 38 and 48 (39 and 49 reset to the default).
    static func colourParameters(_ line: String) -> [String] {
        sgrParameters(line).filter { p in
            guard let n = Int(p) else { return false }
            return (30...38).contains(n) || (40...48).contains(n) || (90...97).contains(n) || (100...107).contains(n)
        }
    }
}
