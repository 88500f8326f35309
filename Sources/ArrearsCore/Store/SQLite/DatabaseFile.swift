import Foundation

/// Creates the database file before SQLite opens it, so that it is born readable by its owner only:
/// it holds tenants' names, addresses and debts. SQLite gives the -wal and -shm files the same mode.
enum DatabaseFile {
    static let fileMode: mode_t = 0o600
    static let directoryMode: mode_t = 0o700

    /// Makes missing parent folders (owner only) and an empty file (owner only) if none exists.
    /// An existing file keeps its permissions: an administrator may have shared it with a team group.
    static func prepare(path: String) throws {
        try makeParentDirectories(of: path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, fileMode)
        if descriptor >= 0 {
            close(descriptor)
            return
        }
        let failure = errno
        guard failure == EEXIST else {
            throw StoreError.notADatabase(path: path, detail: "could not create the file: \(describe(failure))")
        }
    }

    private static func makeParentDirectories(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty else { return }
        var missing: [String] = []
        var current = parent
        while !current.isEmpty, current != "/", !FileManager.default.fileExists(atPath: current) {
            missing.append(current)
            current = (current as NSString).deletingLastPathComponent
        }
        for directory in missing.reversed() {
            guard mkdir(directory, directoryMode) != 0 else { continue }
            let failure = errno
            guard failure == EEXIST else {
                throw StoreError.notADatabase(path: path, detail: "could not create the folder \(directory): \(describe(failure))")
            }
        }
    }

    private static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
