/// Enforces the permission matrix in the core. Every service calls `check` before touching data,
/// and again inside its transaction with the user as stored then (a user disabled mid-session is
/// refused from their next action on).
public enum Access {
    public static func check(user: User, operation: AccessOperation, account: AccountType?) throws {
        if user.disabled {
            throw AccessDenied(login: user.login, role: user.role, operation: operation, account: account,
                               reason: "this login is disabled and may do nothing; an administrator can enable it again")
        }
        if let reason = PermissionMatrix.refusal(user.role, operation, account) {
            throw AccessDenied(login: user.login, role: user.role, operation: operation, account: account, reason: reason)
        }
    }

    /// For menus and help: whether to offer the operation at all.
    public static func allows(user: User, operation: AccessOperation, account: AccountType?) -> Bool {
        (try? check(user: user, operation: operation, account: account)) != nil
    }
}

/// A refusal that names the role, the operation and why.
public struct AccessDenied: Error, Equatable, CustomStringConvertible {
    public var login: String
    public var role: Role
    public var operation: AccessOperation
    public var account: AccountType?
    public var reason: String

    public var description: String {
        "Refused: \(login) (\(role.label)) may not \(operation.phrase): \(reason)."
    }
}
