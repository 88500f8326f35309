import Testing
import ArrearsCore
@testable import ArrearsUI

/// The team lead's caseload screen, accepting a suggestion, and reassigning cases and patches by keys.
@Suite struct CaseloadScreenTests {
    /// Amy holds the fixture's cases and twelve more on her patch; Wes holds one: moving 9 is suggested.
    static func lopsided() throws -> StoreWorld {
        let extra = Fixtures.many(12).cases
        return try StoreWorld(user: FixtureData.teamLead, cases: Fixtures.cases + extra)
    }

    @Test func theCaseloadScreenIsReachedFromTheTeamLeadViewAndListsEveryOfficer() throws {
        let world = try Self.lopsided()
        world.press("c")
        #expect(world.app.breadcrumbs == ["Team lead (rents)", "Caseloads"])
        let screen = world.screen(120, 50)
        #expect(screen.contains("Amy Agent · collection agent"))
        #expect(screen.contains("Wes Agent · collection agent"))
        #expect(screen.contains("Lee Officer · leasehold officer"))
        #expect(screen.contains("Rebalancing suggestions (1)"))
        #expect(screen.contains("Move 9 cases from Amy Agent to Wes Agent"))
        #expect(screen.contains("Oldest untouched red cases"))
        #expect(screen.contains("Pauses ending within 7 days (0)"))
    }

    @Test func acceptingASuggestionMovesItsCasesInOneConfirmedStep() throws {
        let world = try Self.lopsided()
        world.press("c")
        let report = try #require(world.app.caseloadScreen?.report)
        let suggestion = try #require(report.suggestions.first)
        world.press("a")
        #expect(world.app.message?.text == "Move to a suggestion (under Rebalancing suggestions) to accept it.")
        // Down past the officers to the suggestion.
        for _ in report.officers.filter({ $0.officer != nil }) { world.press("j") }
        world.press("a")
        guard let prompt = world.app.overlay as? ConfirmPrompt else { Issue.record("a did not ask"); return }
        #expect(prompt.question == "Move 9 cases from Amy Agent to Wes Agent? Each case's diary records it.")
        #expect(world.press("y") == [.perform(.acceptSuggestion(suggestion))])
        for ref in suggestion.refs {
            #expect(try world.load(ref).account.assignedTo == "wagent")
            #expect(try world.load(ref).diary.last?.code == "ASN")
        }
        #expect(world.app.message?.text == "Reassigned 9 cases to wagent")
        #expect(world.app.caseloadScreen?.report.suggestions.isEmpty == true, "the screen shows the new loads")
        let wes = world.app.caseloadScreen?.report.officers.first { $0.officer == "wagent" }
        #expect(wes?.cases == 10)
    }

    @Test func enterOnAnOfficerOpensTheirCasesAndOnACaseOpensIt() throws {
        let world = try Self.lopsided()
        world.press("cjjj<Enter>")
        #expect(world.app.worklist?.filter.officer == "wagent")
        #expect(world.app.worklist?.tab == .fullPatch)
        world.press("<Esc>G<Enter>")
        #expect(world.app.caseScreen != nil)
    }

    @Test func markedCasesAreReassignedToTheOfficerChosen() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("W")
        let first = try #require(world.app.worklist?.selectedSummary?.ref)
        world.press("<Space>")
        let second = try #require(world.app.worklist?.selectedSummary?.ref)
        world.press("<Space>")
        #expect(world.app.worklist?.marks == [first, second])
        #expect(world.app.message?.text == "2 marked; r reassigns them, x clears the marks.")
        #expect(world.screen().contains("2 marked"))
        world.press("r")
        world.app.type("wes")
        world.press("<Enter>")
        #expect(world.app.currentContext == .confirm)
        world.press("y")
        #expect(try world.load(first).account.assignedTo == "wagent")
        #expect(try world.load(second).account.assignedTo == "wagent")
        #expect(world.app.worklist?.marks.isEmpty == true)
        #expect(world.app.worklist?.index.summaries.first { $0.ref == first }?.officer == "wagent")
    }

    @Test func officersWhoCannotHoldTheCasesAreNotOffered() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("W")
        world.press("r")
        let choices: [String] = {
            guard case .choice(let p)? = world.app.form?["Officer"].kind else { return [] }
            return p.choices.map(\.id)
        }()
        #expect(choices.contains("wagent") && choices.contains("tlead"))
        #expect(!choices.contains("lofficer"), "a leasehold officer cannot hold a rent case")
        #expect(!choices.contains("audit"))
    }

    @Test func aPatchIsReassignedByKeys() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("WP")
        world.app.type("e02")
        world.press("<Tab>")
        world.app.type("wes")
        world.press("<Enter>")
        guard let f = world.app.overlay as? FormOverlay, case .confirmingSubmit(let question, _) = f.form.phase else {
            Issue.record("no question"); return
        }
        #expect(question == "Move patch E02 from Amy Agent (aagent) to Wes Agent (wagent)? Its cases move at once, except cases assigned to someone directly.")
        world.press("y")
        #expect(try world.store.user(login: "wagent")?.patches.contains("E02") == true)
        #expect(world.app.worklist?.index.summaries.filter { $0.patch == "E02" }.allSatisfy { $0.officer == "wagent" } == true)
    }

    @Test func agentsHaveNoReassignmentKeys() throws {
        let world = try StoreWorld()
        world.press("<Space>")
        #expect(world.app.worklist?.marks.isEmpty == true)
        #expect(world.app.message?.text == "Refused: aagent (Collection agent) may not reassign cases: only team leads may reassign cases.")
        world.press("c")
        #expect(world.app.breadcrumbs == ["Worklist (Immediate actions)"])
    }
}
