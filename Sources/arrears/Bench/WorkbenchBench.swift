import Foundation
import ArrearsCore
import ArrearsUI
import ArrearsTerminal

/// Issue 4's figures, on the demo database: cold start to first frame, keypress to frame for the
/// worklist's everyday keys (median and p99), and bytes written to the terminal per frame.
@MainActor
enum WorkbenchBench {
    static let width = 120
    static let height = 40
    static let teamLead = "lead.income"
    static let agent = "agent.e01"

    static func run(_ session: BenchSession) throws -> BenchTable {
        var table = BenchTable(title: "Workbench (issue 4)")
        let terminal = prepareTerminal()
        let db = try session.demoDatabase()
        let n = BenchFigure.format(Double(db.accounts), decimals: 0)
        table.add(BenchFigure("process start and exit (arrears --version)", try processStart() * 1000, "ms", decimals: 1))

        let output = session.path("terminal.out")
        // The first start in this process also pays for one-off set-up (theme files, key tables).
        let (first, start) = try HeadlessWorkbench.start(database: db.path, login: teamLead, outputPath: output,
                                                         width: width, height: height, context: session.context)
        first.end()
        let (agentSession, agentStart) = try HeadlessWorkbench.start(database: db.path, login: agent, outputPath: output,
                                                                     width: width, height: height, context: session.context)
        agentSession.end()
        BenchFiles.evictFromCache(db.path)
        let (bench, cold) = try HeadlessWorkbench.start(database: db.path, login: teamLead, outputPath: output,
                                                        width: width, height: height, context: session.context)
        table.add(BenchFigure("first frame (loading message), team lead", start.loadingFrame * 1000, "ms", decimals: 1,
                              target: session.target(150, "ms")))
        table.add(BenchFigure("first full frame, team lead view over \(n) cases", start.total * 1000, "ms", decimals: 1,
                              target: session.target(150, "ms")))
        table.add(BenchFigure("  the same, database not in the OS file cache", cold.total * 1000, "ms", decimals: 1,
                              target: session.target(300, "ms")))
        table.add(BenchFigure("  then every summary, read and counted after that frame", start.loadRest * 1000, "ms", decimals: 1))
        table.add(BenchFigure("first full frame, collection agent's worklist (one patch)", agentStart.total * 1000, "ms", decimals: 1,
                              target: session.target(100, "ms")))
        table.add(BenchFigure("  then the rest of the caseload, read after that frame", agentStart.loadRest * 1000, "ms", decimals: 1))
        table.note("First frame (team lead): open store and settings \(ms(start.openStore)), read the stored counts and build the App \(ms(start.loadCases)) "
                   + "(of which reading the counts \(ms(start.readSummaries))), "
                   + "open the terminal \(ms(start.openTerminal)), render \(ms(start.render)), paint \(ms(start.paint)).")
        table.note("First frame (agent): open store and settings \(ms(agentStart.openStore)), read the agent's own summaries and build the App "
                   + "\(ms(agentStart.loadCases)) (of which reading \(ms(agentStart.readSummaries))), open the terminal \(ms(agentStart.openTerminal)), "
                   + "render \(ms(agentStart.render)), paint \(ms(agentStart.paint)).")

        // The team lead's own worklist (every patch) on its longest tab, Full patch.
        bench.press([.char("W"), .char("3")])
        let frames = KeyFrames(repeats: session.sizes.keyRepeats, height: height)
        let move = frames.oneRowMoves(bench)
        let scroll = frames.scrollingMoves(bench)
        let page = frames.pages(bench)
        let filter = frames.filterChanges(bench)
        let search = frames.searchKeystrokes(bench)
        let everyCase = try SQLiteCaseStore(path: db.path).summaries()
        let find = FindBench.keystrokes(bench, summaries: everyCase, repeats: session.sizes.keyRepeats)
        // ncurses drives one terminal at a time: this one ends before the next starts.
        bench.end()
        add(move, "move one row (j/k)", target: session.target(2, "ms"), to: &table)
        add(scroll, "move one row that scrolls the list (j)", target: nil, to: &table)
        add(page, "page (PgDn/PgUp)", target: nil, to: &table)
        add(filter, "filter change (f, Band, Right)", target: session.target(30, "ms"), to: &table)
        add(search, "search keystroke (/ then a letter)", target: nil, to: &table)
        table.add(BenchFigure("open find (O), index built over \(n) cases", find.open.total.median * 1000, "ms", decimals: 1))
        add(find.keystrokes, "find keystroke (O, query typed letter by letter)", target: session.target(30, "ms"), to: &table)

        table.add(BenchFigure("bytes for a one-row move, median", move.bytes.median, "bytes", target: session.target(250, "bytes")))
        table.add(BenchFigure("bytes for a one-row move, largest", move.bytes.maximum, "bytes", target: session.target(250, "bytes")))
        let small = try smallTerminalMoves(session, database: db.path, output: output)
        table.add(BenchFigure("bytes for a one-row move at 80×24, median", small.bytes.median, "bytes", target: session.target(200, "bytes")))
        table.add(BenchFigure("bytes for a move that scrolls, median", scroll.bytes.median, "bytes"))
        table.add(BenchFigure("bytes for a page, median", page.bytes.median, "bytes"))
        table.add(BenchFigure("bytes for the first frame", Double(start.bytes), "bytes"))
        for (name, f) in [("move", move), ("scrolling move", scroll), ("page", page), ("filter change", filter), ("search keystroke", search),
                        ("find keystroke", find.keystrokes)] {
            table.note("Median \(name): handle \(ms(f.handle.median)), effects \(ms(f.effects.median)), render \(ms(f.render.median)), paint \(ms(f.paint.median)).")
        }
        let (action, actionMessage) = try diaryEntryFrames(session, login: agent, opening: [.enter], database: db.path, output: output)
        add(action, "action → updated frame (diary entry saved, case and worklist updated)", target: session.target(20, "ms"), to: &table)
        table.note("Median diary entry: handle \(ms(action.handle.median)), transaction and in-place update \(ms(action.effects.median)), "
                   + "render \(ms(action.render.median)), paint \(ms(action.paint.median)); last status: \(actionMessage)")
        let (leadAction, _) = try diaryEntryFrames(session, login: teamLead, opening: [.char("W"), .char("3"), .enter],
                                                   database: db.path, output: output)
        add(leadAction, "action → updated frame, team lead (team lead tables, worklist and case updated)",
            target: session.target(20, "ms"), to: &table)
        let rows = everyCase
            .filter { $0.type.serviceArea == .rent && WorklistTab.fullPatch.includes($0, asOf: BenchSession.asOf) }.count
        table.note("Find keystrokes: \(find.queries.map { "\u{201C}\($0)\u{201D}" }.joined(separator: " and ")) typed letter by letter over every case, "
                   + "each then cleared with Ctrl-U.")
        table.note("A start from the shell costs the process start plus the first frame.")
        table.note("Keys on the team lead's worklist: Full patch tab, all patches (\(BenchFigure.format(Double(rows), decimals: 0)) rows); \(width)×\(height) headless ncurses terminal, \(terminal); "
                   + "\(frames.repeats) presses of each key; times run from the key to the frame painted and flushed.")
        return table
    }

    /// The same moves on the smallest common terminal (the selection covers the row through the
    /// tenant column, so a move's bytes grow little with the width).
    private static func smallTerminalMoves(_ session: BenchSession, database: String, output: String) throws -> KeyFrames.Measured {
        let (small, _) = try HeadlessWorkbench.start(database: database, login: teamLead, outputPath: output + ".80x24",
                                                     width: 80, height: 24, context: session.context)
        defer { small.end() }
        small.press([.char("W"), .char("3")])
        return KeyFrames(repeats: session.sizes.keyRepeats, height: 24).oneRowMoves(small)
    }

    /// Diary entries on the first case of a worklist (an agent's own; a team lead's Full patch tab, over
    /// the team lead view): the timed key is the Enter that saves (the transaction, the saved case and
    /// summary put in place on every screen of the stack, the frame).
    private static func diaryEntryFrames(_ session: BenchSession, login: String, opening: [Key], database: String,
                                         output: String) throws -> (KeyFrames.Measured, String) {
        let (w, _) = try HeadlessWorkbench.start(database: database, login: login, outputPath: output + ".action",
                                                 width: width, height: height, context: session.context)
        defer { w.end() }
        w.press(opening)
        var measured = KeyFrames.Measured()
        for _ in 0..<max(5, session.sizes.keyRepeats / 10) {
            w.press([.char("d")] + "inc".map { Key.char($0) } + [.tab] + "Rang about the bill.".map { Key.char($0) })
            measured.add(w.press(.enter))
        }
        return (measured, w.app.message?.text ?? "none")
    }

    private static func add(_ f: KeyFrames.Measured, _ name: String, target: BenchTarget?, to table: inout BenchTable) {
        table.add(BenchFigure("\(name), median", f.total.median * 1000, "ms", decimals: 2, target: target))
        table.add(BenchFigure("\(name), p99", f.total.p99 * 1000, "ms", decimals: 2, target: target))
    }

    static func ms(_ seconds: Double) -> String { BenchFigure.format(seconds * 1000, decimals: 2) + " ms" }

    /// Frame bytes depend on the terminal description and the glyphs, so both are fixed: xterm-256color,
    /// and a UTF-8 locale when the current one is not.
    private static func prepareTerminal() -> String {
        setenv("TERM", "xterm-256color", 1)
        if !TerminalScreen.localeIsUTF8 { setenv("LC_ALL", "C.UTF-8", 1) }
        return "TERM=xterm-256color, " + (TerminalScreen.localeIsUTF8 ? "UTF-8 glyphs" : "ASCII glyphs (no UTF-8 locale)")
    }

    /// Median wall time of starting this executable to print its version: the part of a cold start
    /// before any of the workbench's own code runs.
    private static func processStart() throws -> Double {
        guard let executable = Bundle.main.executableURL else { return .nan }
        var samples = Samples()
        for _ in 0..<5 {
            let p = Process()
            p.executableURL = executable
            p.arguments = ["--version"]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            let seconds = try Stopwatch.time {
                try p.run()
                p.waitUntilExit()
            }.seconds
            samples.add(seconds)
        }
        return samples.median
    }
}
