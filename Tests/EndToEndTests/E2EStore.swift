@testable import ArrearsCore
import Foundation

/// The two stores the end-to-end suites run the real binary against: a SQLite file in the test's
/// sandbox, and a database of its own on the PostgreSQL server the tests start (`LocalPostgresServer`),
/// reached as the OS account running the tests, as peer authentication would on a council's server.
/// A suite takes `E2EStore.tested` as its arguments and opens its sandbox with `Sandbox(store:)`.
enum E2EStore: String, CaseIterable, CustomStringConvertible, Sendable {
    case sqlite, postgres

    var description: String { rawValue }

    /// The stores this run covers: both, unless `ARREARS_TEST_STORES` names one (docs/testing.md).
    static let tested = allCases.filter { LocalPostgresServer.storesUnderTest().contains($0.rawValue) }

    /// A new database for one test: empty, or a copy of the demo database (`DemoFixture`). SQLite
    /// copies the demo file; PostgreSQL clones a template database that holds the same demo, copied
    /// there once per run with `arrears db copy`.
    func newDatabase(at path: String, demo: Bool) throws -> String {
        switch self {
        case .sqlite:
            return demo ? try DemoFixture.copy(to: path) : path
        case .postgres:
            return try PostgresDemo.server().createDatabase(prefix: "e2e", user: PostgresDemo.login,
                                                            template: demo ? PostgresDemo.template() : nil)
        }
    }
}

/// The PostgreSQL side: the OS account as a login role, and the demo template database.
enum PostgresDemo {
    static let login = String(cString: getpwuid(getuid()).pointee.pw_name)

    static func server() throws -> LocalPostgresServer {
        let server = try LocalPostgresServer.shared()
        try role.get()
        return server
    }

    private static let role = Result { try LocalPostgresServer.shared().createRole(login) }

    static func template() throws -> String { try templateName.get() }

    /// The demo fixture copied into a database nobody connects to afterwards (a template must have no
    /// connections while it is cloned; `db copy` ends before the first clone).
    private static let templateName: Result<String, any Error> = Result {
        let server = try PostgresDemo.server()
        let name = "demo_template_\(getpid())"
        try server.admin("CREATE DATABASE \(name)")
        let maker = try Sandbox()
        defer { maker.remove() }
        let source = try DemoFixture.copy(to: maker.path("demo.sqlite"))
        let copy = try maker.run(["db", "copy", "--as", "admin.income", "--from", source, "--to",
                                  server.url(database: name, user: login)])
        guard copy.status == 0 else { throw E2EError.setup("db copy of the demo into PostgreSQL failed: \(copy.stderr)") }
        return name
    }
}
