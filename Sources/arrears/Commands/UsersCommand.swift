import ArrearsCore

/// `arrears users …` (administrators only) and `arrears audit`.
enum UsersCommand {
    static let asOption = CommandSpec.Option(name: "as", value: "LOGIN", help: "act as another user (demo databases only)")

    static var commands: [Command] {
        [
            command("users list", "List the users, their roles and patches.", "", 0...0) { admin, _ in
                try admin.list().map { u in
                    [u.login, u.displayName, u.role.rawValue, u.patches.joined(separator: ","), u.disabled ? "disabled" : "enabled"]
                        .joined(separator: "\t")
                }.joined(separator: "\n")
            },
            command("users add", "Add a user: LOGIN ROLE [NAME...]; roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).",
                    "LOGIN ROLE [NAME...]", 2...Int.max) { admin, args in
                let role = try parseRole(args.positionals[1])
                let name = args.positionals.dropFirst(2).joined(separator: " ")
                return try admin.add(login: args.positionals[0], displayName: name.isEmpty ? args.positionals[0] : name, role: role)
            },
            command("users set-role", "Change a user's role.", "LOGIN ROLE", 2...2) { admin, args in
                try admin.setRole(login: args.positionals[0], role: try parseRole(args.positionals[1]))
            },
            command("users assign-patch", "Give a patch to a user (it moves from whoever held it).", "LOGIN PATCH", 2...2) { admin, args in
                try admin.assignPatch(args.positionals[1], to: args.positionals[0])
            },
            command("users disable", "Stop a user from using the workbench (their history stays).", "LOGIN", 1...1) { admin, args in
                try admin.disable(login: args.positionals[0])
            },
            command("users enable", "Let a disabled user back in.", "LOGIN", 1...1) { admin, args in
                try admin.enable(login: args.positionals[0])
            },
        ]
    }

    static func command(_ path: String, _ summary: String, _ usage: String, _ positionals: ClosedRange<Int>,
                        _ body: @escaping @MainActor (UserAdmin, ParsedArguments) throws -> String) -> Command {
        Command(spec: CommandSpec(path: path, summary: summary, usage: usage + " [--db PATH]", options: [asOption],
                                  positionals: positionals,
                                  details: "Only administrators may manage users; every change is recorded in the audit trail."),
                run: { args, context in
                    let store = try CommandStore.open(args, context)
                    let actor = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                    Output.out(try body(UserAdmin(store: store, actor: actor, now: { context.now }), args))
                    return 0
                })
    }

    static func parseRole(_ text: String) throws -> Role {
        guard let role = Role(rawValue: text) else {
            throw UsageError(message: "unknown role '\(text)'; roles are \(Role.allCases.map(\.rawValue).joined(separator: ", "))", command: "")
        }
        return role
    }

    static var audit: Command {
        Command(spec: CommandSpec(
            path: "audit", summary: "Show the audit trail: who changed what, when, before and after.",
            usage: "[--case REF] [--user LOGIN] [--since DATE] [--limit N] [--db PATH]",
            options: [
                .init(name: "case", value: "REF", help: "only changes to this case"),
                .init(name: "user", value: "LOGIN", help: "only changes by this user"),
                .init(name: "since", value: "DATE", help: "only changes on or after DATE (YYYY-MM-DD)"),
                .init(name: "limit", value: "N", help: "at most N rows, newest first (default 200)"),
                .init(name: "details", value: nil, help: "also print the before and after of each change"),
                asOption,
            ],
            details: "Team leads, auditors and administrators may read the audit trail."),
            run: { args, context in
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                try Access.check(user: user, operation: .viewAudit, account: nil)
                var since: Timestamp?
                if let text = args.value("since") {
                    guard let d = CivilDate.parseISO(text) else {
                        throw UsageError(message: "--since must be a date like 2026-11-01, not '\(text)'", command: "audit")
                    }
                    since = Timestamp(london: d)
                }
                let limit = try DemoCommand.integer(args, "limit", default: 200, range: 1...1_000_000)
                let rows = try store.audit(ref: args.value("case"), user: args.value("user"), since: since, limit: limit)
                for r in rows {
                    Output.out([r.at.londonText, r.user, r.operation.rawValue, r.accountRef ?? "-", r.summary].joined(separator: "\t"))
                    if args.has("details") {
                        if let b = r.before { Output.out("    before: \(b)") }
                        if let a = r.after { Output.out("    after:  \(a)") }
                    }
                }
                if rows.isEmpty { Output.err("No audit rows match.") }
                return 0
            })
    }
}
