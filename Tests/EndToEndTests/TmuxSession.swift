import Foundation

/// What a tmux pane shows at one moment: its lines and where the hardware cursor is.
struct PaneScreen: Equatable, CustomStringConvertible {
    var lines: [String]
    var cursorRow: Int
    var cursorColumn: Int

    var text: String { lines.joined(separator: "\n") }
    func contains(_ s: String) -> Bool { text.contains(s) }
    var cursorLine: String { lines.indices.contains(cursorRow) ? lines[cursorRow] : "" }
    func line(_ row: Int) -> String { lines.indices.contains(row) ? lines[row] : "" }

    var description: String {
        lines.enumerated().map { String(format: "%2d│", $0.offset) + $0.element }.joined(separator: "\n")
            + "\ncursor at row \(cursorRow), column \(cursorColumn)"
    }
}

/// A real terminal for the real binary: tmux with a private server socket, driven by keys only.
/// Tests wait for what the screen shows (a ready signal), never for a fixed time.
///
/// The program runs under a shell that, when it ends, prints `exitMarker` with its exit status and
/// waits. That is how tests learn the program ended and with what status: the tmux server under a
/// test runner does not always reap its panes (a pane's process can stay a zombie, so tmux's own
/// `pane_dead_status` never arrives), and the held pane also shows the terminal the program left.
final class TmuxSession {
    static let exitMarker = "[arrears exited with status "

    /// A socket file of its own, removed at the end: tmux leaves its socket behind when the server ends.
    let socket: String
    let sandbox: Sandbox

    init(sandbox: Sandbox, width: Int = 80, height: Int = 24, arguments: [String],
         extraEnvironment: [String: String] = [:], binary: String = Sandbox.binary) throws {
        self.sandbox = sandbox
        socket = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-e2e-tmux-\(UUID().uuidString.prefix(13))").path
        let environment = sandbox.environment.merging(extraEnvironment) { $1 }
        let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let program = "env -i \(env) \(TmuxSession.quote(binary)) " + arguments.map(TmuxSession.quote).joined(separator: " ")
        let command = program + "; echo \"\(TmuxSession.exitMarker)$?]\"; read line"
        try tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(atPath: socket)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let client = try ChildProcess(["tmux", "-S", socket, "-f", "/dev/null"] + args,
                                      environment: ["PATH": sandbox.environment["PATH"] ?? "/usr/bin:/bin"],
                                      folder: FileManager.default.temporaryDirectory)
        client.wait()
        return client.output
    }

    // MARK: Keys

    /// Sends keys by tmux name (`j`, `Enter`, `Escape`, `C-d`, `Tab`, `BSpace`), one at a time.
    /// After `Escape` it waits for the screen to change: the workbench waits only 25 ms for the rest
    /// of an escape sequence, so a key sent straight after could be read together with it.
    func press(_ keys: String...) throws { try press(keys) }

    func press(_ keys: [String]) throws {
        for key in keys {
            let before = key == "Escape" ? try snapshot() : nil
            try tmux(["send-keys", "-t", "main", key])
            if let before {
                try waitFor("the screen to change after Escape", timeout: 10) { $0 != before }
            }
        }
    }

    /// Types text literally, as if on the keyboard.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    // MARK: Looking at the pane

    /// The pane's text and cursor, read in one tmux command so they belong to the same moment.
    func snapshot() throws -> PaneScreen {
        let output = try tmux(["capture-pane", "-p", "-t", "main", ";",
                               "display-message", "-p", "-t", "main", "#{cursor_y},#{cursor_x}"])
        var lines = output.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let cursor = (lines.popLast() ?? "").split(separator: ",").compactMap { Int($0) }
        return PaneScreen(lines: lines, cursorRow: cursor.first ?? -1, cursorColumn: cursor.last ?? -1)
    }

    /// The pane with its SGR escape sequences, to check how things are drawn.
    func styledLines() throws -> [String] {
        try tmux(["capture-pane", "-p", "-e", "-t", "main"]).components(separatedBy: "\n")
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// tmux's view of the terminal modes the program has left set.
    struct Modes: Equatable {
        var alternateScreen: Bool
        var cursorVisible: Bool
        var keypad: Bool
        var mouse: Bool
    }

    func modes() throws -> Modes {
        let s = try tmux(["display-message", "-p", "-t", "main",
                          "#{alternate_on} #{cursor_flag} #{keypad_flag} #{mouse_any_flag}"])
        let flags = s.split(whereSeparator: \.isWhitespace).map { $0 == "1" }
        guard flags.count == 4 else { throw E2EError.setup("tmux returned no pane modes: '\(s)'") }
        return Modes(alternateScreen: flags[0], cursorVisible: flags[1], keypad: flags[2], mouse: flags[3])
    }

    // MARK: Waiting

    /// Polls the pane until `predicate` holds; fails with the last screen after `timeout` seconds.
    /// A screen is only returned once two snapshots in a row agree, so a frame tmux has only partly
    /// received is never taken for the finished one.
    @discardableResult
    func waitFor(_ description: String, timeout: Double = 30, _ predicate: (PaneScreen) -> Bool) throws -> PaneScreen {
        let deadline = Date().addingTimeInterval(timeout)
        var last = PaneScreen(lines: [], cursorRow: -1, cursorColumn: -1)
        var previous: PaneScreen?
        while Date() < deadline {
            last = try snapshot()
            if predicate(last) {
                if last == previous { return last }
                previous = last
            } else {
                previous = nil
            }
            usleep(20_000)
        }
        throw E2EError.timeout("waiting for \(description); the screen was:\n\(last)")
    }

    @discardableResult
    func waitFor(text: String, timeout: Double = 30) throws -> PaneScreen {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitFor(allOf texts: [String], timeout: Double = 30) throws -> PaneScreen {
        try waitFor(texts.map { "'\($0)'" }.joined(separator: " and "), timeout: timeout) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    /// Waits for the program to end and returns its exit status, as the shell under it printed it.
    @discardableResult
    func waitForExit(timeout: Double = 30) throws -> Int32 {
        let screen = try waitFor("the program to end", timeout: timeout) { $0.contains(TmuxSession.exitMarker) }
        let text = screen.text
        let start = text.range(of: TmuxSession.exitMarker)!.upperBound
        guard let status = Int32(text[start...].prefix { $0.isNumber }) else {
            throw E2EError.setup("no exit status after the marker:\n\(screen)")
        }
        return status
    }
}
