import ArrearsCore
import ArrearsUI
import ArrearsTerminal

/// The steps of opening the workbench that the command and the benchmark's headless workbench share,
/// so that what is measured is what users run.
@MainActor
enum WorkbenchStartup {
    /// The theme named on the command line, else in the config file, else `default`.
    static func themeName(flag: String?, context: Context) throws -> String {
        try flag ?? WorkbenchAppearance.settings(context)["theme"] ?? "default"
    }

    static func styles(_ theme: Theme) -> [StyleRole: RoleStyle] {
        var styles: [StyleRole: RoleStyle] = [:]
        for role in StyleRole.allCases { styles[role] = theme.style(for: role) }
        return styles
    }

    /// The first frame: painted before the worklist's one query, so the terminal never sits blank.
    static func paintLoading(_ screen: TerminalScreen, store: SQLCaseStore, user: User) throws {
        screen.paint(LoadingScreen.render(width: screen.width, height: screen.height, user: user.displayName,
                                          message: "Loading \(try store.caseCount()) cases…"))
    }

    /// The App over the store's cases, with the user's saved worklist settings and the demo notice.
    static func makeApp(data: any WorkbenchData, store: SQLCaseStore, keymap: Keymap, policy: Policy,
                        notice: String?) throws -> App {
        var app = App(environment: AppEnvironment(
            data: data, keymap: keymap, glyphs: Glyphs.forLocale(isUTF8: TerminalScreen.localeIsUTF8),
            worklistSettings: try store.meta(settingsKey(data.currentUser)),
            noticeTerms: { WorkbenchPolicy.noticeTerms(for: $0, policy: policy) }))
        if try DemoGenerator.isDemo(store) {
            app.show(StatusMessage(notice ?? "\(demoDataBanner) — as of \(data.asOf.longText).", kind: .warning))
        }
        return app
    }

    static func settingsKey(_ user: User) -> String { "worklist_settings:\(user.login)" }
}
