import Foundation

/// The end-to-end tests drive the built `arrears` binary, but this test target depends only on the
/// core (a test target cannot depend on an executable), so a plain `swift test` after an edit could
/// drive yesterday's binary. Every sandbox checks first: the binary must exist and be newer than every
/// file under Sources/ and Package.swift, or the test fails saying which file is newer and what to run.
enum BinaryCheck {
    struct Stale: Error, CustomStringConvertible {
        var description: String
    }

    /// Nil when the binary is current; otherwise what is wrong. Worked out once per test run.
    static let problem: String? = findProblem(binary: Sandbox.binary, root: Sandbox.packageRoot)

    static func requireCurrentBinary() throws {
        if let problem { throw Stale(description: problem) }
    }

    static func findProblem(binary: String, root: URL) -> String? {
        let fm = FileManager.default
        guard let built = (try? fm.attributesOfItem(atPath: binary))?[.modificationDate] as? Date else {
            return "\(binary) does not exist: run `swift build` (or `make test`, which builds first) before the end-to-end tests."
        }
        var newest: (date: Date, path: String)?
        var paths = [root.appendingPathComponent("Package.swift").path]
        if let walker = fm.enumerator(atPath: root.appendingPathComponent("Sources").path) {
            for case let relative as String in walker { paths.append(root.appendingPathComponent("Sources/" + relative).path) }
        }
        for path in paths {
            guard let attributes = try? fm.attributesOfItem(atPath: path), attributes[.type] as? FileAttributeType == .typeRegular,
                  let date = attributes[.modificationDate] as? Date else { continue }
            if date > (newest?.date ?? .distantPast) { newest = (date, path) }
        }
        guard let newest, newest.date > built else { return nil }
        let name = newest.path.replacingOccurrences(of: root.path + "/", with: "")
        return "\(binary) is older than \(name): the end-to-end tests would drive a stale binary. "
            + "Run `swift build` (or `make test`, which builds first), then the tests again."
    }
}
