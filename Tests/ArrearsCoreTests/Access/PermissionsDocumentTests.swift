import Foundation
import Testing
@testable import ArrearsCore

/// docs/permissions.md carries the matrix generated from the code. Run with REGENERATE_DOCS=1 to
/// rewrite the generated section after changing the matrix.
@Suite struct PermissionsDocumentTests {
    static let path = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("docs/permissions.md").path

    @Test func theCommittedMatrixIsTheGeneratedOne() throws {
        let document = try String(contentsOfFile: Self.path, encoding: .utf8)
        if ProcessInfo.processInfo.environment["REGENERATE_DOCS"] == "1", let updated = PermissionsDocument.updating(document) {
            try updated.write(toFile: Self.path, atomically: true, encoding: .utf8)
            return
        }
        let committed = try #require(PermissionsDocument.section(in: document), "docs/permissions.md has lost its generated-section markers")
        #expect(committed == PermissionsDocument.matrixSection(),
                "docs/permissions.md is out of date: run REGENERATE_DOCS=1 swift test --filter PermissionsDocumentTests")
    }

    @Test func theMatrixHasARowPerOperationAndAColumnPerRole() {
        let lines = PermissionsDocument.matrixSection().split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(lines.count == AccessOperation.allCases.count + 1)
        #expect(lines.allSatisfy { $0.split(separator: "|").count == 3 + Role.allCases.count })
        #expect(lines.contains("| Pause a case | `pause` | case work | rent | leasehold | yes | — | — |"))
    }
}
