import ArrearsCore

/// Who is running the workbench: the operating-system account, or `--as` on a demo database.
enum WorkbenchIdentity {
    static func resolve(context: Context, requestedAs: String?, store: CaseStore) throws -> User {
        do {
            let login = try Identity.connectingLogin(osLogin: context.osLogin, store: store)
            return try Identity.resolve(osLogin: login, requestedAs: requestedAs, store: store)
        } catch let e as IdentityError {
            throw CommandFailure(message: e.description)
        }
    }
}
