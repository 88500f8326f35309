@testable import ArrearsCore
import Foundation

/// Runs the real `arrears` binary, built by `swift build` before `swift test` (see the Makefile),
/// in a sandbox: its own HOME, a fixed date, time zone, locale and terminal. Making one fails clearly
/// when that binary is missing or older than the sources (`BinaryCheck`).
struct Sandbox {
    let home: URL
    let asOf = "2026-11-29"
    /// The store its databases are made on (`demoDatabase`, `emptyDatabase`).
    let store: E2EStore
    private let databases = Databases()

    init(store: E2EStore = .sqlite) throws {
        self.store = store
        try BinaryCheck.requireCurrentBinary()
        home = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: home) }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static var binary: String { packageRoot.appendingPathComponent(".build/debug/arrears").path }

    var environment: [String: String] {
        [
            "HOME": home.path, "TZ": "Europe/London", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color", "ARREARS_TODAY": asOf, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    var dbPath: String { home.appendingPathComponent("test.sqlite").path }

    /// Where the workbench looks when neither `--db` nor `ARREARS_DB` names a database.
    var defaultDatabasePath: String { home.appendingPathComponent(".local/share/arrears/workbench.sqlite").path }

    func path(_ name: String) -> String { home.appendingPathComponent(name).path }

    /// The test's database called `name` on the sandbox's store (a file path or a PostgreSQL URL),
    /// made on first use as a copy of the demo database; "test" is `dbPath` on SQLite.
    func demoDatabase(_ name: String = "test") throws -> String {
        try databases.location(name) { try store.newDatabase(at: path(name + ".sqlite"), demo: true) }
    }

    /// A new database that no program has opened yet: a path with no file, or an empty PostgreSQL database.
    func emptyDatabase(_ name: String) throws -> String {
        try databases.location(name) { try store.newDatabase(at: path(name + ".sqlite"), demo: false) }
    }

    /// Opens a database in the test's own process as a command of the binary would, waiting as long
    /// for the write lock: a process the test started (or killed) may still hold it.
    func open(_ location: String) throws -> SQLCaseStore { try StoreOpener.openForCommand(location) }

    /// Everything a database holds, to show a command wrote nothing: the SQLite file and its log byte
    /// for byte (not even a checkpoint), or each PostgreSQL table's row count and checksum.
    func contents(of location: String) throws -> StoredContents {
        switch store {
        case .sqlite: return .bytes(["", "-wal"].map { FileManager.default.contents(atPath: location + $0) })
        case .postgres: return .figures(try DatabaseCopy.figures(of: open(location)))
        }
    }

    enum StoredContents: Equatable {
        case bytes([Data?])
        case figures([TableFigures])
    }

    /// Made databases by name, so that two workbenches of one test open the same one.
    private final class Databases: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [String: String] = [:]

        func location(_ name: String, make: () throws -> String) throws -> String {
            try lock.withLock {
                if let location = made[name] { return location }
                let location = try make()
                made[name] = location
                return location
            }
        }
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `arrears ARGS` to completion, with optional standard input.
    @discardableResult
    func run(_ args: [String], stdin: String? = nil, extraEnvironment: [String: String] = [:]) throws -> Result {
        var input: URL?
        if let stdin {
            let file = home.appendingPathComponent("stdin-\(UUID().uuidString)")
            try Data(stdin.utf8).write(to: file)
            input = file
        }
        defer { input.map { try? FileManager.default.removeItem(at: $0) } }
        return try start(args, stdin: input, extraEnvironment: extraEnvironment).result()
    }

    /// Starts `arrears ARGS` without waiting, so that several can run at once.
    func start(_ args: [String], stdin: URL? = nil, extraEnvironment: [String: String] = [:]) throws -> ChildProcess {
        try ChildProcess([Sandbox.binary] + args, environment: environment.merging(extraEnvironment) { $1 },
                         stdin: stdin, folder: home)
    }
}

extension ChildProcess {
    /// Waits for the program and collects what it printed.
    func result() -> Sandbox.Result {
        let status = wait()
        return Sandbox.Result(status: status, stdout: output, stderr: errors)
    }
}

enum E2EError: Error, CustomStringConvertible {
    case timeout(String)
    case setup(String)
    var description: String {
        switch self {
        case .timeout(let s), .setup(let s): return s
        }
    }
}
