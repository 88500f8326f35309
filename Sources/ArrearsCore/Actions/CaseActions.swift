/// The caseworker actions on cases, for one user in one run of the program. Screens and commands call
/// these methods and nothing else to change a case: each checks the user's role in the core, runs as
/// one transaction (refusing to save over a case changed since `expectedVersion`), writes its diary
/// entry, re-classifies the case through the injected engine, saves the summary and audits the change.
///
/// One method per action lives in the `CaseActions+…` files; undo is in `CaseActions+Undo.swift`.
public final class CaseActions {
    public let user: User
    public let asOf: CivilDate
    let store: CaseStore
    let runner: ActionRunner
    /// This run's actions, oldest first, for `undoLast()`.
    var history: [UndoableAction] = []

    /// - Parameters:
    ///   - now: the clock, read once per action (the core never reads it itself).
    ///   - asOf: the working date: pauses must end after it, notices cannot be served after it.
    ///   - reclassify: the arrears engine, classifying one case as saved.
    public init(store: CaseStore, user: User, now: @escaping () -> Timestamp, asOf: CivilDate,
                reclassify: @escaping (CaseFile) -> CaseSummary) {
        self.store = store; self.user = user; self.asOf = asOf
        runner = ActionRunner(store: store, user: user, now: now, reclassify: reclassify)
    }

    /// Opens a case for reading, refusing a role that may not see this account (and a user disabled
    /// since the session began).
    public func open(ref: String) throws -> CaseFile {
        guard let file = try CaseViewing.open(ref: ref, user: user, store: store) else { throw StoreError.caseNotFound(ref: ref) }
        return file
    }

    /// Runs one action on one case and remembers how to undo it.
    func perform(_ operation: AccessOperation, ref: String, expectedVersion: Int?, undo: (ActionRunner.RunResult) -> UndoPlan,
                 _ body: (inout CaseFile, Timestamp) throws -> CaseChange) throws -> ActionOutcome {
        let result = try runner.run(operation, ref: ref, expectedVersion: expectedVersion, body)
        history.append(UndoableAction(description: result.change.message, plan: undo(result)))
        return result.outcome
    }

    /// Actions that cannot be undone give their reason here.
    func perform(_ operation: AccessOperation, ref: String, expectedVersion: Int?, cannotUndoBecause reason: String,
                 _ body: (inout CaseFile, Timestamp) throws -> CaseChange) throws -> ActionOutcome {
        try perform(operation, ref: ref, expectedVersion: expectedVersion, undo: { _ in .impossible(reason) }, body)
    }

    func nextId(_ ids: [Int]) -> Int { (ids.max() ?? 0) + 1 }
}
