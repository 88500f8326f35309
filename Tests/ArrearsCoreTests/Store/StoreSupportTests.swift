import Testing
@testable import ArrearsCore

@Suite struct DatabaseLocationTests {
    static let home = "/home/zoe"

    @Test(arguments: [
        ("/srv/arrears/team.sqlite", [:], "/srv/arrears/team.sqlite"),
        ("~/db/mine.sqlite", ["ARREARS_DB": "/elsewhere.sqlite"], "/home/zoe/db/mine.sqlite"),
        (nil, ["ARREARS_DB": "/data/arrears.sqlite", "XDG_DATA_HOME": "/xdg"], "/data/arrears.sqlite"),
        ("", ["ARREARS_DB": "relative.sqlite"], "relative.sqlite"),
        (nil, ["ARREARS_DB": "", "XDG_DATA_HOME": "/xdg/data"], "/xdg/data/arrears/workbench.sqlite"),
        (nil, ["XDG_DATA_HOME": "/xdg/data/"], "/xdg/data/arrears/workbench.sqlite"),
        (nil, ["XDG_DATA_HOME": "relative/data"], "/home/zoe/.local/share/arrears/workbench.sqlite"),
        (nil, ["XDG_DATA_HOME": ""], "/home/zoe/.local/share/arrears/workbench.sqlite"),
        (nil, [:], "/home/zoe/.local/share/arrears/workbench.sqlite"),
    ] as [(String?, [String: String], String)])
    func resolves(flag: String?, environment: [String: String], expected: String) {
        #expect(DatabaseLocation.resolve(flag: flag, environment: environment, home: Self.home) == expected)
    }
}

@Suite struct StringListCodecTests {
    @Test(arguments: [
        [], [""], ["Flat 3", "Clapton Square"], ["Zoë", "Łukasz", "Nguyễn", "😀 emoji"],
        ["quote \" backslash \\ slash /", "tab\tnew\nline\r", "control \u{01}\u{1F}"],
    ] as [[String]])
    func roundTrips(list: [String]) {
        #expect(StringListCodec.decode(StringListCodec.encode(list)) == list)
    }

    @Test func readsEscapesOtherWritersUse() {
        #expect(StringListCodec.decode(#" [ "caf\u00e9" , "\ud83d\ude00", "a\/b" ] "#) == ["café", "😀", "a/b"])
    }

    @Test(arguments: ["", "[", "[\"open", "[1]", "[\"a\",]", "[\"a\"] x", "{}", #"["\x"]"#, #"["\ud800"]"#])
    func rejectsMalformedText(text: String) {
        #expect(StringListCodec.decode(text) == nil)
    }
}
