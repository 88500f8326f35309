/// Reading cases: names, addresses, ledgers and diaries are personal data, so every command that
/// prints them (`explain`, `check addresses`) and every screen that opens a case comes through here,
/// with the same right as opening the case in the workbench (`view_case`).
public enum CaseViewing {
    /// The case, if `user` (as stored now: a login disabled since start-up is refused) may view it;
    /// nil when there is no such case. Refuses before reading anything a role may never read.
    public static func open(ref: String, user: User, store: CaseStore) throws -> CaseFile? {
        try Access.check(user: user, operation: .viewCase, account: nil)
        let current = try currentUser(user, store: store)
        guard let file = try store.loadCase(ref: ref) else { return nil }
        try Access.check(user: current, operation: .viewCase, account: file.account.type)
        return file
    }

    /// Every case `user` may view, in reference order; cases on the other side of the service are
    /// skipped and counted. Refuses a role that may view no case at all.
    @discardableResult
    public static func forEachVisibleCase(user: User, store: CaseStore, _ body: (CaseFile) throws -> Void) throws -> (shown: Int, skipped: Int) {
        try Access.check(user: user, operation: .viewCase, account: nil)
        let current = try currentUser(user, store: store)
        try Access.check(user: current, operation: .viewCase, account: nil)
        var shown = 0, skipped = 0
        try store.forEachCase { file in
            guard Access.allows(user: current, operation: .viewCase, account: file.account.type) else { skipped += 1; return }
            shown += 1
            try body(file)
        }
        return (shown, skipped)
    }

    private static func currentUser(_ user: User, store: CaseStore) throws -> User {
        guard let stored = try store.user(login: user.login) else {
            throw AccessDenied(login: user.login, role: user.role, operation: .viewCase, account: nil,
                               reason: "this login is no longer a user of this database")
        }
        return stored
    }
}
