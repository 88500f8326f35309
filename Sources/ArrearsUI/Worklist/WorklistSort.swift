import ArrearsCore

/// The orders the worklist offers. Each has the direction people expect first; `S` reverses it.
public enum WorklistSort: String, CaseIterable, Sendable {
    /// Red before amber before green (clear last), then highest score first; debts waiting to move to a
    /// former-tenant account come after every live case, in their own group (docs/policy.md §3).
    case bandScore = "band"
    case balance
    case daysInArrears = "days"
    /// Least recently actioned first: the cases nobody has touched.
    case lastAction = "last-action"
    case reference
    /// The tab's own date (pause end, court date, eviction date), soonest first.
    case date

    public var title: String {
        switch self {
        case .bandScore: return "band, score"
        case .balance: return "balance"
        case .daysInArrears: return "days in arrears"
        case .lastAction: return "last action"
        case .reference: return "reference"
        case .date: return "date"
        }
    }

    public static func choices(for tab: WorklistTab) -> [WorklistSort] {
        let general: [WorklistSort] = [.bandScore, .balance, .daysInArrears, .lastAction, .reference]
        return tab.isDateTab ? [.date] + general : general
    }

    public static func initial(for tab: WorklistTab) -> WorklistSort { choices(for: tab)[0] }

    /// What the order compares, smallest first: a pair of integers per case, so that sorting 100,000
    /// rows compares numbers rather than whole summaries. `.reference` is ordered by the index's
    /// reference ranks instead. Ties keep the order the data source gave (reference order).
    public func key(_ s: CaseSummary, tab: WorklistTab) -> (Int64, Int64) {
        switch self {
        case .bandScore: return (Int64((s.awaitsTransfer ? Band.allCases.count : 0) + s.band.rank), -Int64(s.score))
        case .balance: return (-s.balance.pence, 0)
        case .daysInArrears: return (-Int64(s.daysInArrears), 0)
        case .lastAction: return (Int64(s.lastActionDate?.dayNumber ?? Int32.min), 0)
        case .date: return (Int64(tab.date(of: s)?.dayNumber ?? Int32.max), 0)
        case .reference: return (0, 0)
        }
    }
}
