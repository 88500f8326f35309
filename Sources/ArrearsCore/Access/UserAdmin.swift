import Foundation

/// `arrears users add|list|set-role|assign-patch|disable|enable`: administrators only, each change one
/// transaction with its audit row. The last enabled administrator can be neither demoted nor disabled,
/// so a database can never lock everyone out of user administration.
public final class UserAdmin {
    let store: CaseStore
    let actor: User
    let now: () -> Timestamp

    public init(store: CaseStore, actor: User, now: @escaping () -> Timestamp) {
        self.store = store; self.actor = actor; self.now = now
    }

    /// The first administrator is whoever creates the database: call this when it has no users yet.
    @discardableResult
    public static func bootstrapAdministrator(store: CaseStore, login: String, displayName: String,
                                              now: Timestamp) throws -> User {
        try LoginName.check(login)
        let admin = User(login: login, displayName: try LoginName.displayName(displayName, login: login), role: .administrator)
        try store.atomically {
            guard try store.users().isEmpty else {
                throw ActionRefused(field: "Login", "This database already has users; an administrator adds new ones.")
            }
            try store.saveUsers([admin])
            try store.appendAudit(AuditRecord(at: now, user: login, operation: .manageUsers, accountRef: nil,
                                              summary: "First administrator \(login) created with the database",
                                              before: nil, after: AuditJSON.encode(UserFacts(admin))))
        }
        return admin
    }

    public func list() throws -> [User] {
        try Access.check(user: actor, operation: .manageUsers, account: nil)
        return try store.users()
    }

    @discardableResult
    public func add(login: String, displayName: String, role: Role, patches: [String] = []) throws -> String {
        try LoginName.check(login)
        let name = try LoginName.displayName(displayName, login: login)
        return try administer { users in
            if users.contains(where: { $0.login == login }) {
                throw ActionRefused(field: "Login", "\(login) is already a user; use set-role or enable to change it.")
            }
            let user = User(login: login, displayName: name, role: role)
            try store.saveUsers([user])
            for patch in patches { _ = try PatchAssignment.move(patch, to: try PatchAssignment.caseworker(login, store: store), store: store) }
            let saved = try store.user(login: login) ?? user
            return ("Added \(login) as \(role.label.lowercased().withArticle)", nil, saved)
        }
    }

    @discardableResult
    public func setRole(login: String, role: Role) throws -> String {
        try administer { users in
            var user = try existing(login, in: users)
            let before = user
            if user.role == .administrator && role != .administrator { try keepAnAdministrator(besides: login, users) }
            user.role = role
            if !role.worksCases { user.patches = [] }
            try store.saveUsers([user])
            return ("\(login) is now \(role.label.lowercased().withArticle)", before, user)
        }
    }

    @discardableResult
    public func assignPatch(_ patch: String, to login: String) throws -> String {
        let name = patch.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw ActionRefused(field: "Patch", "Enter the patch to assign.") }
        return try administer { users in
            let before = try existing(login, in: users)
            let moved = try PatchAssignment.move(name, to: try PatchAssignment.caseworker(login, store: store), store: store)
            let from = moved.previousHolders.isEmpty ? "" : " (taken from \(moved.previousHolders.joined(separator: ", ")))"
            return ("Patch \(name) assigned to \(login)\(from)", before, try store.user(login: login) ?? before)
        }
    }

    @discardableResult
    public func disable(login: String) throws -> String {
        try administer { users in
            var user = try existing(login, in: users)
            guard !user.disabled else { throw ActionRefused(field: "Login", "\(login) is already disabled.") }
            if user.role == .administrator { try keepAnAdministrator(besides: login, users) }
            let before = user
            user.disabled = true
            try store.saveUsers([user])
            return ("Disabled \(login); their cases show their patch's officer until reassigned", before, user)
        }
    }

    @discardableResult
    public func enable(login: String) throws -> String {
        try administer { users in
            var user = try existing(login, in: users)
            guard user.disabled else { throw ActionRefused(field: "Login", "\(login) is not disabled.") }
            let before = user
            user.disabled = false
            try store.saveUsers([user])
            return ("Enabled \(login)", before, user)
        }
    }

    // MARK: Shared steps

    /// Checks the actor (as stored now), runs the change, brings worklist officers into line and
    /// audits, all in one transaction. The change returns its message and the user before and after.
    private func administer(_ change: ([User]) throws -> (message: String, before: User?, after: User)) throws -> String {
        try Access.check(user: actor, operation: .manageUsers, account: nil)
        return try store.atomically {
            let current = try store.user(login: actor.login) ?? actor
            try Access.check(user: current, operation: .manageUsers, account: nil)
            let made = try change(try store.users())
            try store.updateSummaryOfficers(CaseOfficer(users: try store.users()).officer(patch:assignedTo:))
            try store.appendAudit(AuditRecord(at: now(), user: current.login, operation: .manageUsers, accountRef: nil,
                                              summary: made.message, before: AuditJSON.encode(made.before.map(UserFacts.init)),
                                              after: AuditJSON.encode(UserFacts(made.after))))
            return made.message
        }
    }

    private func existing(_ login: String, in users: [User]) throws -> User {
        guard let user = users.first(where: { $0.login == login }) else {
            throw ActionRefused(field: "Login", "There is no user \(login).")
        }
        return user
    }

    private func keepAnAdministrator(besides login: String, _ users: [User]) throws {
        if !users.contains(where: { $0.role == .administrator && !$0.disabled && $0.login != login }) {
            throw ActionRefused(field: "Login", "\(login) is the only enabled administrator; make someone else an administrator first, or nobody could manage users.")
        }
    }
}

/// Operating-system login names as the workbench accepts them.
public enum LoginName {
    /// POSIX portable user names: letters, digits, `.`, `_` and `-`, not starting with `-`, at most 32.
    public static func check(_ login: String) throws {
        let allowed = login.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) || "._-".unicodeScalars.contains($0) }
        guard !login.isEmpty, login.count <= 32, allowed, !login.hasPrefix("-") else {
            throw ActionRefused(field: "Login", "'\(login)' is not a login name: use up to 32 letters, digits, dots, underscores and hyphens, not starting with a hyphen.")
        }
        // The automation's author: a person with this login would be indistinguishable in the trail.
        guard login != AutomationRun.author else {
            throw ActionRefused(field: "Login", "'\(login)' is reserved for the nightly run's automated letters; choose another login.")
        }
    }

    static func displayName(_ text: String, login: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard name.count <= 100 else { throw ActionRefused(field: "Name", "The name is longer than 100 characters.") }
        return name.isEmpty ? login : name
    }
}
