import Foundation

/// Opening the workbench on a copy of the demo database, and reading its screens.
extension TmuxSession {
    /// The workbench on the sandbox's database (a fresh copy of the demo one unless a test made it already).
    static func workbench(_ sandbox: Sandbox, as login: String? = nil, width: Int = 80, height: Int = 24,
                          extraEnvironment: [String: String] = [:]) throws -> TmuxSession {
        let database = sandbox.store == .sqlite && FileManager.default.fileExists(atPath: sandbox.dbPath)
            ? sandbox.dbPath : try sandbox.demoDatabase()
        return try TmuxSession(sandbox: sandbox, width: width, height: height,
                               arguments: ["--db", database] + (login.map { ["--as", $0] } ?? []),
                               extraEnvironment: extraEnvironment)
    }
}

/// What the worklist's lines mean: rows start at `firstRow`, under the title, tabs, filter line and
/// column headings; each row shows its tenancy reference.
enum WorklistScreen {
    static let firstRow = 4

    static func ref(in line: String) -> String? {
        line.range(of: #"\b\d{7}/\d{2}\b"#, options: .regularExpression).map { String(line[$0]) }
    }

    /// Rows of cases on screen, by screen line.
    static func rows(_ screen: PaneScreen) -> [(row: Int, ref: String, line: String)] {
        screen.lines.indices.dropFirst(firstRow).compactMap { i in
            ref(in: screen.lines[i]).map { (i, $0, screen.lines[i]) }
        }
    }

    /// The band letter each case row starts with.
    static func bands(_ screen: PaneScreen) -> [Character] {
        rows(screen).compactMap(\.line.first)
    }

    /// The count in a tab label such as `3 Full patch (31)`.
    static func tabCount(_ label: String, in screen: PaneScreen) -> Int? {
        let line = screen.line(1)
        guard let start = line.range(of: label + " (") else { return nil }
        return Int(line[start.upperBound...].prefix { $0.isNumber })
    }
}
