/// Recording a tenant's promise to pay (docs/actions.md, docs/policy.md §6.1).
extension CaseActions {
    /// How far ahead a promise may fall due: further than this it is a payment plan (an agreement).
    public static let promiseHorizonMonths = 3

    /// Records a promise to pay `amount` by `dueOn` (today or later, within three months). The case is
    /// paused with reason POP until the day after `dueOn` (a pause running later is kept), so it leaves
    /// the worklist while the tenant has time to pay; the nightly run then reads the ledger and writes
    /// "kept" or "broken" once. A newer promise replaces an open one. Writes POP.
    public func recordPromise(ref: String, expectedVersion: Int?, amount: Money, dueOn: CivilDate,
                              comment: String) throws -> ActionOutcome {
        guard amount.isPositive else {
            throw ActionRefused(field: "Amount", "A promise must be for more than £0.00.")
        }
        guard dueOn >= asOf else {
            throw ActionRefused(field: "Pay by", "A promise cannot fall due before today (\(asOf.shortText)); \(dueOn.shortText) has passed.")
        }
        let horizon = asOf.adding(months: Self.promiseHorizonMonths)
        guard dueOn <= horizon else {
            throw ActionRefused(field: "Pay by", "\(dueOn.shortText) is more than \(Self.promiseHorizonMonths) months ahead (after \(horizon.shortText)); a longer plan is an agreement.")
        }
        let text = try FreeText.optional(comment, field: "Comment")
        var undo: PromiseUndo?
        return try perform(.recordPromise, ref: ref, expectedVersion: expectedVersion, undo: { result in
            guard var plan = undo, let entry = result.appendedDiaryIds.first else { return .impossible("the promise was not saved") }
            plan.diaryId = entry
            return .withdrawPromise(plan)
        }) { file, at in
            let promise = PaymentPromise(id: nextId(file.promises.map(\.id)), amount: amount, dueOn: dueOn, madeOn: asOf,
                                         recordedBy: user.login, recordedAt: at, comment: text)
            var replaced: PaymentPromise?
            if let i = file.promises.lastIndex(where: \.isOpen) {
                replaced = file.promises[i]
                file.promises[i].outcome = .replaced
                file.promises[i].outcomeOn = asOf
            }
            file.promises.append(promise)
            let previousPause = file.pause
            let pauseUntil = dueOn.adding(days: 1)
            var pauseText: String
            if let current = previousPause, current.isActive(asOf: asOf), current.until > pauseUntil {
                pauseText = "paused to \(current.until.longText) already"
            } else {
                file.pause = Pause(until: pauseUntil, reason: .promiseOfPayment, comment: "Promise to pay \(promise.shortText)",
                                   setBy: user.login, setAt: at)
                pauseText = "paused to \(pauseUntil.longText)"
            }
            undo = PromiseUndo(ref: ref, promiseId: promise.id, replacedId: replaced?.id, diaryId: 0,
                               pauseSet: file.pause == previousPause ? nil : file.pause, previousPause: previousPause)
            let replacing = replaced.map { " Replaces the promise of \($0.shortText)." } ?? ""
            return CaseChange(diary: [.init(code: "POP", comment: promise.recordedText(pause: pauseText) + replacing
                                              + (text.isEmpty ? "" : " \(text)"))],
                              auditSummary: "Promise to pay \(amount.pence)p by \(dueOn.isoText)",
                              before: AuditJSON.encode(replaced.map(AuditedPromise.init)),
                              after: AuditJSON.encode(AuditedPromise(promise)),
                              message: "Promise recorded: \(promise.shortText); \(ref) \(pauseText)")
        }
    }

    /// Undo of `recordPromise`: the promise is withdrawn (kept on file), its POP entry voided, the pause
    /// it set lifted or the one it replaced put back, and a promise it replaced is open again.
    func withdraw(_ plan: PromiseUndo) throws -> String {
        try runner.run(.undo, ref: plan.ref, expectedVersion: nil) { file, _ in
            guard let i = file.promises.firstIndex(where: { $0.id == plan.promiseId }), file.promises[i].isOpen else {
                throw ActionRefused("The promise on \(plan.ref) has been settled or replaced since, so it was left as it is.")
            }
            let promise = file.promises[i]
            file.promises[i].outcome = .withdrawn
            file.promises[i].outcomeOn = asOf
            if let replaced = plan.replacedId, let j = file.promises.firstIndex(where: { $0.id == replaced }),
               file.promises[j].outcome == .replaced {
                file.promises[j].outcome = nil
                file.promises[j].outcomeOn = nil
            }
            var pauseNote = ""
            if let set = plan.pauseSet, file.pause == set {
                file.pause = plan.previousPause
                pauseNote = plan.previousPause.map { "; the earlier pause to \($0.until.longText) is back" } ?? "; the pause is lifted"
            }
            return CaseChange(diary: [.init(code: "VOI", comment: "Voids entry \(plan.diaryId) (POP): promise of \(promise.shortText) withdrawn, undone by \(user.login)\(pauseNote).",
                                            voids: plan.diaryId)],
                              auditSummary: "Promise \(promise.id) withdrawn by undo",
                              before: AuditJSON.encode(AuditedPromise(promise)),
                              after: AuditJSON.encode(AuditedPromise(file.promises[i])),
                              message: "Undone: the promise of \(promise.shortText) on \(plan.ref) is withdrawn")
        }.outcome.message
    }
}

/// What undoing a promise needs, decided when it was recorded.
struct PromiseUndo {
    var ref: String
    var promiseId: Int
    var replacedId: Int?
    var diaryId: Int
    /// The pause the promise set (nil when a longer pause was kept), and the one before it.
    var pauseSet: Pause?
    var previousPause: Pause?
}

/// A promise in the audit trail: amounts, dates and the outcome, no comment.
struct AuditedPromise: Encodable {
    var id: Int
    var amountPence: Int64
    var dueOn: String
    var madeOn: String
    var outcome: String?
    init(_ p: PaymentPromise) {
        id = p.id; amountPence = p.amount.pence; dueOn = p.dueOn.isoText; madeOn = p.madeOn.isoText; outcome = p.outcome?.rawValue
    }
}
