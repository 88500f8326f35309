/// The storage seam. Screens and commands talk to this protocol, never to SQLite, so that a council
/// that outgrows one host can add another engine (PostgreSQL) without touching them.
///
/// Every method that changes data is one transaction: it happens whole or not at all.
public protocol CaseStore: AnyObject {
    /// The schema version of the open database.
    var schemaVersion: Int { get }

    // MARK: Cases
    /// Inserts or replaces whole cases in one transaction. Saving identical content again changes nothing.
    func saveCases(_ cases: [CaseFile]) throws
    func loadCase(ref: String) throws -> CaseFile?
    /// Many cases at once, in batches of a few hundred (one read transaction), in no particular
    /// order; references that name no case are left out. For a bulk letter run's plan.
    func loadCases(refs: [String]) throws -> [CaseFile]
    /// Streams every case, in reference order, without holding them all in memory.
    func forEachCase(_ body: (CaseFile) throws -> Void) throws
    /// As `forEachCase`, without what the engine never reads (ledger descriptions, diary comments
    /// other than an SMS's, letter text, phones, emails, correspondence addresses): the nightly run
    /// reads 100,000 cases this way in a fraction of the time. Never save a case read this way.
    func forEachCaseToClassify(_ body: (CaseFile) throws -> Void) throws
    func accountRefs() throws -> [String]
    func caseCount() throws -> Int

    /// One user action on one case, as one transaction: load the case, refuse if its version is not
    /// `expectedVersion` (someone else changed it since it was opened), apply `change`, bump the
    /// version and save. Diary entries are only ever appended. Returns the saved case.
    @discardableResult
    func update(ref: String, expectedVersion: Int?, _ change: (inout CaseFile) throws -> Void) throws -> CaseFile

    /// Appends letters and diary entries to many cases as they were read at `version`, moving each
    /// version on by one, without loading the cases again (a bulk letter run, issue 12). A case whose
    /// stored version is no longer `version` is left untouched and its reference returned.
    func appendToCases(_ appends: [CaseAppend]) throws -> Set<String>

    // MARK: Users
    func saveUsers(_ users: [User]) throws
    func users() throws -> [User]
    func user(login: String) throws -> User?

    // MARK: Classification results
    /// Replaces the stored summaries of these cases and, when given, records a snapshot of counts.
    func saveSummaries(_ rows: [CaseSummary], snapshot: ClassifySnapshot?) throws
    /// Every summary, in reference order. `explanationJSON` is empty: explanations are not stored but
    /// recomputed when someone asks (`WorklistExplanations.fill`).
    func summaries() throws -> [CaseSummary]
    func summary(ref: String) throws -> CaseSummary?
    /// The summaries counted by group, kept in the same transaction as every summary written
    /// (`SummaryGroups`): what the team lead's first frame is drawn from.
    func summaryGroups() throws -> SummaryGroups
    /// Snapshots newest first.
    func snapshots(limit: Int) throws -> [ClassifySnapshot]

    // MARK: Settings
    func meta(_ key: String) throws -> String?
    func setMeta(_ key: String, _ value: String) throws

    // MARK: Actions as one transaction
    /// Runs `body` as one write transaction: every store call inside it joins it, so that a case
    /// update, its re-classified summary and its audit row are saved together or not at all.
    /// Anything thrown rolls the whole of it back.
    func atomically<T>(_ body: () throws -> T) throws -> T

    // MARK: Audit
    /// Appends one row to the audit trail, which can never be changed or deleted.
    func appendAudit(_ record: AuditRecord) throws
    /// Audit rows, newest first, optionally for one case, one user, and from an instant on.
    func audit(ref: String?, user: String?, since: Timestamp?, limit: Int?) throws -> [AuditRecord]

    // MARK: Assignment
    /// Recomputes the officer on every stored summary from its case's patch and direct assignment,
    /// after patches or users change. Returns how many rows changed.
    @discardableResult
    func updateSummaryOfficers(_ officer: (_ patch: String?, _ assignedTo: String?) -> String?) throws -> Int
}

/// Errors every store raises, with messages that say what to do.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The database was written by a newer version of the program.
    case newerSchema(found: Int, supported: Int, path: String)
    case notADatabase(path: String, detail: String)
    case staleCase(ref: String, expected: Int, found: Int)
    case caseNotFound(ref: String)
    case sqlite(code: Int32, message: String, context: String)
    /// A PostgreSQL error, with its SQLSTATE code.
    case postgres(state: String, message: String, context: String)
    /// The connection to the database server was lost (or never made); nothing of the action was saved.
    case connectionLost(location: String, detail: String, context: String)

    /// The database engine's own message, for errors the engine raised.
    public var engineMessage: String? {
        switch self {
        case let .sqlite(_, message, _), let .postgres(_, message, _): return message
        default: return nil
        }
    }

    public var description: String {
        switch self {
        case let .newerSchema(found, supported, path):
            return "\(path): this database is at schema version \(found), but this program understands up to version \(supported). Install a newer version of arrears to open it; nothing was changed."
        case let .notADatabase(path, detail):
            return "\(path): cannot open as an Arrears Workbench database (\(detail))."
        case let .staleCase(ref, expected, found):
            return "Case \(ref) was changed by someone else since you opened it (version \(expected), now \(found)). Nothing was saved; the fresh case is shown — check it and try again."
        case let .caseNotFound(ref):
            return "No case with reference \(ref)."
        case let .sqlite(code, _, context) where code == 5 || code == 6:
            return "The database is busy: another caseworker's program held it for more than five seconds while \(context). Nothing was changed; try again in a moment."
        case let .sqlite(code, message, context):
            return "Database error \(code) while \(context): \(message)"
        case let .postgres(state, _, context) where state == "55P03":
            return "The database is busy: another caseworker's action held it for more than five seconds while \(context). Nothing was changed; try again in a moment."
        case let .postgres(state, message, context):
            return "Database error \(state) while \(context): \(message)"
        case let .connectionLost(location, detail, context):
            return "Lost the connection to \(location) while \(context) (\(detail)). Nothing of that action was saved."
        }
    }
}
