/// Who holds a case: its direct assignment when that officer is enabled, otherwise the officer who
/// holds its patch. The worklist's "my cases" and the team lead's caseloads both follow this rule,
/// so every service that saves a summary sets its officer from here.
public struct CaseOfficer: Sendable {
    private let enabledLogins: Set<String>
    private let patchHolder: [String: String]

    public init(users: [User]) {
        let enabled = users.filter { !$0.disabled && $0.role.worksCases }
        enabledLogins = Set(enabled.map(\.login))
        var holder: [String: String] = [:]
        // Officers before team leads, then by login: a patch a team lead also watches stays the officer's.
        let ordered = enabled.sorted { ($0.role == .teamLead ? 1 : 0, $0.login) < ($1.role == .teamLead ? 1 : 0, $1.login) }
        for user in ordered {
            for patch in user.patches where holder[patch] == nil { holder[patch] = user.login }
        }
        patchHolder = holder
    }

    public func officer(patch: String?, assignedTo: String?) -> String? {
        if let assignedTo, enabledLogins.contains(assignedTo) { return assignedTo }
        return patch.flatMap { patchHolder[$0] }
    }

    public func officer(of account: Account) -> String? {
        officer(patch: account.patch, assignedTo: account.assignedTo)
    }
}
