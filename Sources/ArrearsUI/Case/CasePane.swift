/// The panes of the case screen, in Tab order and numbered 1–6.
public enum CasePane: String, CaseIterable, Sendable {
    case overview
    case diary
    case transactions
    case letters
    case agreements
    case court

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .diary: return "Diary"
        case .transactions: return "Transactions"
        case .letters: return "Letters"
        case .agreements: return "Agreement history"
        case .court: return "Court history"
        }
    }

    public var shortTitle: String {
        switch self {
        case .transactions: return "Ledger"
        case .agreements: return "Agreements"
        case .court: return "Court"
        default: return title
        }
    }
}
