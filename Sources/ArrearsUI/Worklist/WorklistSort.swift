import ArrearsCore

/// The orders the worklist offers. Each has the direction people expect first; `S` reverses it.
public enum WorklistSort: String, CaseIterable, Sendable {
    /// Red before amber before green, then highest score first.
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

    /// True when `a` comes before `b`; ties fall back to the reference so the order is total and stable.
    public func precedes(_ a: CaseSummary, _ b: CaseSummary, tab: WorklistTab) -> Bool {
        switch self {
        case .bandScore:
            if a.band != b.band { return a.band < b.band }
            if a.score != b.score { return a.score > b.score }
        case .balance:
            if a.balance != b.balance { return a.balance > b.balance }
        case .daysInArrears:
            if a.daysInArrears != b.daysInArrears { return a.daysInArrears > b.daysInArrears }
        case .lastAction:
            let da = a.lastActionDate?.dayNumber ?? Int32.min, db = b.lastActionDate?.dayNumber ?? Int32.min
            if da != db { return da < db }
        case .date:
            let da = tab.date(of: a)?.dayNumber ?? Int32.max, db = tab.date(of: b)?.dayNumber ?? Int32.max
            if da != db { return da < db }
        case .reference:
            break
        }
        return a.ref < b.ref
    }
}
