import Foundation
import Testing
@testable import ArrearsUI

/// Golden text snapshots: the grid's text, then its role layer, then where the cursor is.
/// `ARREARS_RECORD=1 swift test` rewrites them in the source tree (next to this file) instead of comparing.
enum GoldenFile {
    static var isRecording: Bool { ProcessInfo.processInfo.environment["ARREARS_RECORD"] == "1" }

    static func serialise(_ grid: Grid) -> String {
        let cursor = grid.cursor.map { "\($0.row),\($0.column)" } ?? "none"
        return "size \(grid.width)x\(grid.height) cursor \(cursor)\n" + grid.text + "\n--- roles\n" + grid.roles + "\n"
    }

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = serialise(grid)
        if isRecording {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: folder.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file \(name).txt: record it with ARREARS_RECORD=1 swift test", sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            let want = first < e.count ? String(e[first]) : "(end)"
            let got = first < a.count ? String(a[first]) : "(end)"
            Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n\(actual)",
                         sourceLocation: sourceLocation)
        }
    }
}
