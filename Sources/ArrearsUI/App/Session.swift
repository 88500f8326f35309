import ArrearsCore

/// What screens and overlays read while they act: the data source, the loaded summaries, the
/// keymap (so messages name the user's own keys), the user and the layout. The App owns it and
/// hands a copy to the screen it asks; screens never change it, they return an `Outcome`.
struct Session {
    let data: any WorkbenchData
    let registry: ActionRegistry
    let keymap: Keymap
    var context: ScreenContext
    var index: WorklistIndex
    /// The rows between the breadcrumb line and the status bar.
    var body: Rect
    let noticeTerms: (AccountType) -> NoticeTerms
    /// The user's own worklist settings as last saved, for a worklist opened afresh.
    var savedSettings: String?
    /// What `u` would reverse: the status line of this run's last action.
    var undoable: String?

    var user: User { context.user }
    var asOf: CivilDate { context.asOf }
    var glyphs: Glyphs { context.glyphs }

    /// The name of the first key that runs an action in a context (`p`, `Enter`), for messages that
    /// tell the user what to press; the action's title when the user unbound every key.
    func key(_ id: ActionID, in context: ActionContext) -> String { self.context.keys(id, in: context) }

    func summary(ref: String) -> CaseSummary? { index.position(ofRef: ref).map { index.summaries[$0] } }

    /// The core's refusal of an operation on an account (or on any account when there is none).
    func accessError(_ operation: AccessOperation, account: AccountType?) -> AccessDenied? {
        do {
            try Access.check(user: user, operation: operation, account: account)
            return nil
        } catch let denied as AccessDenied {
            return denied
        } catch {
            return nil
        }
    }

    /// A case's audit history, for the roles that may read it.
    /// The case's letters and messages in the GOV.UK Notify outbox; none when the data has no outbox.
    func notifyMessages(ref: String) -> [OutboxMessage] {
        ((data as? LetterData).flatMap { try? $0.notifyMessages(ref: ref) }) ?? []
    }

    func auditTrail(ref: String) -> [AuditRecord]? {
        guard Access.allows(user: user, operation: .viewAudit, account: nil) else { return nil }
        return (try? data.audit(ref: ref)) ?? []
    }
}
