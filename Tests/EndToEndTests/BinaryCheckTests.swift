import Foundation
import Testing

/// The stale-binary check itself, on a scratch tree whose file dates the test sets.
@Suite struct BinaryCheckTests {
    func scratch() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("binary-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Sources/Core"), withIntermediateDirectories: true)
        try "".write(to: root.appendingPathComponent("Package.swift"), atomically: true, encoding: .utf8)
        try "".write(to: root.appendingPathComponent("Sources/Core/A.swift"), atomically: true, encoding: .utf8)
        try "".write(to: root.appendingPathComponent("arrears"), atomically: true, encoding: .utf8)
        return root
    }

    func touch(_ url: URL, _ date: Date) throws {
        try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: url.path)
    }

    @Test func aBinaryNewerThanEverySourceIsCurrent() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let old = Date(timeIntervalSince1970: 1_000_000)
        try touch(root.appendingPathComponent("Package.swift"), old)
        try touch(root.appendingPathComponent("Sources/Core/A.swift"), old)
        try touch(root.appendingPathComponent("arrears"), old.addingTimeInterval(60))
        #expect(BinaryCheck.findProblem(binary: root.appendingPathComponent("arrears").path, root: root) == nil)
    }

    @Test func aSourceEditedAfterTheBuildNamesItself() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let built = Date(timeIntervalSince1970: 1_000_000)
        try touch(root.appendingPathComponent("Package.swift"), built.addingTimeInterval(-60))
        try touch(root.appendingPathComponent("arrears"), built)
        try touch(root.appendingPathComponent("Sources/Core/A.swift"), built.addingTimeInterval(1))
        let problem = BinaryCheck.findProblem(binary: root.appendingPathComponent("arrears").path, root: root)
        #expect(problem?.contains("is older than Sources/Core/A.swift") == true)
        #expect(problem?.contains("Run `swift build`") == true)
    }

    @Test func aMissingBinaryIsNamed() throws {
        let root = try scratch()
        defer { try? FileManager.default.removeItem(at: root) }
        let problem = BinaryCheck.findProblem(binary: root.appendingPathComponent("nowhere").path, root: root)
        #expect(problem?.contains("does not exist") == true)
    }
}
