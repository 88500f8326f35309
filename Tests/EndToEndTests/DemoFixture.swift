import Foundation

/// One demo database made by `arrears demo` once per test run and copied into each test's sandbox,
/// so that tests which change it (filters are saved per user) never see each other's changes.
enum DemoFixture {
    static let accounts = 1_500

    private static let template: Result<String, any Error> = Result {
        let maker = try Sandbox()
        let path = maker.path("demo-\(accounts).sqlite")
        let result = try maker.run(["demo", "--db", path, "--accounts", "\(accounts)"])
        guard result.status == 0 else {
            throw E2EError.setup("arrears demo failed (\(result.status)): \(result.stderr)")
        }
        atexit { try? FileManager.default.removeItem(at: URL(fileURLWithPath: DemoFixture.folder)) }
        return path
    }

    private static var folder: String {
        (try? template.get()).map { URL(fileURLWithPath: $0).deletingLastPathComponent().path } ?? "/nonexistent"
    }

    /// Copies the demo database to `path` (its folders made as needed) and returns the path.
    @discardableResult
    static func copy(to path: String) throws -> String {
        let source = try template.get()
        let target = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: source, toPath: path)
        return path
    }
}
