/// `arrears run`: the one job a council schedules. It checks who started it, refuses a date it must
/// not run for, classifies every case, then applies automation. Sending through GOV.UK Notify, when
/// configured, is the caller's next step (the executable owns the network).
public enum NightlyJob {
    public struct Result: Sendable {
        /// Nil on a dry run: a preview classifies in memory and stores nothing.
        public var classify: NightlyRun.Result?
        public var automation: AutomationReport
    }

    public struct Refused: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// - Parameters:
    ///   - today: the London date of the clock: a real run may not write letters dated after it.
    ///   - rerun: allow a second run for a past date that already ran.
    public static func run(store: CaseStore, user: User, today: CivilDate, options: AutomationRun.Options, rerun: Bool,
                           now: @escaping () -> Timestamp) throws -> Result {
        for operation in [AccessOperation.runClassify, .runAutomation] {
            try Access.check(user: user, operation: operation, account: nil)
        }
        guard let stored = try store.user(login: user.login) else {
            throw AccessDenied(login: user.login, role: user.role, operation: .runAutomation, account: nil,
                               reason: "this login is not a user of this database")
        }
        try Access.check(user: stored, operation: .runClassify, account: nil)
        if !options.dryRun {
            try checkDate(options.asOf, today: today, rerun: rerun, store: store)
        }
        let classify = options.dryRun ? nil : try NightlyRun.run(store: store, request: ClassifyRequest(
            user: stored, asOf: options.asOf, today: today, at: now(), policy: options.policy))
        let automation = try AutomationRun.run(store: store, user: stored, options: options, now: now)
        return Result(classify: classify, automation: automation)
    }

    /// A real run writes letters dated on its date: never after today, and never a second time for a
    /// past date unless asked (re-running yesterday would queue yesterday's letters today).
    static func checkDate(_ asOf: CivilDate, today: CivilDate, rerun: Bool, store: CaseStore) throws {
        if asOf > today {
            throw Refused(description: "\(asOf.isoText) is after today (\(today.isoText)): a run writes letters dated on its date, so it cannot run for a future date. Use --dry-run to preview it.")
        }
        if asOf < today, !rerun, let previous = try AutomationRun.previousRun(asOf: asOf, store: store) {
            throw Refused(description: "a run for \(asOf.isoText) already ran at \(previous.at.londonText) (started by \(previous.by)). Give --rerun to run it again; nothing sent then is sent twice.")
        }
    }
}
