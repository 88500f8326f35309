/// The team lead's caseload view, computed from the stored worklist rows and the users: who holds
/// what, what is being neglected, what comes back soon, and how to even the load.
/// Only cases in arrears (balance above zero) count as caseload, as on the worklist.
public struct CaseloadReport: Sendable {
    public var officers: [OfficerLoad]
    /// Red cases, least recently touched first (never touched first of all).
    public var oldestUntouchedRed: [CaseSummary]
    /// Cases with no diary action for `untouchedDays` or more, paused ones aside.
    public var noRecentAction: [CaseSummary]
    /// Pauses that end within `pauseHorizonDays`, soonest first.
    public var pausesEndingSoon: [CaseSummary]
    public var suggestions: [RebalanceSuggestion]

    public static func build(summaries: [CaseSummary], users: [User], asOf: CivilDate, untouchedDays: Int = 28,
                             pauseHorizonDays: Int = 7, listLimit: Int = 20) -> CaseloadReport {
        let open = summaries.filter { $0.balance.isPositive }
        let untouchedSince = asOf.adding(days: -untouchedDays)
        let byLastAction: (CaseSummary, CaseSummary) -> Bool = {
            ($0.lastActionDate?.dayNumber ?? Int32.min, $0.ref) < ($1.lastActionDate?.dayNumber ?? Int32.min, $1.ref)
        }
        let red = open.filter { $0.band == .red }.sorted(by: byLastAction)
        let stale = open.filter { !$0.isPaused(asOf: asOf) && ($0.lastActionDate.map { $0 <= untouchedSince } ?? true) }
            .sorted(by: byLastAction)
        let horizon = asOf.adding(days: pauseHorizonDays)
        let ending = open.filter { s in s.pauseUntil.map { $0 > asOf && $0 <= horizon } ?? false }
            .sorted { ($0.pauseUntil!, $0.ref) < ($1.pauseUntil!, $1.ref) }
        return CaseloadReport(officers: OfficerLoad.tally(open, users: users),
                              oldestUntouchedRed: Array(red.prefix(listLimit)),
                              noRecentAction: Array(stale.prefix(listLimit)),
                              pausesEndingSoon: Array(ending.prefix(listLimit)),
                              suggestions: Rebalancing.suggest(open, users: users))
    }
}

/// One officer's share: cases, arrears and bands. `officer` nil is the cases nobody holds.
public struct OfficerLoad: Equatable, Sendable {
    public var officer: String?
    public var displayName: String
    public var role: Role?
    public var cases: Int
    public var arrears: Money
    public var red: Int
    public var amber: Int
    public var green: Int

    /// Every enabled caseworker appears, even with no cases (they are where work can go); then any
    /// other login found on the rows; unheld cases last.
    static func tally(_ open: [CaseSummary], users: [User]) -> [OfficerLoad] {
        var loads: [String?: OfficerLoad] = [:]
        for user in users where !user.disabled && user.role.worksCases {
            loads[user.login] = OfficerLoad(officer: user.login, displayName: user.displayName, role: user.role,
                                            cases: 0, arrears: .zero, red: 0, amber: 0, green: 0)
        }
        for row in open {
            var load = loads[row.officer] ?? OfficerLoad(officer: row.officer, displayName: row.officer ?? "Not held by anyone",
                                                         role: nil, cases: 0, arrears: .zero, red: 0, amber: 0, green: 0)
            load.cases += 1
            load.arrears += row.balance
            switch row.band {
            case .red: load.red += 1
            case .amber: load.amber += 1
            case .green: load.green += 1
            case .clear: break      // not in arrears: counted as a case, in no band
            }
            loads[row.officer] = load
        }
        return loads.values.sorted { ($0.officer == nil ? 1 : 0, $0.officer ?? "") < ($1.officer == nil ? 1 : 0, $1.officer ?? "") }
    }
}
