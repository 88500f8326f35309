/// "Move N cases from A to B": suggestions that even out caseloads between officers of the same side
/// (collection agents for rent cases, leasehold officers for leasehold ones). Team leads are not given
/// cases by a suggestion; they can take them by reassigning by hand.
public struct RebalanceSuggestion: Equatable, Sendable {
    public var from: String
    public var to: String
    /// The cases to move, chosen so as to disturb least: green before amber before red, lowest score
    /// first; cases with a court or eviction date stay with the officer who knows them.
    public var refs: [String]

    public var text: String { "Move \(CaseActions.count(refs.count, "case")) from \(from) to \(to)" }
}

public enum Rebalancing {
    /// Suggest moves while the busiest and quietest officers of a side differ by more than a fifth of
    /// the average load and at least `minimumGap` cases. `caseload` are the cases that count
    /// (`Caseload.includes`), the same the screens count, so "from 60 to 52" is what the screens show.
    ///
    /// Each officer only gives or only receives, never both, and no move takes a receiver above the
    /// average or a giver below it: a suggestion never moves cases to the heavier officer, and no two
    /// suggestions contradict each other, whichever of them are accepted.
    public static func suggest(_ caseload: [CaseSummary], users: [User], minimumGap: Int = 5) -> [RebalanceSuggestion] {
        ServiceArea.allCases.flatMap { area in
            suggest(caseload.filter { $0.type.serviceArea == area }, officers: officers(for: area, users), minimumGap: minimumGap)
        }
    }

    static func officers(for area: ServiceArea, _ users: [User]) -> [String] {
        let role: Role = area == .rent ? .agent : .leaseholdOfficer
        return users.filter { !$0.disabled && $0.role == role }.map(\.login).sorted()
    }

    private static func suggest(_ rows: [CaseSummary], officers: [String], minimumGap: Int) -> [RebalanceSuggestion] {
        guard officers.count >= 2 else { return [] }
        var held: [String: [CaseSummary]] = [:]
        for login in officers { held[login] = [] }
        for row in rows { if let officer = row.officer, held[officer] != nil { held[officer]!.append(row) } }
        for login in officers { held[login]!.sort(by: movableFirst) }
        let loads = held.mapValues(\.count)
        let total = loads.values.reduce(0, +)
        let low = total / officers.count
        let high = low + (total % officers.count == 0 ? 0 : 1)
        let gapAllowed = max(minimumGap, Int((Double(total) / Double(officers.count) / 5).rounded(.up)))
        guard let busiest = loads.values.max(), let quietest = loads.values.min(), busiest - quietest > gapAllowed else { return [] }

        // Givers hold more than the average (rounded up), receivers less than it (rounded down).
        var excess = officers.filter { loads[$0]! > high }.map { ($0, loads[$0]! - high) }
        var deficit = officers.filter { loads[$0]! < low }.map { ($0, low - loads[$0]!) }
        excess.sort { ($0.1, $1.0) > ($1.1, $0.0) }
        deficit.sort { ($0.1, $1.0) > ($1.1, $0.0) }
        var next: [String: Int] = [:]
        var suggestions: [RebalanceSuggestion] = []
        var d = 0
        for (giver, surplus) in excess {
            var left = surplus
            // Cases with a court or eviction date stay with the officer who knows them.
            let movable = held[giver]!.filter { $0.courtDate == nil && $0.evictionDate == nil }
            while left > 0, d < deficit.count {
                let (receiver, need) = deficit[d]
                let start = next[giver, default: 0]
                let k = min(left, need, movable.count - start)
                guard k > 0 else { break }
                suggestions.append(RebalanceSuggestion(from: giver, to: receiver, refs: movable[start..<(start + k)].map(\.ref)))
                next[giver] = start + k
                left -= k
                deficit[d].1 -= k
                if deficit[d].1 == 0 { d += 1 }
            }
        }
        return suggestions.sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    }

    private static func movableFirst(_ a: CaseSummary, _ b: CaseSummary) -> Bool {
        (-a.band.rank, a.score, a.ref) < (-b.band.rank, b.score, b.ref)
    }
}
