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

    /// The layout `make install` makes (PREFIX/bin/arrears a link to PREFIX/libexec/arrears/arrears with
    /// its resources beside it, themes in PREFIX/share/arrears/Themes), built here from the debug binary so
    /// the test stays fast: started through the link from an empty folder, it finds an installed theme
    /// that is not built in, and opens the workbench.
    @Test func theInstalledLayoutFindsItsThemesThroughTheLink() throws {
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        let fm = FileManager.default
        let prefix = sandbox.home.appendingPathComponent("prefix")
        let libexec = prefix.appendingPathComponent("libexec/arrears"), bin = prefix.appendingPathComponent("bin")
        let themes = prefix.appendingPathComponent("share/arrears/Themes")
        for folder in [libexec, bin, themes] { try fm.createDirectory(at: folder, withIntermediateDirectories: true) }
        try fm.copyItem(atPath: Sandbox.binary, toPath: libexec.appendingPathComponent("arrears").path)
        // The resource folder the Makefile installs, which must be the one SwiftPM builds.
        let makefile = try String(contentsOf: Sandbox.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
        let name = try #require(makefile.split(separator: "\n").first { $0.hasPrefix("CORE_RESOURCES := ") }?.dropFirst(18))
        let resources = URL(fileURLWithPath: Sandbox.binary).deletingLastPathComponent().appendingPathComponent(String(name))
        try fm.copyItem(at: resources, to: libexec.appendingPathComponent(resources.lastPathComponent))
        try fm.createSymbolicLink(atPath: bin.appendingPathComponent("arrears").path, withDestinationPath: "../libexec/arrears/arrears")
        let checkout = Sandbox.packageRoot.appendingPathComponent("Themes/light.theme")
        try fm.copyItem(at: checkout, to: themes.appendingPathComponent("light.theme"))
        let config = sandbox.home.appendingPathComponent(".config/arrears")
        try fm.createDirectory(at: config, withIntermediateDirectories: true)
        try "theme = light\n".write(to: config.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        try DemoFixture.copy(to: sandbox.dbPath)
        let tmux = try TmuxSession(sandbox: sandbox, arguments: ["--db", sandbox.dbPath, "--as", "agent.e01"],
                                   binary: bin.appendingPathComponent("arrears").path)
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
