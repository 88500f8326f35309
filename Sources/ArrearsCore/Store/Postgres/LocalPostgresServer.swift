import Foundation

/// A throwaway PostgreSQL server in a temporary folder, on a free port, for the test suites and the
/// benchmark: `initdb`, then `pg_ctl start`, as a non-root user (PostgreSQL refuses to run as root,
/// and CI runs as root, so there it runs as the `postgres` account the server package creates).
/// A watcher stops the server and removes the folder when the process that started it exits.
///
/// It trades durability for speed (no fsync): nothing in it outlives the run.
public final class LocalPostgresServer: @unchecked Sendable {
    public static let adminUser = "arrears_admin"

    public let folder: String
    public let port: Int
    private let runAs: String?
    private let binaries: String
    private let lock = NSLock()
    private var databases = 0

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The one server of this process, started on first use.
    public static func shared() throws -> LocalPostgresServer {
        try sharedServer.get()
    }

    private static let sharedServer = Lazy { try LocalPostgresServer() }

    /// The stores a test run covers, from `ARREARS_TEST_STORES` (`sqlite`, `postgres`, or both
    /// separated by a comma; both when unset, as in `make test` and CI), so that a developer can run
    /// one store's half of the suites alone (docs/testing.md).
    public static func storesUnderTest(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Set<String> {
        let named = Set((environment["ARREARS_TEST_STORES"] ?? "").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        }.filter { !$0.isEmpty })
        return named.isEmpty ? ["sqlite", "postgres"] : named
    }

    public init() throws {
        binaries = try Self.findBinaries()
        runAs = getuid() == 0 ? "postgres" : nil
        folder = NSTemporaryDirectory() + "arrears-pg-\(UUID().uuidString.prefix(8))"
        port = try Self.freePort()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        if let runAs { try run("/bin/chown", [runAs, folder]) }
        try runTool("initdb", ["-D", folder + "/data", "-U", Self.adminUser, "--auth=trust", "--encoding=UTF8",
                               "--locale=C", "--no-sync"])
        try watchParent()
        let options = "-p \(port) -k \(folder) -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            + "-c full_page_writes=off -c max_connections=200"
        try runTool("pg_ctl", ["-D", folder + "/data", "-o", options, "-l", folder + "/server.log", "-w", "start"])
        try admin("CREATE DATABASE \(Self.sharedDatabaseName)")
    }

    /// A URL for `database` as the administrator, over the server's Unix socket.
    public func url(database: String, user: String = adminUser) -> String {
        "postgresql:///\(database)?host=\(folder)&port=\(port)&user=\(user)"
    }

    /// The same database over TCP, as a network client reaches a council's server.
    public func tcpURL(database: String, user: String = adminUser) -> String {
        "postgresql://\(user)@127.0.0.1:\(port)/\(database)"
    }

    /// A new database, named uniquely within this run, reached as `user`; returns its URL. Empty, or
    /// a copy of the database named `template` (which nobody may be connected to), made by the server
    /// file by file: far quicker than loading the same rows again.
    public func createDatabase(prefix: String = "t", user: String = adminUser, template: String? = nil) throws -> String {
        let name = lock.withLock {
            databases += 1
            return "\(prefix)_\(getpid())_\(databases)"
        }
        try admin("CREATE DATABASE \(name)" + (template.map { " TEMPLATE \($0)" } ?? ""))
        return url(database: name, user: user)
    }

    /// A new empty schema in one shared database, named uniquely within this run; returns a URL whose
    /// connections work in it (`search_path`). Far cheaper than a database per test: the store keeps
    /// everything, its version marker included, in the connection's current schema.
    public func createSchema(user: String = adminUser) throws -> String {
        let name = lock.withLock {
            databases += 1
            return "s_\(getpid())_\(databases)"
        }
        _ = try PostgresSchema.create(name, in: url(database: Self.sharedDatabaseName))
        return PostgresSchema.url(url(database: Self.sharedDatabaseName, user: user), schema: name)
    }

    /// A login role named after a workbench user (quoted: logins hold dots), allowed everything in
    /// this throwaway server, so a test can connect as that user as a council's server would let it.
    public func createRole(_ login: String) throws {
        let quoted = "\"" + login.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        try admin("""
            DO $$ BEGIN CREATE ROLE \(quoted) LOGIN SUPERUSER; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$
            """)
    }

    private static let sharedDatabaseName = "arrears_tests"

    /// Runs value-free SQL as the administrator in the `postgres` database (roles, databases).
    public func admin(_ sql: String) throws {
        let connection = try PGConnection(url: url(database: "postgres"))
        try connection.execute(sql)
    }

    // MARK: Processes

    private func runTool(_ tool: String, _ arguments: [String]) throws {
        let path = binaries + "/" + tool
        if let runAs { try run("/usr/sbin/runuser", ["-u", runAs, "--", path] + arguments) } else { try run(path, arguments) }
    }

    /// Runs a program to its end, its output in a file (not a pipe: the server that `pg_ctl start`
    /// leaves running inherits the output, and a pipe would never reach its end).
    private func run(_ executable: String, _ arguments: [String]) throws {
        let outputPath = folder + "/\((executable as NSString).lastPathComponent).out"
        let pid = try Self.spawn([executable] + arguments, outputPath: outputPath)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw Failure(description: "\(executable) \(arguments.joined(separator: " ")) failed: \(text)")
        }
    }

    /// A shell that waits for this process to end, then stops the server at once and removes the
    /// folder, so no test run leaves a server behind. Never waited for.
    private func watchParent() throws {
        let script = "while [ -d /proc/\(getpid()) ]; do sleep 1; done; "
            + "'\(binaries)/pg_ctl' -D '\(folder)/data' -m immediate stop >/dev/null 2>&1; rm -rf '\(folder)'"
        let shell = ["/bin/sh", "-c", script]
        _ = try Self.spawn(runAs.map { ["/usr/sbin/runuser", "-u", $0, "--"] + shell } ?? shell, outputPath: "/dev/null")
    }

    /// posix_spawn rather than Foundation's Process, whose wait can miss the exit of a child whose
    /// own children (the server) live on.
    private static func spawn(_ command: [String], outputPath: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let arguments = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, command[0], &actions, nil, arguments, environ)
        guard code == 0 else {
            throw Failure(description: "could not start \(command[0]): \(String(cString: strerror(code)))")
        }
        return pid
    }

    /// `initdb` from the PATH, else the newest Debian cluster version's (`/usr/lib/postgresql/N/bin`).
    private static func findBinaries() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") where FileManager.default.isExecutableFile(atPath: "\(folder)/initdb") {
            return String(folder)
        }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap(Int.init).sorted()
        for version in versions.reversed() where FileManager.default.isExecutableFile(atPath: "\(root)/\(version)/bin/initdb") {
            return "\(root)/\(version)/bin"
        }
        throw Failure(description: "PostgreSQL's initdb was not found on the PATH or under \(root): install the postgresql package")
    }

    /// A port nobody listens on now: bound to port 0, the kernel's choice is read back and released.
    private static func freePort() throws -> Int {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw Failure(description: "no socket for finding a free port") }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Int32 in
                guard bind(descriptor, pointer, length) == 0 else { return -1 }
                return getsockname(descriptor, pointer, &length)
            }
        }
        guard bound == 0 else { throw Failure(description: "could not find a free port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}

/// A value computed once, on first use, by whichever thread asks first; a failure is kept and rethrown.
final class Lazy<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<Value, Error>?
    private let make: () throws -> Value

    init(_ make: @escaping () throws -> Value) { self.make = make }

    func get() throws -> Value {
        try lock.withLock {
            if let result { return try result.get() }
            let made = Result { try make() }
            result = made
            return try made.get()
        }
    }
}
