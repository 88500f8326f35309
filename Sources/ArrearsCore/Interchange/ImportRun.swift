/// `arrears import` as one transaction: who is importing, what would change, the rows, the audit row
/// and the classification of the result are committed together or not at all. A kill at any point
/// leaves the database as it was (on a new database: with no users and no cases, ready to import again).
public enum ImportRun {
    public struct Options: Sendable {
        /// Allows an import that removes stored rows from existing cases (they become as the files say).
        public var replace = false
        /// Works out the plan and writes nothing.
        public var dryRun = false
        public init(replace: Bool = false, dryRun: Bool = false) { self.replace = replace; self.dryRun = dryRun }
    }

    public struct Outcome: Sendable {
        public var plan: ImportPlan
        /// Set when this import created the database's first administrator.
        public var firstAdministrator: String?
        /// The users file named the importing administrator, whose own account is never rewritten.
        public var keptOwnAccount: Bool
        /// Nil on a dry run.
        public var classified: NightlyRun.Result?
    }

    /// An import refused after its files were read cleanly; nothing was written.
    public struct Refused: Error, Sendable, CustomStringConvertible {
        public var plan: ImportPlan
        public var description: String
    }

    public static func run(batch: ImportBatch, store: CaseStore, osLogin: String, now: Timestamp, asOf: CivilDate,
                           policy: Policy = .default, options: Options = Options()) throws -> Outcome {
        do {
            return try store.atomically {
                var firstAdministrator: String?
                let user: User
                if try store.users().isEmpty {
                    user = try UserAdmin.bootstrapAdministrator(store: store, login: osLogin, displayName: osLogin, now: now)
                    firstAdministrator = user.login
                } else {
                    user = try Identity.resolve(osLogin: osLogin, requestedAs: nil, store: store)
                }
                try Access.check(user: user, operation: .importData, account: nil)
                // The plan compares what is stored before and after the whole step; refusing it, or a dry
                // run, throws after the plan is known, rolling everything back (the bootstrap included).
                var plan = ImportPlan()
                try plan.countUsers(batch.users, store: store, keptLogin: user.login)
                var before: [String: CaseFile] = [:]
                for file in batch.cases { before[file.ref] = try store.loadCase(ref: file.ref) }
                let users = batch.users.filter { $0.login != user.login }
                try store.saveUsers(users)
                try store.saveCases(batch.cases)
                let classified = try NightlyRun.run(store: store, request: ClassifyRequest(user: user, asOf: asOf, today: now.londonDate,
                                                                                             at: now, policy: policy))
                for file in batch.cases {
                    guard let after = try store.loadCase(ref: file.ref) else { continue }
                    plan.countCase(before: before[file.ref], after: after)
                }
                if plan.removesRows && !options.replace { throw Refused(plan: plan, description: plan.removalRefusal) }
                let outcome = Outcome(plan: plan, firstAdministrator: firstAdministrator,
                                      keptOwnAccount: users.count < batch.users.count,
                                      classified: options.dryRun ? nil : classified)
                if options.dryRun { throw DryRun(outcome: outcome) }
                try store.appendAudit(AuditRecord(at: now, user: user.login, operation: .importData, accountRef: nil,
                                                  summary: auditSummary(batch, plan, replace: options.replace),
                                                  before: nil, after: nil))
                return outcome
            }
        } catch let dry as DryRun {
            return dry.outcome
        }
    }

    private struct DryRun: Error {
        var outcome: Outcome
    }

    private static func auditSummary(_ batch: ImportBatch, _ plan: ImportPlan, replace: Bool) -> String {
        let tables = plan.tables.filter { $0.added + $0.changed + $0.removed > 0 }
            .map { "\($0.table.rawValue) +\($0.added) ~\($0.changed) -\($0.removed)" }.joined(separator: ", ")
        return "Imported \(batch.cases.count) cases and \(batch.users.count) users (\(plan.newCases) new, "
            + "\(plan.replacedCases) replaced\(replace ? ", --replace" : "")): \(tables.isEmpty ? "no rows changed" : tables)"
    }
}
