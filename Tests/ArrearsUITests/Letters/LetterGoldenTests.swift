import Testing
import ArrearsCore
@testable import ArrearsUI

/// The letter screens at 80×24 and 120×40, text and roles, on the store-backed fixture.
/// Re-record named ones with `ARREARS_RECORD=name swift test --filter LetterGoldenTests`.
@Suite struct LetterGoldenTests {
    enum Step: Sendable {
        case keys(String)
        case text(String)
    }

    struct Scenario: CustomStringConvertible, Sendable {
        var name: String
        var user: User
        var steps: [Step]
        var description: String { name }
    }

    static let sizes: [(Int, Int)] = [(80, 24), (120, 40)]

    static func index(of id: String, offeredTo role: Role, for type: AccountType? = nil, debt: DebtKind? = nil) -> Int {
        let catalogue = LetterTemplateCatalogue.standard
        let templates = type.map { catalogue.offered(for: $0, debtKind: debt, role: role) } ?? catalogue.offered(to: role)
        return templates.firstIndex { $0.id == id }!
    }

    static func down(_ n: Int) -> String { String(repeating: "j", count: n) }

    static let openAda: [Step] = [.keys("/"), .text("Ada"), .keys("<Enter><Enter>")]
    static let bulkEntry: [Step] = [
        .keys("B" + down(index(of: "leasehold_letter_1_leasehold", offeredTo: .leaseholdOfficer)) + "<Enter>"),
        .text("LH0001, LH0004;NOPE\nLH0001\nLH0002 LH0003"),
    ]

    static let scenarios: [Scenario] = [
        Scenario(name: "letters-template-picker", user: FixtureData.agent, steps: openAda + [.keys("l")]),
        Scenario(name: "letters-preview", user: FixtureData.agent, steps: openAda + [.keys("l<Enter>")]),
        Scenario(name: "letters-preview-invalid", user: FixtureData.agent, steps: openAda + [
            .keys("l" + down(index(of: "court_date", offeredTo: .agent, for: .secure)) + "<Enter>"),
        ]),
        Scenario(name: "letters-confirm", user: FixtureData.agent, steps: openAda + [.keys("l<Enter>s")]),
        Scenario(name: "letters-pane", user: FixtureData.agent, steps: openAda + [.keys("l<Enter>sy")]),
        Scenario(name: "letters-review", user: FixtureData.agent, steps: openAda + [.keys("4v")]),
        Scenario(name: "letters-screen-filtered", user: FixtureData.teamLead, steps: [.keys("Lf<Down><Right><Enter>")]),
        Scenario(name: "letters-bulk-entry", user: FixtureData.leaseholdOfficer, steps: bulkEntry),
        Scenario(name: "letters-bulk-results", user: FixtureData.leaseholdOfficer, steps: bulkEntry + [.keys("<C-s>j")]),
    ]

    @Test(arguments: scenarios)
    func screen(_ scenario: Scenario) throws {
        for (w, h) in LetterGoldenTests.sizes {
            var world = try LetterWorld(user: scenario.user)
            _ = world.screen(w, h)
            for step in scenario.steps {
                switch step {
                case .keys(let keys): world.press(keys)
                case .text(let text): world.type(text)
                }
            }
            GoldenFile.check(world.screen(w, h), "\(scenario.name)-\(w)x\(h)")
        }
    }
}
