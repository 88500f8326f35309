import Foundation
import Testing

/// The program copied into an empty folder, away from the checkout's `Themes/`, still opens the
/// workbench (its default theme is built in) and still runs the commands that need no database.
@Suite struct RunsFromAnywhereTests {
    @Test func aCopiedBinaryOpensTheWorkbenchWithItsBuiltInTheme() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let folder = sandbox.home.appendingPathComponent("empty-folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("arrears").path
        try FileManager.default.copyItem(atPath: Sandbox.binary, toPath: copy)
        try DemoFixture.copy(to: sandbox.dbPath)
        let tmux = try TmuxSession(sandbox: sandbox, arguments: ["--db", sandbox.dbPath, "--as", "agent.e01"], binary: copy)
        let screen = try tmux.waitFor(text: "Worklist (Immediate actions)")
        #expect(!screen.text.contains("no theme named"))
    }

    @Test func theManualPageIsMadeFromEveryCommandsHelp() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let page = try sandbox.run(["man"])
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix(".TH ARREARS 1"))
        let help = try sandbox.run(["letters", "queue", "--help"])
        for line in help.stdout.split(separator: "\n") where !line.hasPrefix(".") {
            #expect(page.stdout.contains(String(line)), "the man page lacks: \(line)")
        }
    }
}
