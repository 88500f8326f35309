import Foundation
import Testing
@testable import ArrearsUI

/// Golden text snapshots: the grid's text, then its role layer, then where the cursor is.
///
/// `ARREARS_RECORD=confirm,letters-confirm-80x24 swift test` re-records only the goldens named (a name
/// without its `-WxH` size names every size), writes them into the source tree next to this file, and
/// prints what changed in each; every other golden is still compared. Nothing is recorded unnamed.
enum GoldenFile {
    /// The names given in `ARREARS_RECORD`, comma separated.
    static var namesToRecord: Set<String> {
        let raw = ProcessInfo.processInfo.environment["ARREARS_RECORD"] ?? ""
        return Set(raw.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// Whether a golden (or generated document) was named for recording.
    static func isRecording(_ name: String) -> Bool {
        let names = namesToRecord
        return names.contains(name) || names.contains(withoutSize(name))
    }

    /// `confirm-80x24` → `confirm`.
    static func withoutSize(_ name: String) -> String {
        guard let dash = name.lastIndex(of: "-"), name[name.index(after: dash)...].contains("x"),
              name[name.index(after: dash)...].allSatisfy({ $0.isNumber || $0 == "x" }) else { return name }
        return String(name[..<dash])
    }

    static func serialise(_ grid: Grid) -> String {
        let cursor = grid.cursor.map { "\($0.row),\($0.column)" } ?? "none"
        return "size \(grid.width)x\(grid.height) cursor \(cursor)\n" + grid.text + "\n--- roles\n" + grid.roles + "\n"
    }

    static func check(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = serialise(grid)
        if isRecording(name) {
            let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            record(actual, to: folder.appendingPathComponent("\(name).txt"), name: name)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Golden"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No golden file \(name).txt: record it with ARREARS_RECORD=\(withoutSize(name)) swift test",
                         sourceLocation: sourceLocation)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
            let want = first < e.count ? String(e[first]) : "(end)"
            let got = first < a.count ? String(a[first]) : "(end)"
            let hint = "If the change is intended: ARREARS_RECORD=\(name) swift test"
            Issue.record("\(name) differs at line \(first + 1):\n  expected: \(want)\n  actual:   \(got)\n\(actual)\(hint)",
                         sourceLocation: sourceLocation)
        }
    }

    /// Writes a recorded text and prints the lines that changed, so the recording can be reviewed.
    static func record(_ text: String, to url: URL, name: String) {
        let old = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        guard old != text else { print("golden \(name): unchanged"); return }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? text.write(to: url, atomically: true, encoding: .utf8)
        print("golden \(name): recorded" + (old.isEmpty ? " (new)" : ", changed lines:"))
        guard !old.isEmpty else { return }
        let o = old.split(separator: "\n", omittingEmptySubsequences: false)
        let n = text.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(o.count, n.count) {
            let was = i < o.count ? String(o[i]) : nil, now = i < n.count ? String(n[i]) : nil
            guard was != now else { continue }
            if let was { print("  \(i + 1)- \(was)") }
            if let now { print("  \(i + 1)+ \(now)") }
        }
    }
}
