import ArrearsCore

/// One thing that happened on a case, for the timeline.
enum TimelineEntry: Hashable {
    case diary(DiaryEntry)
    case transaction(LedgerTransaction)

    var date: CivilDate {
        switch self {
        case .diary(let d): return d.date
        case .transaction(let t): return t.date
        }
    }
}

/// An ISO week of a case's history (Hackney's timeline, lib/hackney/income/timeline.rb).
struct TimelineWeek: Hashable {
    var start: CivilDate
    /// Every charge in the week, other charges included.
    var charged: Money = .zero
    /// Payments received (a positive amount).
    var paid: Money = .zero
    var endBalance: Money = .zero
    /// Diary entries, payments, the main charge and credits, newest first.
    var entries: [TimelineEntry] = []
    /// Charges other than the account's main charge (service charges, water, repairs), grouped.
    var otherCharges: [LedgerTransaction] = []

    var end: CivilDate { start.adding(days: 6) }
    var diaryCount: Int { entries.reduce(0) { if case .diary = $1 { return $0 + 1 } else { return $0 } } }
    var transactionCount: Int { entries.count - diaryCount + otherCharges.count }
}

enum CaseTimeline {
    /// Weeks that have anything in them, newest first, each with its end-of-week balance.
    static func weeks(of file: CaseFile) -> [TimelineWeek] {
        var byStart: [CivilDate: TimelineWeek] = [:]
        for t in file.transactions {
            let start = t.date.startOfISOWeek
            var week = byStart[start] ?? TimelineWeek(start: start)
            if t.isPayment {
                week.paid -= t.amount
                week.entries.append(.transaction(t))
            } else if t.amount.isPositive {
                week.charged += t.amount
                if TransactionCodes.mainCharges.contains(t.code) { week.entries.append(.transaction(t)) } else { week.otherCharges.append(t) }
            } else {
                week.entries.append(.transaction(t))
            }
            byStart[start] = week
        }
        for d in file.diary {
            let start = d.date.startOfISOWeek
            byStart[start, default: TimelineWeek(start: start)].entries.append(.diary(d))
        }
        let ordered = file.transactions.sorted { $0.date < $1.date }
        var weeks = byStart.values.sorted { $0.start < $1.start }
        var running = Money.zero
        var next = 0
        for i in weeks.indices {
            while next < ordered.count && ordered[next].date <= weeks[i].end {
                running += ordered[next].amount
                next += 1
            }
            weeks[i].endBalance = running
            weeks[i].entries.sort(by: newestFirst)
            weeks[i].otherCharges.sort { $0.date > $1.date }
        }
        return weeks.reversed()
    }

    private static func newestFirst(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        switch (a, b) {
        case let (.diary(x), .diary(y)): return (x.at, x.id) > (y.at, y.id)
        default:
            if a.date != b.date { return a.date > b.date }
            // On the same day the diary entry comes above the money it records.
            if case .diary = a { return true }
            return false
        }
    }

    /// The balance at the end of each of the last `count` weeks up to the as-of date, oldest first.
    static func weeklyBalances(of file: CaseFile, weeks count: Int, asOf: CivilDate) -> [Money] {
        let ordered = file.transactions.sorted { $0.date < $1.date }
        let lastStart = asOf.startOfISOWeek
        var out: [Money] = []
        var running = Money.zero
        var next = 0
        for w in stride(from: count - 1, through: 0, by: -1) {
            let end = min(lastStart.adding(weeks: -w).adding(days: 6), asOf)
            while next < ordered.count && ordered[next].date <= end {
                running += ordered[next].amount
                next += 1
            }
            out.append(running)
        }
        return out
    }
}
