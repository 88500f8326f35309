import Foundation
import Testing
@testable import ArrearsCore

@Suite struct CaseloadTests {
    typealias F = ActionFixtures

    static func row(_ ref: String, _ officer: String?, _ band: Band, pounds: Int64 = 100, type: AccountType = .secure,
                    lastAction: String? = "2026-11-20", pauseUntil: String? = nil, score: Int = 50, courtDate: String? = nil) -> CaseSummary {
        var s = FakeEngine().classify(F.rentCase(ref: ref, type: type))
        s.officer = officer; s.band = band; s.balance = Money(pounds: pounds); s.score = score
        s.lastActionDate = lastAction.map(F.date); s.pauseUntil = pauseUntil.map(F.date); s.courtDate = courtDate.map(F.date)
        return s
    }

    @Test func perOfficerCountsArrearsAndBands() {
        let rows = [
            Self.row("A", "amy.agent", .red, pounds: 900), Self.row("B", "amy.agent", .amber, pounds: 100),
            Self.row("C", "leo.lease", .green, pounds: 50, type: .leasehold), Self.row("D", nil, .red, pounds: 10),
            Self.row("E", "amy.agent", .green, pounds: -20),
        ]
        let report = CaseloadReport.build(summaries: rows, users: F.users, asOf: F.asOf)
        #expect(report.officers.map(\.officer) == ["amy.agent", "aziz.agent", "leo.lease", "tara.lead", nil])
        let amy = report.officers[0]
        #expect((amy.cases, amy.arrears, amy.red, amy.amber, amy.green) == (2, Money(pounds: 1_000), 1, 1, 0), "a case in credit is not caseload")
        #expect(report.officers[1].cases == 0)
        #expect(report.officers[4].displayName == "Not held by anyone")
    }

    @Test func neglectedCasesAndPausesEndingSoon() {
        let rows = [
            Self.row("R-old", "amy.agent", .red, lastAction: "2026-09-01"),
            Self.row("R-never", "amy.agent", .red, lastAction: nil),
            Self.row("R-new", "amy.agent", .red, lastAction: "2026-11-29"),
            Self.row("A-28", "amy.agent", .amber, lastAction: "2026-11-02"),
            Self.row("A-27", "amy.agent", .amber, lastAction: "2026-11-03"),
            Self.row("P-quiet", "amy.agent", .amber, lastAction: "2026-10-01", pauseUntil: "2026-12-07"),
            Self.row("P-later", "amy.agent", .amber, pauseUntil: "2026-12-08"),
            Self.row("P-lapsed", "amy.agent", .amber, pauseUntil: "2026-11-30"),
        ]
        let report = CaseloadReport.build(summaries: rows, users: F.users, asOf: F.asOf)
        #expect(report.oldestUntouchedRed.map(\.ref) == ["R-never", "R-old", "R-new"])
        #expect(report.noRecentAction.map(\.ref) == ["R-never", "R-old", "A-28"], "28 days or more, paused cases aside")
        #expect(report.pausesEndingSoon.map(\.ref) == ["P-quiet"])
    }

    @Test func rebalancingMovesTheLeastDisruptiveCasesBetweenOfficersOfOneSide() {
        var rows = (1...30).map { n in
            Self.row("AMY-\(100 + n)", "amy.agent", n <= 10 ? .red : (n <= 20 ? .amber : .green), score: 100 - n,
                     courtDate: n == 30 ? "2027-01-10" : nil)
        }
        rows += (1...2).map { Self.row("AZIZ-\($0)", "aziz.agent", .amber) }
        rows += (1...40).map { Self.row("LEO-\($0)", "leo.lease", .amber, type: .leasehold) }
        let suggestions = Rebalancing.suggest(rows, users: F.users)
        #expect(suggestions.count == 1, "leo.lease is the only leasehold officer, so there is nobody to share with")
        let move = suggestions[0]
        #expect((move.from, move.to, move.refs.count) == ("amy.agent", "aziz.agent", 14))
        #expect(!move.refs.contains("AMY-130"), "a case with a court date stays")
        #expect(move.refs.prefix(9) == ["AMY-129", "AMY-128", "AMY-127", "AMY-126", "AMY-125", "AMY-124", "AMY-123", "AMY-122", "AMY-121"],
                "green first, lowest score first")
        #expect(move.text == "Move 14 cases from amy.agent to aziz.agent")
    }

    @Test func aSmallDifferenceIsLeftAlone() {
        let rows = (1...12).map { Self.row("AMY-\($0)", "amy.agent", .amber) } + (1...8).map { Self.row("AZ-\($0)", "aziz.agent", .amber) }
        #expect(Rebalancing.suggest(rows, users: F.users).isEmpty)
    }

    @Test(arguments: StoreKind.tested) func acceptingASuggestionReassignsItsCases(kind: StoreKind) throws {
        let cases = (1...12).map { F.rentCase(ref: "R\($0)") }
        let world = try F.world(kind: kind, cases: cases)
        let report = CaseloadReport.build(summaries: try world.store.summaries(), users: try world.store.users(), asOf: F.asOf)
        let suggestion = try #require(report.suggestions.first)
        #expect((suggestion.from, suggestion.to, suggestion.refs.count) == ("amy.agent", "aziz.agent", 6))
        #expect(try world.actions(F.teamLead).accept(suggestion) == "Reassigned 6 cases to aziz.agent")
        let after = CaseloadReport.build(summaries: try world.store.summaries(), users: try world.store.users(), asOf: F.asOf)
        #expect(after.officers.filter { $0.role == .agent }.map(\.cases) == [6, 6])
        #expect(after.suggestions.isEmpty)
    }
}
