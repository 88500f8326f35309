/// How to reverse one action of this run, decided when the action was done.
enum UndoPlan {
    /// A diary entry is never deleted: a VOI entry is appended that names it.
    case voidDiaryEntry(ref: String, id: Int)
    /// Put back the pause the action replaced (nil: lift it), if nobody has changed it since.
    case restorePause(ref: String, set: Pause, previous: Pause?)
    case cancelAgreement(ref: String, id: Int)
    /// A promise recorded in error: withdrawn, its diary entry voided, the pause it set lifted (or the
    /// one it replaced put back) and any promise it replaced open again.
    case withdrawPromise(PromiseUndo)
    /// Letters still queued are cancelled; letters already sent cannot be recalled.
    case cancelLetters([(ref: String, letterIds: [String])])
    case impossible(String)
}

struct UndoableAction {
    /// The action's own status message, so the user sees what `u` would reverse.
    let description: String
    let plan: UndoPlan
}
