import Foundation
import ArrearsCore
#if canImport(Glibc)
import Glibc
#endif

/// One nightly run at a time per database. On SQLite an exclusive `flock` on a file beside it; on
/// PostgreSQL, where runs may start on several hosts, a session lock in the server
/// (`PostgresRunLock`). Either is dropped when the process ends however it ends, so a killed run
/// never leaves it held.
final class RunLock {
    private let fd: Int32
    private let serverLock: PostgresRunLock?
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
        // Who holds it, for the next run's message; the lock itself is the flock or the server's lock.
        let note = "pid \(getpid()), started \(now.londonText)"
        if DatabaseLocation.isPostgres(databasePath) {
            path = "the server's run lock on \(DatabaseLocation.redacted(databasePath))"
            fd = -1
            do {
                serverLock = try PostgresRunLock(url: databasePath, holder: note)
            } catch let busy as PostgresRunLock.Busy {
                throw Busy(path: path, holder: busy.holder)
            }
            return
        }
        serverLock = nil
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
        _ = ftruncate(fd, 0)
        _ = (note + "\n").withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        guard fd >= 0 else { return }
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
