import Testing
import ArrearsCore
@testable import ArrearsUI

/// Every screen and state at three sizes, text and roles. Re-record named ones with `ARREARS_RECORD=name swift test` (docs/testing.md).
@Suite struct GoldenScreenTests {
    struct Scenario: CustomStringConvertible, Sendable {
        var name: String
        var user: User = FixtureData.agent
        var ascii = false
        var keys: String = ""
        var description: String { name }
    }

    static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (60, 20)]

    static let scenarios: [Scenario] = [
        Scenario(name: "worklist"),
        Scenario(name: "worklist-selected", keys: "jj"),
        Scenario(name: "worklist-paused", keys: "2"),
        Scenario(name: "worklist-full-patch-by-balance", keys: "3s"),
        Scenario(name: "worklist-court-dates", keys: "4"),
        Scenario(name: "worklist-evictions", keys: "5"),
        Scenario(name: "worklist-filter-editor", keys: "fl<Down><Right>"),
        Scenario(name: "worklist-filtered", keys: "f<Down><Right><Enter>"),
        Scenario(name: "worklist-empty", keys: "5f<Down><Left><Left><Enter>"),
        Scenario(name: "worklist-search", keys: "/e9"),
        Scenario(name: "worklist-search-kept", keys: "/e9<Enter>n"),
        Scenario(name: "worklist-help", keys: "?"),
        Scenario(name: "worklist-why", keys: "jjw"),
        Scenario(name: "palette", keys: ":"),
        Scenario(name: "palette-query", keys: ":srt"),
        Scenario(name: "leasehold-worklist", user: FixtureData.leaseholdOfficer),
        Scenario(name: "case-overview", keys: "jj<Enter>"),
        Scenario(name: "case-timeline", keys: "jj<Enter>jjj<Enter>"),
        Scenario(name: "case-other-charges", keys: "jj<Enter>jo"),
        Scenario(name: "case-court-and-eviction", keys: "<Enter>"),
        Scenario(name: "case-paused", keys: "2<Enter>"),
        Scenario(name: "case-hold", keys: "fl<Enter>/kwame<Enter><Enter>"),
        Scenario(name: "case-diary", keys: "jj<Enter>2"),
        Scenario(name: "case-transactions", keys: "jj<Enter>3j"),
        Scenario(name: "case-letters", keys: "jj<Enter>4"),
        Scenario(name: "case-agreements", keys: "jj<Enter>5"),
        Scenario(name: "case-court", keys: "j<Enter>6"),
        Scenario(name: "case-why", keys: "jj<Enter>w"),
        Scenario(name: "case-help", keys: "jj<Enter>?"),
        Scenario(name: "case-ascii", ascii: true, keys: "jj<Enter>"),
        Scenario(name: "confirm", user: FixtureData.teamLead, keys: "cjjjja"),
        Scenario(name: "team-lead", user: FixtureData.teamLead),
        Scenario(name: "team-lead-cell", user: FixtureData.teamLead, keys: "jll"),
        Scenario(name: "team-lead-lower", user: FixtureData.teamLead, keys: "G"),
        Scenario(name: "team-lead-leasehold", user: FixtureData.teamLead, keys: "<Tab>"),
        Scenario(name: "team-lead-drill", user: FixtureData.teamLead, keys: "<Enter>"),
        Scenario(name: "caseload", user: FixtureData.teamLead, keys: "c"),
        Scenario(name: "caseload-lower", user: FixtureData.teamLead, keys: "cG"),
        Scenario(name: "case-audit", user: FixtureData.teamLead, keys: "W/0101001<Enter><Enter>7"),
        Scenario(name: "worklist-marked", user: FixtureData.teamLead, keys: "W<Space>j<Space>"),
    ]

    @Test(arguments: scenarios)
    func screen(_ scenario: Scenario) {
        for (w, h) in GoldenScreenTests.sizes {
            var app = App(environment: AppEnvironment(data: FixtureData(user: scenario.user),
                                                      glyphs: scenario.ascii ? .ascii : .unicode))
            _ = app.render(width: w, height: h)
            if !scenario.keys.isEmpty { app.press(scenario.keys) }
            GoldenFile.check(app.render(width: w, height: h), "\(scenario.name)-\(w)x\(h)")
        }
    }

    @Test(arguments: [(59, 24), (80, 15), (40, 10)])
    func tooSmall(_ width: Int, _ height: Int) {
        var app = App(environment: AppEnvironment(data: FixtureData()))
        app.press("jj<Enter>")
        GoldenFile.check(app.render(width: width, height: height), "too-small-\(width)x\(height)")
    }
}
