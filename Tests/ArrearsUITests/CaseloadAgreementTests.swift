import Testing
import ArrearsCore
@testable import ArrearsUI

/// One caseload definition (`Caseload`): the team lead view's officer table, the reassign picker and
/// the caseload screen give every officer the same number, paused cases included in none of them.
@Suite struct CaseloadAgreementTests {
    @Test func theThreeScreensCountEachOfficerAlike() throws {
        let data = FixtureData(user: FixtureData.teamLead)
        let summaries = try data.summaries()
        let users = try data.users()
        let asOf = Fixtures.asOf
        #expect(summaries.contains { $0.isPaused(asOf: asOf) && $0.balance.isPositive && $0.officer != nil },
                "the fixture has a paused case someone holds, the case the counts used to disagree on")

        let name: (String?) -> String = { login in users.first { $0.login == login }?.displayName ?? login ?? "nobody" }
        var teamLead: [String: Int] = [:]
        for area in ServiceArea.allCases {
            let report = TeamLeadReport(groups: SummaryGroups(summaries), area: area, asOf: asOf, snapshots: [], letters: [:],
                                        officerName: name, glyphs: .unicode)
            let table = try #require(report.tables.first { $0.title == "Caseload by band and officer" })
            for row in table.rows {
                let login = try #require(users.first { $0.displayName == row.label }?.login)
                teamLead[login, default: 0] += Int(row.cells.last!.shortText.replacingOccurrences(of: ",", with: ""))!
            }
        }
        let picker = OfficerChoices(users: users, loads: Caseload.sizes(summaries, asOf: asOf))
        let screen = CaseloadReport.build(summaries: summaries, users: users, asOf: asOf)
        for user in users where user.role.worksCases && !user.disabled {
            let shown = screen.officers.first { $0.officer == user.login }?.cases ?? 0
            #expect((teamLead[user.login] ?? 0) == shown, "\(user.login): team lead view vs caseload screen")
            let label = picker.choices(for: [.secure]).first { $0.id == user.login }?.label
            if let label { #expect(label.hasSuffix("caseload \(shown)"), "\(user.login): reassign picker says \(label)") }
        }
    }
}
