import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Files built beside their target and renamed into place when complete. Each is named after the
/// process building it (`FILE.partial.PID`), so a run can tell a leftover of a killed run (its process
/// is gone) from another run still building one, and removes only leftovers.
enum PartialFiles {
    static let sqliteCompanions = ["", "-wal", "-shm", "-journal"]

    static func name(for path: String) -> String { "\(path).partial.\(getpid())" }

    static func remove(_ partial: String) {
        for suffix in sqliteCompanions { try? FileManager.default.removeItem(atPath: partial + suffix) }
    }

    /// Removes `FILE.partial.PID*` whose process no longer runs, and the unnamed `FILE.partial*` of
    /// earlier versions.
    static func removeLeftovers(of path: String) {
        let url = URL(fileURLWithPath: path)
        let prefix = url.lastPathComponent + ".partial"
        let folder = url.deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) {
            var rest = name.dropFirst(prefix.count)
            for suffix in sqliteCompanions where !suffix.isEmpty && rest.hasSuffix(suffix) { rest = rest.dropLast(suffix.count) }
            if rest.hasPrefix("."), let pid = Int32(rest.dropFirst()), isRunning(pid) { continue }
            guard rest.isEmpty || rest.hasPrefix(".") else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + name)
        }
    }

    /// `kill(pid, 0)` checks for the process without signalling it; EPERM means it runs as someone else.
    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
