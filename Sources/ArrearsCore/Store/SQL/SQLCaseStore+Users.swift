/// The people who use the workbench and the patches they hold.
extension SQLCaseStore {
    /// Inserts new users and rewrites changed ones; users not in the list are left as they are.
    public func saveUsers(_ users: [User]) throws {
        try connection.transaction(immediate: true) {
            let upsert = try connection.statement("""
                INSERT INTO users (login, display_name, role, disabled) VALUES (?, ?, ?, ?)
                ON CONFLICT(login) DO UPDATE SET display_name = excluded.display_name, role = excluded.role,
                disabled = excluded.disabled
                """)
            let clearPatches = try connection.statement("DELETE FROM user_patches WHERE login = ?")
            let addPatch = try connection.statement("INSERT INTO user_patches (login, seq, patch) VALUES (?, ?, ?)")
            for user in users where try self.user(login: user.login) != user {
                try upsert.execute(user.login, user.displayName, user.role, user.disabled)
                try clearPatches.execute(user.login)
                for (seq, patch) in user.patches.enumerated() { try addPatch.execute(user.login, seq, patch) }
            }
        }
    }

    /// Every user, by login.
    public func users() throws -> [User] {
        try connection.transaction(immediate: false) {
            var patches: [String: [String]] = [:]
            try connection.statement("SELECT login, patch FROM user_patches ORDER BY login, seq").query { s in
                patches[s.text(0), default: []].append(s.text(1))
            }
            var users: [User] = []
            try connection.statement("SELECT login, display_name, role, disabled FROM users ORDER BY login").query { s in
                var user = try Self.readUser(s)
                user.patches = patches[user.login] ?? []
                users.append(user)
            }
            return users
        }
    }

    public func user(login: String) throws -> User? {
        try connection.transaction(immediate: false) {
            guard var user = try connection.statement("SELECT login, display_name, role, disabled FROM users WHERE login = ?")
                .first(login, read: Self.readUser) else { return nil }
            try connection.statement("SELECT patch FROM user_patches WHERE login = ? ORDER BY seq").query(login) { s in
                user.patches.append(s.text(0))
            }
            return user
        }
    }

    private static func readUser(_ s: any SQLStatement) throws -> User {
        User(login: s.text(0), displayName: s.text(1), role: try s.code(2), patches: [], disabled: s.bool(3))
    }
}
