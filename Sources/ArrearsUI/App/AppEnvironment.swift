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

    public init(data: any WorkbenchData, registry: ActionRegistry = .standard, keymap: Keymap? = nil,
                glyphs: Glyphs = .unicode, worklistSettings: String? = nil) {
        self.data = data
        self.registry = registry
        self.keymap = keymap ?? Keymap(registry: registry)
        self.glyphs = glyphs
        self.worklistSettings = worklistSettings
    }
}

/// What the App asks its host to do after a key.
public enum AppEffect: Hashable, Sendable {
    /// An action the host registered itself (not one of the standard screens' actions), with the
    /// case it applies to when there is one. Destructive actions come only after the user said yes.
    case run(ActionID, caseRef: String?)
    /// The user's own worklist settings changed: store them (per user) for the next run.
    case saveWorklistSettings(String)
    /// A confirmed letter action: perform it with `LetterActionExecutor`, then call `App.finish(_:_:)`.
    case letters(LetterRequest)
}
