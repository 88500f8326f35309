import Foundation
import Testing
@testable import ArrearsUI

/// The built-in themes are the files in Themes/, word for word, and load with no folder at all.
@Suite struct BuiltInThemeTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Themes")

    @Test(arguments: ["default", "monochrome"])
    func builtInTextIsTheShippedFile(name: String) throws {
        let file = try String(contentsOf: Self.themes.appendingPathComponent("\(name).theme"), encoding: .utf8)
        #expect(BuiltInThemes.texts[name] == file.trimmingCharacters(in: .newlines),
                "Themes/\(name).theme changed: copy it into Sources/ArrearsUI/Theme/BuiltInThemes.swift")
    }

    @Test func loadsWithNoThemeFolder() throws {
        let theme = try Theme.load(name: "default", searchPaths: ["/nonexistent-theme-folder"])
        #expect(theme == (try Theme.load(name: "default", searchPaths: [Self.themes.path])))
        #expect(Theme.available(searchPaths: []) == ["default", "monochrome"])
        #expect(throws: ConfigError.self) { try Theme.load(name: "light", searchPaths: []) }
    }
}
