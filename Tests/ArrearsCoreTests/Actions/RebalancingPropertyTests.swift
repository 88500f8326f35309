import Testing
@testable import ArrearsCore

/// Rebalancing over many random teams: a suggestion never moves cases to the heavier officer, no
/// officer both gives and receives, no case is moved twice, and accepting every suggestion leaves the
/// side no further apart than before.
@Suite struct RebalancingPropertyTests {
    static let asOf = CivilDate(year: 2026, month: 3, day: 18)!

    static func row(_ ref: String, _ officer: String, _ n: Int, court: Bool) -> CaseSummary {
        CaseSummary(ref: ref, paymentRef: ref, type: .secure, debtKind: nil, patch: "P", officer: officer, tenantName: ref,
                    shortAddress: "", postcode: "", balance: Money(pounds: 100), collectableArrears: Money(pounds: 100),
                    daysInArrears: 10, band: Band.allCases[n % 3], score: n % 97, actionId: "no_action", actionLabel: "No action",
                    lastActionCode: nil, lastActionDate: nil, agreementState: nil,
                    courtDate: court ? asOf.adding(days: 10) : nil, evictionDate: nil, pauseUntil: nil, pauseReason: nil,
                    pauseComment: nil, holds: [], lastLetterCode: nil, lastLetterDate: nil, asOf: asOf, explanationJSON: "{}", version: 1)
    }

    @Test(arguments: 0..<200)
    func suggestionsNeverContradictOrOverfill(seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &* 2_654_435_761 &+ 1)
        let officers = (0..<rng.int(2...7)).map { "agent.\($0)" }
        let users = officers.map { User(login: $0, displayName: $0, role: .agent, patches: []) }
        var rows: [CaseSummary] = []
        var loads: [String: Int] = [:]
        for officer in officers {
            let n = rng.int(0...120)
            loads[officer] = n
            rows += (0..<n).map { Self.row("\(officer)-\($0)", officer, $0, court: rng.chance(0.1)) }
        }
        let suggestions = Rebalancing.suggest(rows, users: users)
        let givers = Set(suggestions.map(\.from)), receivers = Set(suggestions.map(\.to))
        #expect(givers.isDisjoint(with: receivers), "an officer both gives and receives: \(suggestions.map(\.text))")
        let moved = suggestions.flatMap(\.refs)
        #expect(Set(moved).count == moved.count, "a case is moved twice")
        var after = loads
        for s in suggestions {
            #expect(!s.refs.isEmpty && s.from != s.to)
            #expect(s.refs.allSatisfy { $0.hasPrefix(s.from + "-") }, "only the giver's own cases move")
            // Accepted alone, it never leaves the receiver heavier than the giver.
            #expect(loads[s.to]! + s.refs.count <= loads[s.from]! - s.refs.count, "\(s.text) with loads \(loads)")
            after[s.from]! -= s.refs.count
            after[s.to]! += s.refs.count
        }
        let spread = { (l: [String: Int]) in l.values.max()! - l.values.min()! }
        #expect(spread(after) <= spread(loads))
        // And accepted together, no receiver ends above any giver.
        for g in givers { for r in receivers { #expect(after[r]! <= after[g]!) } }
    }
}
