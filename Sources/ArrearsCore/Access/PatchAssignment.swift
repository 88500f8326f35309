/// Moving a patch to one officer, shared by team leads (reassign a patch) and administrators
/// (assign a patch). A patch has one holder: moving it takes it from whoever held it. Worklist rows
/// of the patch's cases follow at once, except cases assigned to an officer directly.
enum PatchAssignment {
    struct Moved {
        var previousHolders: [String]
        var worklistRowsChanged: Int
    }

    /// Call inside a transaction; the caller audits.
    static func move(_ patch: String, to officer: User, store: CaseStore) throws -> Moved {
        let users = try store.users()
        let holders = users.filter { $0.patches.contains(patch) }
        var changed = holders.filter { $0.login != officer.login }.map { holder in
            var holder = holder
            holder.patches.removeAll { $0 == patch }
            return holder
        }
        var target = officer
        if !target.patches.contains(patch) { target.patches.append(patch) }
        changed.append(target)
        try store.saveUsers(changed)
        let officers = CaseOfficer(users: try store.users())
        let rows = try store.updateSummaryOfficers(officers.officer(patch:assignedTo:))
        return Moved(previousHolders: holders.map(\.login).filter { $0 != officer.login }, worklistRowsChanged: rows)
    }

    /// A user who can hold cases: known, enabled, and in a caseworker role.
    static func caseworker(_ login: String, store: CaseStore) throws -> User {
        guard let user = try store.user(login: login) else {
            throw ActionRefused(field: "Officer", "There is no user \(login).")
        }
        guard !user.disabled else { throw ActionRefused(field: "Officer", "\(login) is disabled and cannot hold cases.") }
        guard user.role.worksCases else {
            throw ActionRefused(field: "Officer", "\(login) is \(user.role.label.lowercased().withArticle) and does not hold cases.")
        }
        return user
    }
}

extension String {
    /// `an auditor`, `a team lead`.
    var withArticle: String {
        guard let first = first else { return self }
        return ("aeiou".contains(first.lowercased()) ? "an " : "a ") + self
    }
}

struct PatchFacts: Encodable {
    var patch: String
    var holders: [String]
}
