/// Who is running the program. The executable passes the operating-system login found from the
/// process's uid (never an environment variable, which anyone can set); this decides whether that
/// login may use this database.
public enum Identity {
    /// The meta key that marks a demonstration database, on which `--as LOGIN` may switch user.
    /// Whoever generates a demo database sets it to `demoMetaValue`; a real database never has it.
    public static let demoMetaKey = "demo"
    public static let demoMetaValue = "yes"

    public static func isDemoDatabase(_ store: CaseStore) throws -> Bool {
        try store.meta(demoMetaKey) == demoMetaValue
    }

    /// The login a store vouches for: on PostgreSQL the role the server authenticated (peer
    /// authentication makes it the OS account on a local socket; over TCP the role must be a
    /// workbench user's login), on SQLite the OS account, which the file's permissions let in.
    /// The core's permissions then decide what that user may do.
    public static func connectingLogin(osLogin: String, store: CaseStore) throws -> String {
        if let postgres = store as? PostgresCaseStore { return try postgres.databaseRole() }
        return osLogin
    }

    /// The user to act as. `requestedAs` (`--as LOGIN`) is honoured only on a demo database, and is
    /// then the only login checked: a presenter's own login need not be in the demo's user list.
    public static func resolve(osLogin: String, requestedAs: String?, store: CaseStore) throws -> User {
        if let requestedAs {
            guard try isDemoDatabase(store) else { throw IdentityError.switchRefusedOnRealDatabase(requested: requestedAs) }
            return try enabledUser(requestedAs, store: store, viaAs: true)
        }
        return try enabledUser(osLogin, store: store, viaAs: false)
    }

    private static func enabledUser(_ login: String, store: CaseStore, viaAs: Bool) throws -> User {
        guard let user = try store.user(login: login) else {
            let users = try store.users()
            if users.isEmpty { throw IdentityError.noUsersYet(login: login) }
            let administrators = users.filter { $0.role == .administrator && !$0.disabled }.map(\.login)
            throw viaAs ? IdentityError.unknownDemoLogin(login: login)
                        : IdentityError.unknownLogin(login: login, administrators: administrators)
        }
        if user.disabled { throw IdentityError.disabled(login: login) }
        return user
    }
}

public enum IdentityError: Error, Equatable, CustomStringConvertible {
    case unknownLogin(login: String, administrators: [String])
    case disabled(login: String)
    case switchRefusedOnRealDatabase(requested: String)
    case unknownDemoLogin(login: String)
    case noUsersYet(login: String)

    public var description: String {
        switch self {
        case let .unknownLogin(login, administrators):
            let who = administrators.isEmpty
                ? "No administrator is enabled on this database, so nobody can add it; restore an administrator's access first."
                : "Ask an administrator to add it (\(administrators.joined(separator: ", ")))."
            return "The login \(login) is not a user of this database. \(who)"
        case let .disabled(login):
            return "The login \(login) has been disabled on this database. Ask an administrator to enable it again."
        case let .switchRefusedOnRealDatabase(requested):
            return "--as \(requested) is refused: switching user is only for demonstration databases, and this one holds real cases. Run without --as to act as yourself."
        case let .unknownDemoLogin(login):
            return "--as \(login): there is no user \(login) in this demonstration database. `arrears users list` shows who there is."
        case let .noUsersYet(login):
            return "This database has no users yet, so \(login) cannot be identified. Whoever creates a database becomes its first administrator; create it again or ask the person who did."
        }
    }
}
