import Foundation

/// The automation pass of the nightly run: every case whose recommended action is an automation step
/// is decided by `AutomationPlanner`, highest priority first, and — unless this is a dry run — acted
/// on as `system`, one transaction a case. A dry run and a real run go through the same code; the
/// dry run only leaves out the writes.
///
/// Safe to repeat: a letter step already taken today is "already sent", a case paused for missing
/// data is "paused", and the daily caps are counted in the store inside each case's transaction,
/// so a run killed half-way and started again sends nothing twice and keeps to its caps.
public enum AutomationRun {
    /// The author of everything automation writes.
    public static let author = "system"
    /// How long a case waits on the Paused tab for an officer to supply missing data.
    public static let missingDataPauseDays = 14
    /// The account automation acts as. Never a stored login (`UserAdmin` refuses the name), so the
    /// trail cannot be confused with a person's; the run checks the person who started it.
    static let systemUser = User(login: author, displayName: "Automation", role: .teamLead)

    public struct Options: Sendable {
        public var asOf: CivilDate
        public var policy: Policy
        public var dryRun: Bool
        /// The first SMS's Notify template (`NotifySettings.firstSMS`); without one the step is
        /// skipped as "SMS not set up".
        public var firstSMS: MessageTemplate?

        public init(asOf: CivilDate, policy: Policy, dryRun: Bool, firstSMS: MessageTemplate?) {
            self.asOf = asOf; self.policy = policy; self.dryRun = dryRun; self.firstSMS = firstSMS
        }
    }

    /// One case's result tonight.
    public struct CaseResult: Hashable, Sendable {
        public enum Kind: Hashable, Sendable {
            case letters(Int)
            case message
            case pausedForMissingData(String)
            case skipped(AutomationSkip)
            /// The case could not be saved (an officer changed it during the run, or the store refused).
            case failed(String)
        }
        public var ref: String
        public var patch: String
        public var accountType: AccountType
        public var step: AutomationStep
        public var score: Int
        public var kind: Kind
    }

    /// Runs (or previews) automation for the date. The caller has classified the store for the date
    /// when this is a real run; a dry run classifies in memory and writes nothing.
    public static func run(store: CaseStore, user: User, options: Options, now: @escaping () -> Timestamp) throws -> AutomationReport {
        try Access.check(user: user, operation: .runAutomation, account: nil)
        guard let stored = try store.user(login: user.login) else {
            throw AccessDenied(login: user.login, role: user.role, operation: .runAutomation, account: nil,
                               reason: "this login is not a user of this database")
        }
        try Access.check(user: stored, operation: .runAutomation, account: nil)
        let settings = try AutomationControl.load(store)
        let context = AutomationPlanner.Context(asOf: options.asOf, settings: settings, ukMobile: UKMobileNumber.normalised,
                                                canSendSMS: options.firstSMS != nil)
        let candidates = try Candidates.find(store: store, asOf: options.asOf, policy: options.policy)
        var sent = try SentToday.load(store, asOf: options.asOf)
        let actions = CaseActions(store: store, user: systemUser, now: now, asOf: options.asOf) { file in
            ArrearsEngine.summary(of: file, ArrearsEngine.classify(file, asOf: options.asOf, policy: options.policy), officer: nil)
        }
        let officers = CaseOfficer(users: try store.users())
        let session = ActionRunner.Session(user: systemUser, officers: officers)
        var results: [CaseResult] = []
        for candidate in candidates {
            func result(_ kind: CaseResult.Kind) -> CaseResult {
                CaseResult(ref: candidate.ref, patch: candidate.patch, accountType: candidate.type, step: candidate.step,
                           score: candidate.score, kind: kind)
            }
            let key = AutomationSettings.Key(patch: candidate.patch, accountType: candidate.type, step: candidate.step)
            // Most candidates sit in cells that are off: say so without reading the case.
            guard settings.setting(for: key)?.enabled == true else { results.append(result(.skipped(.settingOff))); continue }
            guard let file = try store.loadCase(ref: candidate.ref) else { continue }
            let classification = ArrearsEngine.classify(file, asOf: options.asOf, policy: options.policy)
            switch AutomationPlanner.decide(file, classification, context) {
            case .notAutomated:
                continue
            case .skip(_, let why):
                results.append(result(.skipped(why)))
            case .pauseForMissingData(let step, _, let missing):
                if options.dryRun { results.append(result(.pausedForMissingData(missing))); continue }
                let comment = "Automation could not send \(step.label.lowercased()): \(missing). Correct the data and end the pause, or send the step by hand."
                do {
                    _ = try actions.pauseForMissingData(ref: file.ref, expectedVersion: file.account.version,
                                                        until: options.asOf.adding(days: missingDataPauseDays),
                                                        comment: comment, session: session)
                    results.append(result(.pausedForMissingData(missing)))
                } catch {
                    results.append(result(.failed(String(describing: error))))
                }
            case .act(let act):
                guard sent.count(key) < act.setting.dailyCap else { results.append(result(.skipped(.capReached))); continue }
                let why = "Sent by automation: rule \(act.rule); allowed by the setting \(act.setting.text)."
                /// Counts the step against its cap and writes it in the same transaction (nothing on a dry run).
                func take(_ kind: CaseResult.Kind, _ write: (_ alsoInTransaction: () throws -> Void) throws -> Void) {
                    if options.dryRun { sent.add(key); results.append(result(kind)); return }
                    do {
                        var after = sent
                        after.add(key)
                        try write { try after.save(store) }
                        sent = after
                        results.append(result(kind))
                    } catch {
                        results.append(result(.failed(String(describing: error))))
                    }
                }
                if act.step.isSMS {
                    guard let template = options.firstSMS, case .success(let (contact, number)) = MessageToQueue.recipient(.sms, in: file) else {
                        results.append(result(.skipped(.noMobile)))
                        continue
                    }
                    let item: MessageToQueue
                    do {
                        item = try MessageToQueue.prepare(template, key: AutomationStep.firstSMS.rawValue, file: file, contact: contact,
                                                          recipient: number, arrears: classification.measures.collectableArrears,
                                                          automated: true, asOf: options.asOf, at: now())
                    } catch {
                        results.append(result(.failed(String(describing: error))))
                        continue
                    }
                    take(.message) { also in
                        _ = try actions.queueMessages(.queueMessage, ref: file.ref, expectedVersion: file.account.version, [item],
                                                      why: why, session: session, alsoInTransaction: also)
                    }
                    continue
                }
                let letters = letterItems(act, file: file, asOf: options.asOf, at: now())
                guard !letters.isEmpty else { results.append(result(.skipped(.alreadySent(options.asOf)))); continue }
                take(.letters(letters.count)) { also in
                    _ = try actions.automatedLetters(ref: file.ref, expectedVersion: file.account.version, letters, why: why,
                                                     session: session, alsoInTransaction: also)
                }
            }
        }
        let report = AutomationReport(asOf: options.asOf, dryRun: options.dryRun, results: results)
        if !options.dryRun {
            try store.atomically {
                try RunRecord.append(RunRecord(asOf: options.asOf, at: now(), by: stored.login, report: report), store)
                try store.appendAudit(AuditRecord(at: now(), user: stored.login, operation: .runAutomation, accountRef: nil,
                                                  summary: "Automation run for \(options.asOf.isoText): \(report.countsLine)",
                                                  before: nil, after: report.countsJSON))
            }
        }
        return report
    }

    /// The letters to queue for an act, with the shared letter ids (a letter queued today is not queued again).
    static func letterItems(_ act: AutomationPlanner.Act, file: CaseFile, asOf: CivilDate, at: Timestamp) -> [LetterToQueue] {
        guard let template = act.template else { return [] }
        var made: [Letter] = []
        var items: [LetterToQueue] = []
        for prepared in act.letters {
            guard case .new(let id) = LetterIds.assign(prepared.rendered, asOf: asOf, existing: file.letters + made),
                  let letter = prepared.queuedLetter(id: id, author: author, at: at) else { continue }
            made.append(letter)
            items.append(LetterToQueue(letter: letter, diaryCode: template.diaryCode))
        }
        return items
    }

    /// Whether a run for this date is already on record (a past date is refused without `--rerun`).
    public static func previousRun(asOf: CivilDate, store: CaseStore) throws -> RunRecord? {
        try RunRecord.all(store).last { $0.asOf == asOf }
    }
}
