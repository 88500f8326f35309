@testable import ArrearsCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Who runs the program in a test, and databases that treat that login as a given role (or as no
/// user at all): the demo fixture, turned into a "real" database so that `--as` is refused and the
/// operating-system login is the only identity.
enum RealDatabase {
    /// The login the binary will find from its uid, as `Context.osLogin` does.
    static var osLogin: String {
        guard let pw = getpwuid(getuid()), let name = pw.pointee.pw_name else { return "uid\(getuid())" }
        return String(cString: name)
    }

    /// Copies the demo fixture to `path`, removes its demo mark, and makes the running login `role`
    /// (nil: removes the login, so it is not a user of the database).
    @discardableResult
    static func make(at path: String, role: Role?, holdingPatchesOf refs: [String] = []) throws -> String {
        try DemoFixture.copy(to: path)
        let store = try SQLiteCaseStore(path: path)
        let login = osLogin.replacingOccurrences(of: "'", with: "''")
        try store.connection.execute("DELETE FROM meta WHERE key = '\(Identity.demoMetaKey)'")
        try store.connection.execute("DELETE FROM users WHERE login = '\(login)'")
        if let role {
            let patches = try refs.compactMap { try store.loadCase(ref: $0)?.account.patch }
            try store.saveUsers([User(login: osLogin, displayName: "Test \(role.rawValue)", role: role, patches: patches)])
        }
        return path
    }

    /// The database file and its write-ahead log, byte for byte.
    static func bytes(_ path: String) -> [Data?] {
        ["", "-wal"].map { FileManager.default.contents(atPath: path + $0) }
    }
}
