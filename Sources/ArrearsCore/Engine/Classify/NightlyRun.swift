import Foundation

/// `arrears classify`: the nightly run over a whole store. For every case it appends the agreement
/// state changes due by the date (breach, completion, formal → informal), classifies the case and
/// stores its summary; at the end it records one snapshot of the counts for that date, the policy it
/// used, and one audit row (who, as of when, how many cases in each band).
///
/// A run that writes is one transaction: every summary, agreement change, the snapshot and the audit
/// row are committed together or not at all, and no other writer can change a case between the run
/// reading it and storing its result. Running it twice for the same date changes nothing the second
/// time: agreement changes are only appended when the state moves, summaries are replaced, and the
/// date's snapshot is replaced.
///
/// Only a user with `run_classify` may run it, as of a date inside `ClassifyWindow` unless the run
/// is a dry run, which writes nothing at all.
public enum NightlyRun {
    public struct Result: Sendable {
        public var report: ClassifyReport
        /// Cases whose agreements changed state in this run (in a dry run: would have changed).
        public var agreementChanges: Int
    }

    /// The meta key holding the policy of the last run that stored summaries (`PolicyFile.render`),
    /// absent for the built-in policy: explanations are recomputed from it on demand.
    public static let policyMetaKey = "classify.policy"

    /// Classifies every case. `onCase` sees each case's verdict in reference order as the run goes,
    /// so that a caller can stream them without holding a million in memory; in a run that writes,
    /// they are only stored if the whole run commits (a thrown error means nothing was stored).
    public static func run(store: CaseStore, request: ClassifyRequest, batchSize: Int = 5_000,
                           onCase: ((CaseVerdict) throws -> Void)? = nil) throws -> Result {
        try Access.check(user: request.user, operation: .runClassify, account: nil)
        guard request.writes else {
            return try classifyAll(store: store, request: request, batchSize: batchSize, onCase: onCase)
        }
        return try store.atomically {
            // Again inside the transaction, with the user as stored now (disabled since start-up?).
            let current = try store.user(login: request.user.login) ?? request.user
            try Access.check(user: current, operation: .runClassify, account: nil)
            if let reason = ClassifyWindow.refusal(asOf: request.asOf, today: request.today,
                                                   newestSnapshot: try store.snapshots(limit: 1).first?.asOf) {
                throw ClassifyRefused(reason: reason)
            }
            let result = try classifyAll(store: store, request: request, batchSize: batchSize, onCase: onCase)
            try store.saveSummaries([], snapshot: result.report.snapshot)
            try store.setMeta(policyMetaKey, request.policy == .default ? "" : PolicyFile.render(request.policy))
            try store.appendAudit(audit(result, request))
            return result
        }
    }

    /// Reads, classifies and (when the request writes) stores every case, a batch at a time. Reading
    /// is the slow part and needs the connection; classifying needs only the cores. So each batch is
    /// classified on other threads while the next one is read, and stored once both are done.
    private static func classifyAll(store: CaseStore, request: ClassifyRequest, batchSize: Int,
                                    onCase: ((CaseVerdict) throws -> Void)?) throws -> Result {
        let officers = CaseOfficer(users: try store.users())
        let classifier = Classifier(policy: request.policy)
        let asOf = request.asOf, policy = request.policy
        var totals = RunTotals(asOf: asOf)
        var batch: [CaseFile] = []
        batch.reserveCapacity(batchSize)
        var inFlight: BatchInFlight?

        func save(_ done: BatchInFlight) throws {
            var outcomes = done.wait()
            if request.writes {
                for i in outcomes.indices where outcomes[i].agreementsMoved || outcomes[i].promisesSettled {
                    // The stored case, whole (the run read a copy without the text the engine never
                    // reads), with the updates worked out again on it; its version moves on.
                    let saved = try store.update(ref: outcomes[i].summary.ref, expectedVersion: nil) { file in
                        _ = settle(&file, asOf: asOf, policy: policy, at: request.at)
                    }
                    outcomes[i] = CaseOutcome(file: saved, classifier: classifier, asOf: asOf,
                                              agreementsMoved: outcomes[i].agreementsMoved,
                                              promisesSettled: outcomes[i].promisesSettled) {
                        officers.officer(of: $0.account)
                    }
                }
                try store.saveSummaries(outcomes.map(\.summary), snapshot: nil)
            }
            totals.add(outcomes)
            if let onCase { for outcome in outcomes { try onCase(outcome.verdict) } }
        }

        func handOff() throws {
            guard !batch.isEmpty else { return }
            let at = request.at
            let next = BatchInFlight(batch) { file in
                var file = file
                let (moved, settled) = settle(&file, asOf: asOf, policy: policy, at: at)
                return CaseOutcome(file: file, classifier: classifier, asOf: asOf, agreementsMoved: moved,
                                   promisesSettled: settled) {
                    officers.officer(of: $0.account)
                }
            }
            batch.removeAll(keepingCapacity: true)
            if let previous = inFlight { try save(previous) }
            inFlight = next
        }

        try store.forEachCaseToClassify { file in
            batch.append(file)
            if batch.count >= batchSize { try handOff() }
        }
        try handOff()
        if let last = inFlight { try save(last) }
        return Result(report: totals.report, agreementChanges: totals.agreementChanges)
    }

    private static func audit(_ result: Result, _ request: ClassifyRequest) -> AuditRecord {
        let report = result.report
        let bands = report.bandCounts.map { "\($0.count) \($0.band.rawValue)" }.joined(separator: ", ")
        let facts = ClassifyRunFacts(
            asOf: request.asOf.isoText, cases: report.total, conflicts: report.conflicts,
            agreementChanges: result.agreementChanges, policy: request.policy == .default ? "built-in" : "custom",
            bands: Dictionary(uniqueKeysWithValues: report.bandCounts.map { ($0.band.rawValue, $0.count) }))
        return AuditRecord(at: request.at, user: request.user.login, operation: .runClassify, accountRef: nil,
                           summary: "Classified \(report.total) cases as of \(request.asOf.isoText): \(bands); \(result.agreementChanges) with agreement changes",
                           before: nil, after: AuditJSON.encode(facts))
    }

    /// What the run writes into a case before classifying it: agreement state changes, and the verdict
    /// of each promise to pay whose date has passed or that has been paid (once: a settled promise keeps
    /// its outcome, so a second run writes no second diary entry).
    static func settle(_ file: inout CaseFile, asOf: CivilDate, policy: Policy,
                       at: Timestamp) -> (agreementsMoved: Bool, promisesSettled: Bool) {
        let moved = apply(ArrearsEngine.agreementUpdates(for: file, asOf: asOf, policy: policy), to: &file)
        let settled = PromiseMonitor.apply(PromiseMonitor.verdicts(for: file, asOf: asOf), to: &file,
                                           at: PromiseMonitor.entryTime(asOf: asOf, runAt: at))
        if settled && !moved { file.account.version += 1 }
        return (moved, settled)
    }

    /// Appends each update to its agreement; true when anything changed (the version moves on).
    static func apply(_ updates: [(agreementId: Int, update: AgreementUpdate)], to file: inout CaseFile) -> Bool {
        guard !updates.isEmpty else { return false }
        for (id, update) in updates {
            guard let i = file.agreements.firstIndex(where: { $0.id == id }) else { continue }
            file.agreements[i].history.append(update.change)
            if update.becomesInformal {
                file.agreements[i].kind = .informal
                file.agreements[i].courtCaseId = nil
            }
        }
        file.account.version += 1
        return true
    }
}

/// One batch being classified on other threads while the run reads the next.
private final class BatchInFlight: @unchecked Sendable {
    private let group = DispatchGroup()
    /// Written once by the background work before `group` is left; read only after `wait`.
    private var outcomes: [CaseOutcome] = []

    init(_ files: [CaseFile], _ classify: @escaping @Sendable (CaseFile) -> CaseOutcome) {
        DispatchQueue.global().async(group: group) { [self] in
            outcomes = ParallelMap.map(files, classify)
        }
    }

    func wait() -> [CaseOutcome] {
        group.wait()
        return outcomes
    }
}

/// What the run keeps of one case: its summary row and its verdict line.
private struct CaseOutcome: Sendable {
    var summary: CaseSummary
    var verdict: CaseVerdict
    var conflict: Bool
    var agreementsMoved: Bool
    var promisesSettled: Bool

    init(file: CaseFile, classifier: Classifier, asOf: CivilDate, agreementsMoved: Bool, promisesSettled: Bool,
         officer: (CaseFile) -> String?) {
        let c = classifier.classify(file, asOf: asOf)
        summary = ArrearsEngine.summary(of: file, c, officer: officer(file))
        verdict = CaseVerdict(c)
        conflict = c.conflict != nil
        self.agreementsMoved = agreementsMoved
        self.promisesSettled = promisesSettled
    }
}

/// The run's counts, gathered batch by batch so that no case is kept once its batch is done.
private struct RunTotals {
    let asOf: CivilDate
    var snapshot: ClassifySnapshot
    var total = 0
    var conflicts = 0
    var agreementChanges = 0

    init(asOf: CivilDate) {
        self.asOf = asOf
        snapshot = ClassifySnapshot(asOf: asOf, counts: [:], arrears: [:])
    }

    mutating func add(_ outcomes: [CaseOutcome]) {
        snapshot.merge(ClassifySnapshot.make(from: outcomes.map(\.summary), asOf: asOf))
        total += outcomes.count
        conflicts += outcomes.reduce(0) { $0 + ($1.conflict ? 1 : 0) }
        agreementChanges += outcomes.reduce(0) { $0 + ($1.agreementsMoved ? 1 : 0) }
    }

    var report: ClassifyReport { ClassifyReport(snapshot: snapshot, total: total, conflicts: conflicts) }
}

/// The audit row's facts: references, counts and dates only.
struct ClassifyRunFacts: Encodable {
    var asOf: String
    var cases: Int
    var conflicts: Int
    var agreementChanges: Int
    var policy: String
    var bands: [String: Int]
}
