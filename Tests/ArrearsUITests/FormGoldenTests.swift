import Testing
import ArrearsCore
@testable import ArrearsUI

/// Every form empty, filled in, and refusing a value, at 80×24; filled in also at 120×40 and 60×20.
/// Re-record named ones with `ARREARS_RECORD=name swift test` (docs/testing.md).
@Suite struct FormGoldenTests {
    /// A key run in binding-file notation, or text typed as it is (spaces included).
    enum Step: Sendable {
        case keys(String)
        case text(String)
    }

    struct Scenario: CustomStringConvertible, Sendable {
        var name: String
        var user: User = FixtureData.agent
        var empty: [Step]
        var filled: [Step]
        var refused: [Step]
        var description: String { name }
    }

    static let scenarios: [Scenario] = [
        Scenario(name: "diary", empty: [.keys("jj<Enter>d")],
                 filled: [.keys("jj<Enter>d"), .text("tel"), .keys("<Down><Tab>"),
                          .text("Called Ms Okafor. She will pay £50 on Friday and has applied for Universal Credit; next call in two weeks.")],
                 refused: [.keys("jj<Enter>d<Enter>")]),
        Scenario(name: "pause", empty: [.keys("jj<Enter>p")],
                 filled: [.keys("jj<Enter>p"), .text("+2w"), .keys("<Tab>"), .text("prom"), .keys("<Tab>"), .text("Will pay £200 on Friday.")],
                 refused: [.keys("jj<Enter>p"), .text("31/02/2026"), .keys("<Enter>")]),
        Scenario(name: "promise", empty: [.keys("jj<Enter>$")],
                 filled: [.keys("jj<Enter>$"), .text("50"), .keys("<Tab>"), .text("+1w"), .keys("<Tab>"),
                          .text("Will pay at the post office on Friday.")],
                 refused: [.keys("jj<Enter>$"), .text("fifty"), .keys("<Enter>")]),
        Scenario(name: "end-pause", empty: [.keys("2<Enter>P")],
                 filled: [.keys("2<Enter>P"), .text("Paid in full at the office.")],
                 refused: [.keys("2<Enter>P"), .text(String(repeating: "Paid. ", count: 336)), .keys("<Enter>")]),
        Scenario(name: "agreement", empty: [.keys("jj<Enter>a")],
                 filled: [.keys("jj<Enter>a<Tab><Right><Tab><Right><Tab>"), .text("150"), .keys("<Tab>"), .text("+1w"),
                          .keys("<Tab>"), .text("500"), .keys("<Tab>"), .text("20/03/2026")],
                 refused: [.keys("jj<Enter>a<Tab><Tab><Tab>"), .text("0.01"), .keys("<Tab>"), .text("today"), .keys("<Enter>")]),
        Scenario(name: "cancel-agreement", empty: [.keys("jjjj<Enter>X")],
                 filled: [.keys("jjjj<Enter>X<Tab>"), .text("Tenant asked to pay monthly instead."), .keys("<Enter>")],
                 refused: [.keys("jjjj<Enter>X<Enter>")]),
        Scenario(name: "replace-agreement", empty: [.keys("jjjj<Enter>r")],
                 filled: [.keys("jjjj<Enter>r"), .text("Paid monthly now"), .keys("<Tab><Tab><Right><Right><Right><Tab>"),
                          .text("60"), .keys("<Tab>"), .text("1/4/2026")],
                 refused: [.keys("jjjj<Enter>r<Tab><Tab><Tab><Tab>"), .text("ten pounds"), .keys("<Enter>")]),
        Scenario(name: "notice", empty: [.keys("jj<Enter>n")],
                 filled: [.keys("jj<Enter>n"), .text("today")],
                 refused: [.keys("jj<Enter>n<Enter>")]),
        Scenario(name: "court-date", empty: [.keys("jj<Enter>c")],
                 filled: [.keys("jj<Enter>c"), .text("14/04/2026"), .keys("<Tab>"), .text("10:30")],
                 refused: [.keys("jj<Enter>c"), .text("14/04/2026"), .keys("<Tab>"), .text("25:00"), .keys("<Enter>")]),
        Scenario(name: "court-outcome", empty: [.keys("j<Enter>C")],
                 filled: [.keys("j<Enter>C"), .text("sot"), .keys("<Tab><Tab><Tab><Tab>y<Tab>n")],
                 refused: [.keys("j<Enter>C"), .text("sot"), .keys("<Enter>")]),
        Scenario(name: "eviction", empty: [.keys("<Enter>E")],
                 filled: [.keys("<Enter>E"), .text("15/04/2026"), .keys("<Enter>")],
                 refused: [.keys("<Enter>E"), .text("15/4/26"), .keys("<Enter>")]),
        Scenario(name: "start-hold", empty: [.keys("jj<Enter>h")],
                 filled: [.keys("jj<Enter>h"), .text("vul"), .keys("<Tab><Tab>"),
                          .text("Tenant has told us of a long-term illness; call before any visit.")],
                 refused: [.keys("jj<Enter>h"), .text("breath"), .keys("<Enter>")]),
        Scenario(name: "end-hold", empty: [.keys("fl<Enter>/kwame<Enter><Enter>H")],
                 filled: [.keys("fl<Enter>/kwame<Enter><Enter>H<Tab>"), .text("+1d")],
                 refused: [.keys("fl<Enter>/kwame<Enter><Enter>H<Tab>"), .text("yesterday"), .keys("<Enter>")]),
        // Contact details: the fields start with what is on file; Ctrl-U clears a line before typing.
        Scenario(name: "address", empty: [.keys("jj<Enter>A")],
                 filled: [.keys("jj<Enter>A<C-u>"), .text("Flat 2"), .keys("<Tab><C-u>"), .text("14 Mare Street"), .keys("<Tab><C-u>"),
                          .text("London"), .keys("<Tab><C-u><Tab><C-u><Tab><C-u>"), .text("e81hy")],
                 refused: [.keys("jj<Enter>A<C-u>"), .text("(rear) 14 Mare Street"), .keys("<Tab><C-u>"), .text("London"),
                           .keys("<Tab><C-u><Tab><C-u><Tab><C-u><Tab><C-u>"), .text("E8 1HY"), .keys("<Enter>")]),
        Scenario(name: "phones", empty: [.keys("jj<Enter>N")],
                 filled: [.keys("jj<Enter>N<C-u>"), .text("+44 7700 900123"), .keys("<Tab><C-u>"), .text("020 7946 0123")],
                 refused: [.keys("jj<Enter>N<C-u>"), .text("020 7946 0999"), .keys("<Enter>")]),
        Scenario(name: "email", empty: [.keys("jj<Enter>@")],
                 filled: [.keys("jj<Enter>@<C-u>"), .text("tenant.correct@example.org")],
                 refused: [.keys("jj<Enter>@<C-u>"), .text("tenant at example.org"), .keys("<Enter>")]),
        Scenario(name: "reassign-cases", user: FixtureData.teamLead, empty: [.keys("W<Space><Space>r")],
                 filled: [.keys("W<Space><Space>r"), .text("wes"), .keys("<Enter>")],
                 refused: [.keys("W<Space><Space>r<Enter>")]),
        Scenario(name: "reassign-patch", user: FixtureData.teamLead, empty: [.keys("WP")],
                 filled: [.keys("WP<Tab>"), .text("wes"), .keys("<Enter>")],
                 refused: [.keys("WP<Tab><Enter>")]),
    ]

    static func run(_ steps: [Step], user: User) -> App {
        var app = App(environment: AppEnvironment(data: FixtureData(user: user)))
        _ = app.render(width: 80, height: 24)
        for step in steps {
            switch step {
            case .keys(let keys): app.press(keys)
            case .text(let text): app.type(text)
            }
        }
        return app
    }

    @Test(arguments: scenarios)
    func form(_ scenario: Scenario) {
        for (state, steps) in [("empty", scenario.empty), ("filled", scenario.filled), ("refused", scenario.refused)] {
            var app = FormGoldenTests.run(steps, user: scenario.user)
            #expect(app.form != nil, "\(scenario.name) \(state) shows no form")
            GoldenFile.check(app.render(width: 80, height: 24), "form-\(scenario.name)-\(state)-80x24")
        }
        for (w, h) in [(120, 40), (60, 20)] {
            var app = FormGoldenTests.run(scenario.filled, user: scenario.user)
            GoldenFile.check(app.render(width: w, height: h), "form-\(scenario.name)-filled-\(w)x\(h)")
        }
    }
}
