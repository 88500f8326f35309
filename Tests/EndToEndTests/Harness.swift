import Foundation

/// Runs the real `arrears` binary, built by `swift build` before `swift test` (see the Makefile),
/// in a sandbox: its own HOME, a fixed date, time zone, locale and terminal.
struct Sandbox {
    let home: URL
    let asOf = "2026-11-29"

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: home) }

    static var binary: String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/arrears").path
    }

    var environment: [String: String] {
        var env: [String: String] = [
            "HOME": home.path, "TZ": "Europe/London", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color", "ARREARS_TODAY": asOf, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        env["NO_COLOR"] = nil
        return env
    }

    var dbPath: String { home.appendingPathComponent("test.sqlite").path }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arrears ARGS` to completion, with optional standard input.
    @discardableResult
    func run(_ args: [String], stdin: String? = nil, extraEnvironment: [String: String] = [:]) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Sandbox.binary)
        p.arguments = args
        p.environment = environment.merging(extraEnvironment) { $1 }
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        if let s = stdin { inp.fileHandleForWriting.write(Data(s.utf8)) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}

/// A real terminal for the real binary: tmux with a private server socket, driven by keys only.
/// Tests wait for what the screen shows (a ready signal), never for a fixed time.
final class TmuxSession {
    let socket: String
    let sandbox: Sandbox

    init(sandbox: Sandbox, width: Int = 80, height: Int = 24, arguments: [String]) throws {
        self.sandbox = sandbox
        socket = "arrears-e2e-\(UUID().uuidString.prefix(8))"
        let env = sandbox.environment.map { "\($0.key)=\(TmuxSession.quote($0.value))" }.joined(separator: " ")
        let command = "env -i \(env) \(TmuxSession.quote(Sandbox.binary)) " + arguments.map(TmuxSession.quote).joined(separator: " ")
        try tmux(["new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command])
        try tmux(["set-option", "-t", "main", "remain-on-exit", "on"])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["tmux", "-L", socket, "-f", "/dev/null"] + args
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// Sends keys by tmux name (`j`, `Enter`, `Escape`, `C-d`, `Tab`) or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", "main"] + (literal ? ["-l"] : []) + keys)
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", "main"]) }

    func cursor() throws -> (row: Int, column: Int) {
        let s = try tmux(["display-message", "-p", "-t", "main", "#{cursor_y},#{cursor_x}"])
        let parts = s.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").compactMap { Int($0) }
        return (parts.first ?? -1, parts.last ?? -1)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    var paneDead: Bool {
        ((try? tmux(["display-message", "-p", "-t", "main", "#{pane_dead}"])) ?? "").hasPrefix("1")
    }

    /// Polls the screen until `predicate` holds; fails with the last screen after `timeout` seconds.
    @discardableResult
    func waitFor(_ description: String, timeout: Double = 20, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if predicate(last) { return last }
            usleep(20_000)
        }
        throw E2EError.timeout("waiting for \(description); screen was:\n\(last)")
    }

    func waitFor(text: String, timeout: Double = 20) throws -> String {
        try waitFor("'\(text)'", timeout: timeout) { $0.contains(text) }
    }
}

enum E2EError: Error, CustomStringConvertible {
    case timeout(String)
    var description: String {
        switch self {
        case .timeout(let s): return s
        }
    }
}
