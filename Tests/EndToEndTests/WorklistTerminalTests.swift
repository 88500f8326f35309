import Foundation
import Testing

/// The worklist and case details in a real terminal, by keys only. The hardware cursor is parked on the
/// selected row, so the cursor row is how these tests (and screen readers) know which case is selected.
@Suite("Worklist in a terminal")
struct WorklistTerminalTests {
    /// The team lead sees every patch, so the Full patch tab is longer than any screen.
    static func fullPatchAsTeamLead(_ sandbox: Sandbox, width: Int = 80, height: Int = 24) throws -> (TmuxSession, PaneScreen) {
        let tmux = try TmuxSession.workbench(sandbox, as: "lead.income", width: width, height: height)
        try tmux.waitFor(text: "Team lead (rents)")
        try tmux.press("W")
        try tmux.waitFor(text: "Worklist (Immediate actions)")
        try tmux.press("3")
        try tmux.waitFor(text: "Worklist (Full patch)")
        // A new tab keeps the case that was selected, scrolled to the top line; G then g g starts
        // from the real top whatever that case was.
        try tmux.press("G")
        try tmux.waitFor("the last row selected") { $0.cursorRow > WorklistScreen.firstRow }
        try tmux.press("g", "g")
        let screen = try tmux.waitFor("the first row selected") { $0.cursorRow == WorklistScreen.firstRow }
        return (tmux, screen)
    }

    @Test(arguments: E2EStore.tested) func movesWithJKAndJumpsToTheEndsWithGAndGG(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let (tmux, top) = try Self.fullPatchAsTeamLead(sandbox)
        let firstRef = try #require(WorklistScreen.ref(in: top.cursorLine))
        let rowsOnScreen = WorklistScreen.rows(top).count
        #expect(rowsOnScreen == 24 - WorklistScreen.firstRow - 1, "only the visible rows fill the screen:\n\(top)")

        try tmux.press("j", "j")
        try tmux.waitFor("the cursor two rows down") { $0.cursorRow == WorklistScreen.firstRow + 2 }
        try tmux.press("k")
        let second = try tmux.waitFor("the cursor back up one row") { $0.cursorRow == WorklistScreen.firstRow + 1 }
        #expect(WorklistScreen.ref(in: second.cursorLine) == WorklistScreen.rows(top)[1].ref)

        try tmux.press("G")
        let bottom = try tmux.waitFor("the last row selected, scrolled into view") {
            $0.cursorRow == WorklistScreen.firstRow + rowsOnScreen - 1 && WorklistScreen.rows($0).first?.ref != firstRef
        }
        let total = try #require(WorklistScreen.tabCount("Full patch", in: bottom))
        #expect(total > rowsOnScreen)

        try tmux.press("g", "g")
        let again = try tmux.waitFor("the first row selected again") { $0.cursorRow == WorklistScreen.firstRow }
        #expect(WorklistScreen.ref(in: again.cursorLine) == firstRef)
        #expect(again.lines == top.lines)
    }

    @Test(arguments: E2EStore.tested) func searchFindsAReferenceAndMovesBetweenMatches(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let (tmux, top) = try Self.fullPatchAsTeamLead(sandbox)
        try tmux.press("G")
        let bottom = try tmux.waitFor("the last row selected") { $0.cursorRow > WorklistScreen.firstRow }
        let lastRef = try #require(WorklistScreen.ref(in: bottom.cursorLine))
        try tmux.press("g", "g")
        try tmux.waitFor("the first row selected") { $0 == top }

        try tmux.press("/")
        try tmux.type(lastRef)
        let found = try tmux.waitFor("the search to find \(lastRef) as it is typed") {
            $0.contains("1 matching") && WorklistScreen.ref(in: $0.cursorLine) == lastRef
        }
        #expect(found.lines.last?.hasPrefix("/\(lastRef)") == true, "the search line shows what was typed:\n\(found)")
        try tmux.press("Enter")
        try tmux.waitFor("the search to close with \(lastRef) selected") {
            $0.lines.last?.hasPrefix("/") == false && WorklistScreen.ref(in: $0.cursorLine) == lastRef
        }

        // Joint tenancies end in /02: a search every page has several matches of.
        try tmux.press("g", "g")
        try tmux.waitFor("the first row selected") { $0.cursorRow == WorklistScreen.firstRow }
        try tmux.press("/")
        try tmux.type("/02")
        try tmux.press("Enter")
        let first = try tmux.waitFor("a /02 reference selected") { WorklistScreen.ref(in: $0.cursorLine)?.hasSuffix("/02") == true }
        try tmux.press("n")
        let next = try tmux.waitFor("n to move to the next match") {
            $0.cursorRow != first.cursorRow && WorklistScreen.ref(in: $0.cursorLine)?.hasSuffix("/02") == true
        }
        #expect(next.cursorRow > first.cursorRow, "n moves down to the next match")
        let skipped = WorklistScreen.rows(next).filter { $0.row > first.cursorRow && $0.row < next.cursorRow }
        #expect(skipped.allSatisfy { !$0.ref.hasSuffix("/02") }, "n skipped a match: \(skipped.map(\.ref))")
        try tmux.press("N")
        let back = try tmux.waitFor("N to move back to the previous match") { $0.cursorRow == first.cursorRow }
        #expect(back.cursorLine == first.cursorLine)
    }

    @Test(arguments: E2EStore.tested) func bandFilterShowsOnlyThatBandAndIsKeptBetweenRuns(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        do {
            let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01")
            try tmux.waitFor(allOf: ["Worklist (Immediate actions)", "Filter: patch mine (E01)"])
            try tmux.press("3")
            let unfiltered = try tmux.waitFor(text: "Worklist (Full patch)")
            #expect(Set(WorklistScreen.bands(unfiltered)).count > 1, "the patch should hold more than one band:\n\(unfiltered)")
            try tmux.press("f")
            try tmux.waitFor(allOf: ["Filters", "Band", "Account type", "Officer"])
            try tmux.press("j", "l")
            try tmux.waitFor(text: "◂ Red ▸")
            try tmux.press("Enter")
            let filtered = try tmux.waitFor("the filter line to show the band and the editor to close") {
                $0.line(2).contains("band Red") && !$0.contains("◂ Red ▸")
            }
            #expect(!WorklistScreen.bands(filtered).isEmpty)
            #expect(WorklistScreen.bands(filtered).allSatisfy { $0 == "R" }, "\(filtered)")
            #expect(WorklistScreen.tabCount("Full patch", in: filtered)! < WorklistScreen.tabCount("Full patch", in: unfiltered)!)
            try tmux.press("Q")
            #expect(try tmux.waitForExit() == 0)
        }
        let reopened = try TmuxSession.workbench(sandbox, as: "agent.e01")
        let screen = try reopened.waitFor(text: "Filter: patch mine (E01) · band Red")
        #expect(WorklistScreen.bands(screen).allSatisfy { $0 == "R" })
        try reopened.press("F")
        try reopened.waitFor("F to clear the filters") { !$0.line(2).contains("band Red") }
    }

    @Test(arguments: E2EStore.tested) func enterOpensTheCaseAWeekExpandsAndEscReturnsToTheSameRow(store: E2EStore) throws {
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let (tmux, _) = try Self.fullPatchAsTeamLead(sandbox, width: 120, height: 40)
        try tmux.press("j", "j", "j")
        let list = try tmux.waitFor("the fourth row selected") { $0.cursorRow == WorklistScreen.firstRow + 3 }
        let ref = try #require(WorklistScreen.ref(in: list.cursorLine))

        try tmux.press("Enter")
        let opened = try tmux.waitFor(allOf: ["Timeline by week", "› \(ref)"])
        #expect(opened.line(1).contains(ref), "the case header names the case:\n\(opened)")
        for box in ["Property", "Contacts", "Balance", "Notice", "Court", "Agreement", "Next action and last contact"] {
            #expect(opened.contains("─ \(box) "), "no \(box) box:\n\(opened)")
        }

        try tmux.press("t")
        let week = try tmux.waitFor("the newest week selected") { $0.cursorLine.hasPrefix("▾") || $0.cursorLine.hasPrefix("▸") }
        let row = week.cursorRow
        let expanded = week.cursorLine.hasPrefix("▾")
        try tmux.press("Enter")
        let toggled = try tmux.waitFor("Enter to expand or collapse the week") {
            $0.cursorRow == row && $0.cursorLine.hasPrefix(expanded ? "▸" : "▾")
        }
        let open = expanded ? week : toggled
        let closed = expanded ? toggled : week
        #expect(open.line(row + 1).hasPrefix("    "), "an expanded week lists its payments and diary entries:\n\(open)")
        #expect(closed.line(row + 1).hasPrefix("▸") || closed.line(row + 1).hasPrefix("▾"), "a collapsed week is one line:\n\(closed)")

        try tmux.press("Escape")
        let back = try tmux.waitFor("the worklist again") { $0.contains("Worklist (Full patch)") }
        #expect(back.cursorRow == list.cursorRow)
        #expect(WorklistScreen.ref(in: back.cursorLine) == ref)
        #expect(back.lines.dropLast() == list.lines.dropLast(), "rows, filters and scroll position should be as they were")
    }
}
