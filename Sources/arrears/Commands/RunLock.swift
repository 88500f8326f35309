import Foundation
import ArrearsCore
#if canImport(Glibc)
import Glibc
#endif

/// One nightly run at a time per database: an exclusive `flock` on a file beside it. The kernel
/// drops the lock when the process ends however it ends, so a killed run never leaves it held.
final class RunLock {
    private let fd: Int32
    let path: String

    struct Busy: Error, CustomStringConvertible {
        var path: String
        var holder: String
        var description: String {
            "another 'arrears run' is still running on this database (\(holder)); it holds \(path). Nothing was done; try again when it has finished."
        }
    }

    /// Takes the lock or throws `Busy` at once (a cron job must not queue up behind a stuck run).
    init(beside databasePath: String, now: Timestamp) throws {
        path = databasePath + ".run-lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            throw CommandFailure(message: "cannot create the run lock \(path): \(String(cString: strerror(errno))).")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(fd)
            throw Busy(path: path, holder: holder.flatMap { $0.isEmpty ? nil : $0 } ?? "holder unknown")
        }
        // Who holds it, for the next run's message; the lock itself is the flock, not this text.
        let note = "pid \(getpid()), started \(now.londonText)\n"
        _ = ftruncate(fd, 0)
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
