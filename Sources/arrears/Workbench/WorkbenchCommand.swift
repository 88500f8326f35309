import Foundation
import ArrearsCore
import ArrearsUI
import ArrearsTerminal

/// `arrears` with no command: open the workbench.
enum WorkbenchCommand {
    static var command: Command { Command(
        spec: CommandSpec(
            path: "", summary: "Open the workbench.", usage: "[OPTIONS]",
            options: [
                .init(name: "as", value: "LOGIN", help: "work as another user (demo databases only)"),
                .init(name: "theme", value: "NAME", help: "colour theme (default, light, high-contrast, monochrome, colour-blind)"),
                .init(name: "as-of", value: "DATE", help: "work as if today were DATE (YYYY-MM-DD)"),
                ClassifyCommand.policyOption,
            ]),
        run: run) }

    @MainActor static func run(_ args: ParsedArguments, _ context: Context) throws -> Int32 {
        let asOf = try context.asOf(args)
        let path = context.databasePath(args)
        let explicit = args.value("db") != nil || !(context.environment["ARREARS_DB"] ?? "").isEmpty
        var notice: String?
        if !DatabaseLocation.isPostgres(path) && !FileManager.default.fileExists(atPath: path) {
            guard !explicit else {
                throw CommandFailure(message: "\(path): no database there. Create one with 'arrears demo --db \(path)' or 'arrears import --db \(path) FILE...'.")
            }
            Output.err("No database at \(path): creating a demo database of \(DemoSetup.firstRunAccounts) synthetic accounts…")
            try DemoSetup.create(path: path, accounts: DemoSetup.firstRunAccounts, seed: DemoGenerator.defaultSeed,
                                 asOf: asOf, creator: context.osLogin)
            notice = "\(demoDataBanner). Created at \(path)."
        }
        let store = try StoreOpener.open(path)
        let user = try WorkbenchIdentity.resolve(context: context, requestedAs: args.value("as"), store: store)
        let settingsKey = WorkbenchStartup.settingsKey(user)
        let policy = try ClassifyCommand.loadPolicy(args)
        let data = StoreWorkbenchData(store: store, user: user, asOf: asOf, policy: policy, clock: { context.now })
        // One action service for both executors, so that undo (u) reaches a queued letter too.
        let actions = try CaseActionsFactory.make(store: store, user: user, context: context, asOf: asOf, policy: policy)
        let executor = ActionExecutor(actions: actions)
        let letters = LetterActionExecutor(actions: actions)
        let themeName = try WorkbenchStartup.themeName(flag: args.value("theme"), context: context)
        let theme = try WorkbenchAppearance.theme(named: themeName, context: context)
        let keymap = try WorkbenchAppearance.keymap(context: context)
        let noColour = !(context.environment["NO_COLOR"] ?? "").isEmpty || themeName == "monochrome"
        let styles = WorkbenchStartup.styles(theme)

        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(mode: .interactive, styles: styles, noColour: noColour)
        } catch {
            throw CommandFailure(message: "\(error)")
        }
        defer { screen.end() }
        try WorkbenchStartup.paintLoading(screen, store: store, user: user)
        var app = try WorkbenchStartup.makeApp(data: data, store: store, keymap: keymap, policy: policy, notice: notice)
        app.resize(width: screen.width, height: screen.height)
        var idleReload = IdleReload(version: { try? store.dataVersion() })
        var connection = ConnectionWatch()
        WorkbenchLoop.run(app: &app, screen: screen, effect: { effect, app in
            switch effect {
            case .saveWorklistSettings(let encoded):
                do { try store.setMeta(settingsKey, encoded) } catch {
                    app.show(StatusMessage("Could not save your worklist settings: \(error)", kind: .error))
                }
            case .perform(let request):
                executor.run(request, in: &app)
                idleReload.noteOwnChange()
            case .letters(let request):
                letters.run(request, in: &app)
                idleReload.noteOwnChange()
            }
        }, idle: { app in
            if let message = connection.check(store) {
                app.show(message)
                app.reloadChanged()
                return true
            }
            return idleReload.check(&app)
        })
        return 0
    }
}
