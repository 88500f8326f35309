import ArrearsCore

/// Everything the App is built from. The executable fills it from the store, the config files and
/// the terminal's locale; tests fill it from fixtures.
public struct AppEnvironment {
    public var data: any WorkbenchData
    public var registry: ActionRegistry
    /// The registry's defaults with the user's overrides applied (`KeyBindingsFile`).
    public var keymap: Keymap
    public var glyphs: Glyphs
    /// The user's saved `WorklistSettings.encoded`, if any.
    public var worklistSettings: String?
    /// How long each account type's notice runs, from policy: the notice form shows the dates it gives
    /// and sends them with the request.
    public var noticeTerms: (AccountType) -> NoticeTerms

    public init(data: any WorkbenchData, registry: ActionRegistry = .standard, keymap: Keymap? = nil,
                glyphs: Glyphs = .unicode, worklistSettings: String? = nil,
                noticeTerms: @escaping (AccountType) -> NoticeTerms = AppEnvironment.standardNoticeTerms) {
        self.data = data
        self.registry = registry
        self.keymap = keymap ?? Keymap(registry: registry)
        self.glyphs = glyphs
        self.worklistSettings = worklistSettings
        self.noticeTerms = noticeTerms
    }
}

/// What the App asks its host to do after a key.
public enum AppEffect: Equatable, Sendable {
    /// A change to cases, collected and checked by a form: the host carries it out with
    /// `ActionExecutor.run(_:in:)`, which hands the result back to the App.
    case perform(ActionRequest)
    /// The user's own worklist settings changed: store them (per user) for the next run.
    case saveWorklistSettings(String)
    /// A confirmed letter action: perform it with `LetterActionExecutor`, then call `App.finish(_:_:)`.
    case letters(LetterRequest)
}
