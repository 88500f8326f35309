import Foundation

/// The cases automation may act on tonight: every case whose recommended action is an automation
/// step, highest priority first (so a daily cap keeps the most urgent cases).
struct Candidates {
    struct Candidate: Hashable {
        var ref: String
        var patch: String
        var type: AccountType
        var step: AutomationStep
        var score: Int
    }

    /// From the stored summaries when they are for this date (the real run classifies first);
    /// otherwise every case is classified in memory (a preview for a date not yet classified).
    static func find(store: CaseStore, asOf: CivilDate, policy: Policy) throws -> [Candidate] {
        var found: [Candidate] = []
        let summaries = try store.summaries()
        if !summaries.isEmpty, summaries.allSatisfy({ $0.asOf == asOf }) {
            for s in summaries {
                guard let action = RecommendedAction(rawValue: s.actionId), let step = AutomationStep(action: action) else { continue }
                found.append(Candidate(ref: s.ref, patch: s.patch ?? AutomationSettings.noPatch, type: s.type, step: step, score: s.score))
            }
        } else {
            try store.forEachCase { file in
                let c = ArrearsEngine.classify(file, asOf: asOf, policy: policy)
                guard let step = AutomationStep(action: c.action) else { return }
                found.append(Candidate(ref: file.ref, patch: AutomationSettings.patch(of: file.account), type: file.account.type,
                                       step: step, score: c.score))
            }
        }
        return found.sorted { ($0.score, $1.ref) > ($1.score, $0.ref) }
    }
}

/// How many cases each cell has had from automation on one date, kept in the store and updated in the
/// same transaction as each case, so that the caps hold across a killed and restarted run.
struct SentToday: Equatable {
    var asOf: CivilDate
    var counts: [String: Int]

    static func metaKey(_ asOf: CivilDate) -> String { "automation_sent_\(asOf.isoText)" }
    static func cell(_ key: AutomationSettings.Key) -> String { "\(key.patch)|\(key.accountType.rawValue)|\(key.step.rawValue)" }

    static func load(_ store: CaseStore, asOf: CivilDate) throws -> SentToday {
        guard let text = try store.meta(metaKey(asOf)), let data = text.data(using: .utf8),
              let counts = try? JSONDecoder().decode([String: Int].self, from: data) else {
            return SentToday(asOf: asOf, counts: [:])
        }
        return SentToday(asOf: asOf, counts: counts)
    }

    func count(_ key: AutomationSettings.Key) -> Int { counts[Self.cell(key)] ?? 0 }
    mutating func add(_ key: AutomationSettings.Key) { counts[Self.cell(key), default: 0] += 1 }

    func save(_ store: CaseStore) throws {
        try store.setMeta(Self.metaKey(asOf), AuditJSON.encode(counts) ?? "{}")
    }
}

/// One finished automation run: the date it ran for, when, who started it, and its counts.
public struct RunRecord: Hashable, Sendable, Codable {
    public var asOf: CivilDate
    public var at: Timestamp
    public var by: String
    public var summary: String
    /// Letters queued, cases acted on and paused for missing data.
    public var letters: Int
    public var acted: Int
    public var pausedForMissingData: Int
    /// Cases left to officers, by `AutomationSkip` key, for the team lead's view of last night.
    public var skipped: [String: Int]

    public init(asOf: CivilDate, at: Timestamp, by: String, report: AutomationReport) {
        self.asOf = asOf; self.at = at; self.by = by; summary = report.countsLine; letters = report.letters
        acted = report.acted.count; pausedForMissingData = report.pausedForMissingData.count
        skipped = report.skipCounts.filter { $0.key != "missing_data" }
    }

    /// The latest run on record, if any.
    public static func latest(_ store: CaseStore) throws -> RunRecord? { try all(store).last }

    static let metaKey = "automation_runs"
    /// A year and more of nightly runs; older records live on in the audit trail.
    static let kept = 400

    public static func all(_ store: CaseStore) throws -> [RunRecord] {
        guard let text = try store.meta(metaKey), let data = text.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([RunRecord].self, from: data)) ?? []
    }

    static func append(_ record: RunRecord, _ store: CaseStore) throws {
        let records = (try all(store) + [record]).suffix(kept)
        try store.setMeta(metaKey, AuditJSON.encode(Array(records)) ?? "[]")
    }
}
