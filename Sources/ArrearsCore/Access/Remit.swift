/// The cases a caseworker answers for: those in their patches and those assigned to them directly.
/// Bulk letters stay inside it (docs/permissions.md, "Bulk letters and remit"): a collection agent
/// or leasehold officer pasting a list that strays into other patches is told which references are
/// outside and those are not queued; a team lead, who balances the whole team's work, has no limit.
public struct Remit: Sendable {
    public let user: User

    /// Nil when the role's bulk letters are not limited to a remit (team leads).
    public static func of(_ user: User) -> Remit? {
        user.role == .teamLead ? nil : Remit(user: user)
    }

    public func covers(_ account: Account) -> Bool {
        account.assignedTo == user.login || account.patch.map(user.patches.contains) ?? false
    }

    /// Why the account is outside the remit, naming its patch and the user's; nil when it is inside.
    public func refusal(for account: Account) -> String? {
        guard !covers(account) else { return nil }
        let theirs = user.patches.isEmpty ? "you hold no patches" : "your patches are \(user.patches.joined(separator: ", "))"
        let where_ = account.patch.map { "is in patch \($0)" } ?? "has no patch"
        return "Patch: \(account.ref) \(where_) and is not assigned to you (\(theirs)); its officer or a team lead can send it"
    }
}
