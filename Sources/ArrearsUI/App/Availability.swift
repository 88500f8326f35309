import ArrearsCore

/// Whether an action can run here and, when not, why: the role's permission, and for work actions
/// the core's own check against the account on screen. The status bar offers only what is available;
/// a refused key says why in the core's words.
struct Availability {
    let session: Session
    let screen: (any Screen)?

    /// Why the user's role may not run an action, in the core's words where the core decides it.
    func refusal(of action: ActionSpec) -> String {
        let operation = WorkActions.byId[action.id]?.operation ?? (action.id == .pane(.audit) ? .viewAudit : nil)
        if let operation, let error = session.accessError(operation, account: screen?.accountOnScreen?.type) { return "\(error)" }
        return "\(action.title) is not available to \(session.user.role.withArticle)."
    }

    /// Whether to offer an action: the role may, and on a case screen the account's side allows it too.
    func offers(_ action: ActionSpec) -> Bool { reason(action) == nil }

    /// Nil when the action is available; otherwise why not, briefly (help and the palette grey the
    /// action and show this beside it, as lazygit's disabled reasons).
    func reason(_ action: ActionSpec) -> String? {
        let operation = WorkActions.byId[action.id]?.operation ?? (action.id == .pane(.audit) ? .viewAudit : nil)
        if let operation, let denied = session.accessError(operation, account: screen?.accountOnScreen?.type) { return denied.reason }
        guard action.allows(session.user.role) else { return "not available to \(session.user.role.withArticle)" }
        return screen?.unavailable(action.id, session: session)
    }
}
