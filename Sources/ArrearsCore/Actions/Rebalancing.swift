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
    /// the average load and at least `minimumGap` cases; each move halves the difference.
    public static func suggest(_ open: [CaseSummary], users: [User], minimumGap: Int = 5) -> [RebalanceSuggestion] {
        ServiceArea.allCases.flatMap { area in
            suggest(open.filter { $0.type.serviceArea == area }, officers: officers(for: area, users), minimumGap: minimumGap)
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
        let average = Double(held.values.reduce(0) { $0 + $1.count }) / Double(officers.count)
        let gapAllowed = max(minimumGap, Int((average / 5).rounded(.up)))

        var moves: [String: [String: [String]]] = [:]
        // A case moves at most once, so accepting any one suggestion alone does what it says.
        var moved = Set<String>()
        for _ in 0..<(officers.count * officers.count) {
            let ranked = officers.sorted { (held[$0]!.count, $0) < (held[$1]!.count, $1) }
            let quietest = ranked.first!, busiest = ranked.last!
            let gap = held[busiest]!.count - held[quietest]!.count
            guard gap > gapAllowed else { break }
            let movable = held[busiest]!.filter { !moved.contains($0.ref) && $0.courtDate == nil && $0.evictionDate == nil }
            let taken = Array(movable.prefix(gap / 2))
            if taken.isEmpty { break }
            let takenRefs = Set(taken.map(\.ref))
            moved.formUnion(takenRefs)
            held[busiest]!.removeAll { takenRefs.contains($0.ref) }
            held[quietest]!.append(contentsOf: taken)
            moves[busiest, default: [:]][quietest, default: []].append(contentsOf: taken.map(\.ref))
        }
        return moves.keys.sorted().flatMap { from in
            moves[from]!.keys.sorted().map { to in RebalanceSuggestion(from: from, to: to, refs: moves[from]![to]!) }
        }
    }

    private static func movableFirst(_ a: CaseSummary, _ b: CaseSummary) -> Bool {
        (-a.band.rank, a.score, a.ref) < (-b.band.rank, b.score, b.ref)
    }
}
