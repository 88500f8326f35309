import Foundation
import Testing
@testable import ArrearsUI

@Suite struct ThemeTests {
    static let themesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path
    static let shipped = ["default", "light", "high-contrast", "monochrome", "colour-blind"]

    func parse(_ text: String) throws -> Theme { try ThemeParser.parse(text, name: "t", file: "t.theme") }

    func issues(_ text: String) -> [String] {
        do { _ = try parse(text); return [] } catch let e as ConfigError { return e.issues.map(\.description) } catch { return ["\(error)"] }
    }

    @Test(arguments: shipped)
    func shippedThemesLoadAndDefineEveryRole(_ name: String) throws {
        let theme = try Theme.load(name: name, searchPaths: [ThemeTests.themesFolder])
        #expect(theme.name == name)
        #expect(!theme.description.isEmpty)
        #expect(theme.rolesWithColour == Set(StyleRole.allCases))
        #expect(theme.rolesWithMono == Set(StyleRole.allCases))
        // Without colour, the roles that carry meaning must still differ from plain text.
        for role in [StyleRole.selection, .statusBar, .heading, .ragRed, .error, .inputCursor, .tabActive] {
            #expect(!theme.style(for: role).monochrome.isEmpty, "\(name): \(role.rawValue) has no mono attribute")
        }
    }

    @Test func theShippedSetIsWhatTheFolderHolds() {
        #expect(Theme.available(searchPaths: [ThemeTests.themesFolder]) == ThemeTests.shipped.sorted())
    }

    @Test func monochromeUsesNoColourAtAll() throws {
        let theme = try Theme.load(name: "monochrome", searchPaths: [ThemeTests.themesFolder])
        for role in StyleRole.allCases {
            #expect(theme.style(for: role).foreground == .terminalDefault)
            #expect(theme.style(for: role).background == .terminalDefault)
        }
    }

    /// Approximate RGB of a theme colour (xterm's palette), for the hue check.
    static func rgb(_ c: ThemeColour) -> (Double, Double, Double)? {
        let basic: [(Double, Double, Double)] = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
                                                 (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0),
                                                 (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        switch c {
        case .terminalDefault: return nil
        case .rgb(let r, let g, let b): return (Double(r), Double(g), Double(b))
        case .indexed(let i):
            if i < 16 { return basic[i] }
            if i >= 232 { let v = Double(8 + (i - 232) * 10); return (v, v, v) }
            let steps: [Double] = [0, 95, 135, 175, 215, 255]
            let n = i - 16
            return (steps[n / 36], steps[(n / 6) % 6], steps[n % 6])
        }
    }

    /// "red", "green" or nil, by hue, ignoring greys.
    static func redOrGreen(_ c: ThemeColour) -> String? {
        guard let (r, g, b) = rgb(c) else { return nil }
        let maxV = max(r, g, b), minV = min(r, g, b)
        guard maxV - minV > 40 else { return nil }
        var hue: Double
        if maxV == r { hue = 60 * ((g - b) / (maxV - minV)) } else if maxV == g { hue = 60 * ((b - r) / (maxV - minV) + 2) } else { hue = 60 * ((r - g) / (maxV - minV) + 4) }
        if hue < 0 { hue += 360 }
        if hue < 20 || hue > 340 { return "red" }
        if hue > 80 && hue < 160 { return "green" }
        return nil
    }

    @Test func colourBlindThemeNeverUsesRedOrGreen() throws {
        let theme = try Theme.load(name: "colour-blind", searchPaths: [ThemeTests.themesFolder])
        for role in StyleRole.allCases {
            let s = theme.style(for: role)
            #expect(ThemeTests.redOrGreen(s.foreground) == nil, "\(role.rawValue) foreground \(s.foreground)")
            #expect(ThemeTests.redOrGreen(s.background) == nil, "\(role.rawValue) background \(s.background)")
        }
        // The three bands stay three different colours.
        let bands = [StyleRole.ragRed, .ragAmber, .ragGreen].map { theme.style(for: $0).foreground }
        #expect(Set(bands).count == 3)
    }

    @Test func theHueCheckWouldCatchTheDefaultTheme() throws {
        let theme = try Theme.load(name: "default", searchPaths: [ThemeTests.themesFolder])
        #expect(ThemeTests.redOrGreen(theme.style(for: .ragRed).foreground) == "red")
        #expect(ThemeTests.redOrGreen(theme.style(for: .ragGreen).foreground) == "green")
    }

    @Test(arguments: [
        ("default", ThemeColour.terminalDefault), ("red", .indexed(1)), ("bright-white", .indexed(15)), ("GREY", .indexed(8)),
        ("orange", .indexed(208)), ("0", .indexed(0)), ("255", .indexed(255)), ("colour42", .indexed(42)), ("color7", .indexed(7)),
        ("#FF8700", .rgb(255, 135, 0)), ("#000000", .rgb(0, 0, 0)),
    ])
    func coloursParse(_ word: String, _ colour: ThemeColour) {
        #expect(ThemeColour(parsing: word) == colour)
        #expect(ThemeColour(parsing: colour.description) == colour)
    }

    @Test(arguments: ["256", "-1", "#ff870", "#gg0000", "blu", "colour", "color300", ""])
    func badColoursAreRefused(_ word: String) {
        #expect(ThemeColour(parsing: word) == nil)
    }

    @Test func aColourLineSetsEverything() throws {
        let t = try parse("color selection #ff8700 24 bold underline\nmono selection reverse bold")
        let s = t.style(for: .selection)
        #expect(s.foreground == .rgb(255, 135, 0))
        #expect(s.background == .indexed(24))
        #expect(s.attributes == [.bold, .underline])
        #expect(s.monochrome == [.reverse, .bold])
    }

    @Test func missingRolesFallBackToNormalAndBuiltInMono() throws {
        let t = try parse("color normal white black bold\ncolor heading yellow black")
        #expect(t.style(for: .muted).foreground == .indexed(7))
        #expect(t.style(for: .muted).background == .indexed(0))
        #expect(t.style(for: .muted).attributes == [])
        #expect(t.style(for: .selection).monochrome == .reverse)
        #expect(t.style(for: .heading).foreground == .indexed(3))
    }

    @Test func commentsAndHashColoursAreTellApart() throws {
        let t = try parse("# a comment\ncolor graph #00ff00 default # trailing comment\n\n   \t\nmono graph normal # none")
        #expect(t.style(for: .graph).foreground == .rgb(0, 255, 0))
        #expect(t.style(for: .graph).monochrome == [])
    }

    @Test func everyMistakeIsReportedWithItsLine() {
        let text = """
        description Broken on purpose
        color selction black cyan
        color normal blu default
        color heading white default blod
        color title white
        mono border
        mono muted normal bold
        shade normal
        color normal default default
        color normal default default
        """
        #expect(issues(text) == [
            "t.theme:2: unknown role \"selction\" (did you mean \"selection\"?); roles are listed in docs/themes.md",
            "t.theme:3: unknown colour \"blu\" (did you mean \"blue\"?): use default, a colour name, 0-255 or #rrggbb",
            "t.theme:4: bad attribute \"blod\" (did you mean \"bold\"?): use bold, underline, reverse, dim, italic or normal",
            "t.theme:5: missing field: color needs a role, a foreground and a background (color <role> <fg> <bg> [attributes])",
            "t.theme:6: missing field: mono needs a role and at least one attribute (mono <role> <attribute>; use \"normal\" for none)",
            "t.theme:7: bad attribute: \"normal\" means no attribute and cannot be combined with others",
            "t.theme:8: unknown command \"shade\": expected description, color or mono",
            "t.theme:10: normal already has a color line (line 9)",
        ])
    }

    @Test func aMissingThemeSaysWhereItLooked() {
        #expect(throws: ConfigError.self) { try Theme.load(name: "nope", searchPaths: [ThemeTests.themesFolder]) }
        do {
            _ = try Theme.load(name: "nope", searchPaths: [ThemeTests.themesFolder])
        } catch {
            let text = "\(error)"
            #expect(text.contains("no theme named \"nope\""))
            #expect(text.contains("available: colour-blind, default, high-contrast, light, monochrome"))
        }
        #expect(throws: ConfigError.self) { try Theme.load(name: "../etc/passwd", searchPaths: [ThemeTests.themesFolder]) }
    }

    @Test func aBrokenFileNamesItsPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "color normal default default\ncolor link nope default\n".write(to: folder.appendingPathComponent("mine.theme"), atomically: true, encoding: .utf8)
        do {
            _ = try Theme.load(name: "mine", searchPaths: [folder.path, ThemeTests.themesFolder])
            Issue.record("a broken theme loaded")
        } catch let e as ConfigError {
            #expect(e.issues.count == 1)
            #expect(e.issues[0].file == folder.appendingPathComponent("mine.theme").path)
            #expect(e.issues[0].line == 2)
        }
    }

    @Test func userFoldersComeFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "description mine\n".write(to: folder.appendingPathComponent("default.theme"), atomically: true, encoding: .utf8)
        #expect(try Theme.load(name: "default", searchPaths: [folder.path, ThemeTests.themesFolder]).description == "mine")
    }

    @Test func docsListEveryRole() throws {
        let docs = try String(contentsOfFile: ThemeTests.themesFolder + "/../docs/themes.md", encoding: .utf8)
        for role in StyleRole.allCases { #expect(docs.contains("| `\(role.rawValue)` |"), "\(role.rawValue)") }
    }
}
