/// Who asks for a classify run, for which date, under which policy, and whether it may write.
public struct ClassifyRequest: Sendable {
    public var user: User
    public var asOf: CivilDate
    /// The clock's date (London) when the run starts: the write window is measured from it.
    public var today: CivilDate
    /// When the run starts, for the audit row.
    public var at: Timestamp
    public var policy: Policy
    /// A dry run reads and classifies every case and stores nothing: no agreement changes, no
    /// summaries, no snapshot, no audit row. Any as-of date the calendar accepts is allowed.
    public var writes: Bool

    public init(user: User, asOf: CivilDate, today: CivilDate, at: Timestamp, policy: Policy = .default,
                writes: Bool = true) {
        self.user = user; self.asOf = asOf; self.today = today; self.at = at; self.policy = policy
        self.writes = writes
    }
}

/// The dates a run that writes may use. A run appends agreement history dated its as-of day and
/// replaces every case's summary, so a date far from today would write history that never happened
/// (breaches in the future, completions centuries ago) and show a worklist for another time.
///
/// - no more than `daysAhead` days after today: a team may classify over a weekend or a bank holiday
///   ahead, never months ahead;
/// - no earlier than `daysBehind` days before the newest stored snapshot (before today when there is
///   none): re-running a missed night is normal, rewriting last decade is not.
public enum ClassifyWindow {
    public static let daysAhead = 7
    public static let daysBehind = 366

    /// Why a writing run may not use `asOf`, or nil when it may.
    public static func refusal(asOf: CivilDate, today: CivilDate, newestSnapshot: CivilDate?) -> String? {
        let latest = today.adding(days: daysAhead)
        if asOf > latest {
            return "--as-of \(asOf.isoText) is more than \(daysAhead) days after today (\(today.isoText)); a run that stores its results may use dates up to \(latest.isoText). Add --dry-run to see the result without storing anything."
        }
        let anchor = newestSnapshot ?? today
        let earliest = anchor.adding(days: -daysBehind)
        if asOf < earliest {
            let from = newestSnapshot == nil ? "today (\(today.isoText))" : "the newest classify run (\(anchor.isoText))"
            return "--as-of \(asOf.isoText) is more than \(daysBehind) days before \(from); a run that stores its results may go back to \(earliest.isoText). Add --dry-run to see the result without storing anything."
        }
        return nil
    }
}

/// A classify run refused before it read or wrote anything.
public struct ClassifyRefused: Error, Equatable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
