import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Starting programs the way a shell does, which Foundation's `Process` does not do in a test runner:
///
/// - The child gets an empty signal mask and default handlers. Test-runner threads block most
///   signals and a spawned child inherits that mask; a tmux server started so would never see
///   SIGCHLD, and the workbench inside it would never see SIGHUP or SIGTERM, so `kill-server` hangs.
/// - Output goes to files, never pipes. Tests run in parallel, so another test's tmux server may be
///   forked while a pipe is open and keep its write end for its whole life: a read to end-of-file on
///   that pipe would then never end.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    let stdout: URL
    let stderr: URL
    private var status: Int32?
    private let lock = NSLock()

    /// Starts `arguments[0]` (looked up on PATH) with standard input from `stdin` (or /dev/null) and
    /// output to files in `folder`.
    init(_ arguments: [String], environment: [String: String], stdin: URL? = nil, folder: URL) throws {
        let name = UUID().uuidString
        stdout = folder.appendingPathComponent("\(name).out")
        stderr = folder.appendingPathComponent("\(name).err")

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin?.path ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if let closeFrom = ChildProcess.closeFrom { _ = closeFrom(&actions, 3) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawnp(&child, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw E2EError.setup("cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        pid = child
    }

    deinit {
        _ = wait()
        try? FileManager.default.removeItem(at: stdout)
        try? FileManager.default.removeItem(at: stderr)
    }

    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        return reap(options: WNOHANG) == nil
    }

    /// Waits for the program to end; its exit status (128 + the signal if a signal ended it).
    @discardableResult
    func wait() -> Int32 {
        lock.lock()
        defer { lock.unlock() }
        return reap(options: 0) ?? -1
    }

    private func reap(options: Int32) -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        var result: pid_t
        repeat { result = waitpid(pid, &raw, options) } while result == -1 && errno == EINTR
        guard result == pid else { return nil }
        let signal = raw & 0x7f
        status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
        return status
    }

    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module
    /// does not declare: the child starts with only the three descriptors it is given.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()

    var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }
}
