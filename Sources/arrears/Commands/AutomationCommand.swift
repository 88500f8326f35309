import ArrearsCore

/// `arrears automation show|set`: what the nightly run may do by itself, per patch × account type × step.
enum AutomationCommand {
    static var commands: [Command] { [show, set] }

    static var show: Command {
        Command(spec: CommandSpec(
            path: "automation show", summary: "List the automation settings (every cell not listed is off).",
            usage: "[--json] [--as LOGIN] [--db PATH]", options: [ClassifyCommand.jsonOption, UsersCommand.asOption]),
            run: { args, context in
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let settings = try settingsOrFailure { try AutomationControl.read(store, login: user.login) }
                if args.has("json") { Output.out(settings.json); return 0 }
                guard !settings.all.isEmpty else {
                    Output.out("Automation is off everywhere. A team lead switches it on with 'arrears automation set'.")
                    return 0
                }
                Output.out("Patch\tAccount type\tStep\tState\tDaily cap\tFrom")
                for s in settings.all {
                    Output.out([s.patch, s.accountType.label, s.step.label, s.enabled ? "on" : "off", String(s.dailyCap),
                                s.startDate?.isoText ?? "-"].joined(separator: "\t"))
                }
                return 0
            })
    }

    static var set: Command {
        Command(spec: CommandSpec(
            path: "automation set", summary: "Switch automated steps on or off for patches and account types (team leads).",
            usage: "--patch P[,P…]|all --type T[,T…]|rent|leasehold|all --step S[,S…]|all (--on|--off) [--cap N] [--start DATE] [--as LOGIN] [--db PATH]",
            options: [
                .init(name: "patch", value: "LIST", help: "patches, comma-separated, or 'all' (accounts with no patch: '(none)')"),
                .init(name: "type", value: "LIST", help: "account type codes (\(AccountType.allCases.map(\.rawValue).joined(separator: ", "))), 'rent', 'leasehold' or 'all'"),
                .init(name: "step", value: "LIST", help: "steps (\(AutomationStep.allCases.map(\.rawValue).joined(separator: ", "))) or 'all'"),
                .init(name: "on", value: nil, help: "switch the steps on"),
                .init(name: "off", value: nil, help: "switch the steps off"),
                .init(name: "cap", value: "N", help: "at most N cases a day per patch, type and step (new cells: \(AutomationControl.defaultDailyCap))"),
                .init(name: "start", value: "DATE", help: "take the steps from DATE on (YYYY-MM-DD)"),
                UsersCommand.asOption,
            ],
            details: "Steps only apply where they mean something: rent steps to rent accounts, service-charge and major-works letters to leasehold accounts. Every change is in the audit trail."),
            run: { args, context in
                guard args.has("on") != args.has("off") else {
                    throw UsageError(message: "give exactly one of --on and --off", command: "automation set")
                }
                let store = try CommandStore.open(args, context)
                let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
                let change = AutomationControl.Change(
                    patches: try patches(args.value("patch"), store: store), accountTypes: try types(args.value("type")),
                    steps: try steps(args.value("step")), enabled: args.has("on"), dailyCap: try cap(args.value("cap")),
                    startDate: try start(args.value("start")))
                let changed = try settingsOrFailure { try AutomationControl.apply(change, store: store, user: user, at: context.now) }
                guard !changed.isEmpty else { Output.out("Nothing changed: the settings were already so."); return 0 }
                for s in changed { Output.out(s.text) }
                Output.out("Changed \(changed.count) setting\(changed.count == 1 ? "" : "s").")
                return 0
            })
    }

    /// Settings errors are the user's to fix: a plain message and exit 1.
    static func settingsOrFailure<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let e as AutomationSettingsError {
            throw CommandFailure(message: e.description)
        } catch let e as AccessDenied {
            throw CommandFailure(message: e.description)
        }
    }

    static func list(_ text: String?, _ option: String) throws -> [String] {
        guard let text, !text.isEmpty else { throw UsageError(message: "give --\(option)", command: "automation set") }
        return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func patches(_ text: String?, store: CaseStore) throws -> [String] {
        let named = try list(text, "patch")
        return named == ["all"] ? try AutomationControl.knownPatches(store).sorted() : named
    }

    static func types(_ text: String?) throws -> [AccountType] {
        try list(text, "type").flatMap { word -> [AccountType] in
            switch word.lowercased() {
            case "all": return AccountType.allCases
            case "rent": return AccountType.allCases.filter { !$0.isLeaseholdSide }
            case "leasehold": return AccountType.allCases.filter(\.isLeaseholdSide)
            default:
                guard let type = AccountType(rawValue: word.uppercased()) else {
                    throw UsageError(message: "--type: unknown account type '\(word)'; use \(AccountType.allCases.map(\.rawValue).joined(separator: ", ")), rent, leasehold or all", command: "automation set")
                }
                return [type]
            }
        }
    }

    static func steps(_ text: String?) throws -> [AutomationStep] {
        try list(text, "step").flatMap { word -> [AutomationStep] in
            if word == "all" { return AutomationStep.allCases }
            guard let step = AutomationStep(rawValue: word) else {
                throw UsageError(message: "--step: unknown step '\(word)'; steps are \(AutomationStep.allCases.map(\.rawValue).joined(separator: ", ")) or all", command: "automation set")
            }
            return [step]
        }
    }

    static func cap(_ text: String?) throws -> Int? {
        guard let text else { return nil }
        guard let n = Int(text) else { throw UsageError(message: "--cap must be a whole number, not '\(text)'", command: "automation set") }
        return n
    }

    static func start(_ text: String?) throws -> CivilDate? {
        guard let text else { return nil }
        guard let d = CivilDate.parseISO(text) else {
            throw UsageError(message: "--start must be a date like 2026-12-01, not '\(text)'", command: "automation set")
        }
        return d
    }
}
