import ArrearsCore

/// The workbench as a pure state machine: keys in, grids out. It keeps the stack of screens and the
/// overlay over them, looks keys up in the keymap, checks the role may run the action, asks the
/// overlay or the top screen to perform it and carries out the `Outcome`. What each action does lives
/// with its screen. It never touches the terminal.
public struct App {
    /// Below this the too-small screen shows instead, and every other state is kept.
    public static let minimumSize = (width: 60, height: 16)

    public internal(set) var isFinished = false
    public internal(set) var message: StatusMessage?

    var session: Session
    var stack: [any Screen] = []
    var overlay: (any OverlayScreen)?
    var pendingKeys: [Key] = []
    var size = (width: 80, height: 24)
    var effects: [AppEffect] = []
    /// The first frame was drawn from the agent's own cases only, or from the team lead's stored
    /// counts; the rest of the caseload is read on
    /// the loop's first idle moment, or before the first key is handled, whichever comes first.
    public internal(set) var hasRestToLoad = false

    public init(environment: AppEnvironment) {
        let user = environment.data.currentUser
        session = Session(data: environment.data, registry: environment.registry, keymap: environment.keymap,
                          context: ScreenContext(glyphs: environment.glyphs, user: user, asOf: environment.data.asOf,
                                                 officerNames: [:],
                                                 keys: KeyNames(keymap: environment.keymap, registry: environment.registry)),
                          index: WorklistIndex(summaries: []), body: Rect(x: 0, y: 1, width: 80, height: 22),
                          noticeTerms: environment.noticeTerms, savedSettings: environment.worklistSettings)
        if user.role == .teamLead {
            let stored = loadCountsFirst()
            stack = [stored.map { TeamLeadScreen.make(session: session, groups: $0) } ?? TeamLeadScreen.make(session: session)]
        } else {
            loadFirstPage(for: WorklistScreen.ownSettings(session: session).filter)
            let worklist = WorklistScreen.own(session: session)
            session.savedSettings = worklist.settings.encoded
            stack = [worklist]
        }
        fitAll()
    }

    public var user: User { session.user }
    public var asOf: CivilDate { session.asOf }
    var registry: ActionRegistry { session.registry }
    var keymap: Keymap { session.keymap }
    var body: Rect { session.body }
    var undoable: String? { session.undoable }

    /// The context the next key is looked up in.
    public var currentContext: ActionContext { overlay?.context ?? stack.last?.context ?? .generic }

    /// The breadcrumb trail, root first.
    public var breadcrumbs: [String] { stack.map(\.crumb) }

    var isTooSmall: Bool { size.width < App.minimumSize.width || size.height < App.minimumSize.height }

    // MARK: Keys

    /// Handles one key and returns what the host should do. Keys that start a longer binding
    /// (`g` of `g g`) wait for the next key.
    @discardableResult
    public mutating func handle(_ key: Key) -> [AppEffect] {
        effects = []
        if key == .resize { pendingKeys = []; return [] }
        loadRest()
        if isTooSmall {
            // Nothing changes unseen while the screen is too small to show it; only quitting works.
            if case .action(.quit) = keymap.lookup([key], in: .generic) { isFinished = true }
            return []
        }
        if pendingKeys.isEmpty { message = nil }
        pendingKeys.append(key)
        let context = currentContext
        switch keymap.lookup(pendingKeys, in: context) {
        case .pending:
            return []
        case .action(let id):
            pendingKeys = []
            perform(id, in: context)
        case .unbound:
            let keys = pendingKeys
            pendingKeys = []
            if keys.count > 1 {
                // A broken sequence: the last key starts afresh, as in vim.
                return handle(keys[keys.count - 1])
            }
            let typed = askTop(overlay: { $0.type(key, under: &$1, session: $2) }, screen: { $0.type(key, session: $1) })
            if let typed { apply(typed) } else {
                let help = keymap.keyName(for: .help, in: context, registry: registry)
                message = StatusMessage("\(key.displayName) does nothing here. Press \(help) for this screen's keys.", kind: .warning)
            }
        }
        noteSettingsChange()
        return effects
    }

    /// Runs an action in a context: the permission check, then moving between screens, the
    /// overlay's or the top screen's own action, and last the actions that work from anywhere.
    mutating func perform(_ id: ActionID, in context: ActionContext) {
        guard let action = registry[id] else {
            message = StatusMessage("Unknown action \(id).", kind: .error)
            return
        }
        guard action.allows(user.role) else {
            message = StatusMessage(Availability(session: session, screen: stack.last).refusal(of: action), kind: .warning)
            return
        }
        if performNavigation(id, in: context) { return }
        var outcome = askTop(overlay: { $0.perform(id, under: &$1, session: $2) }, screen: { $0.perform(id, session: $1) })
        if outcome == nil { outcome = AnywhereActions.perform(id, overlayOpen: overlay != nil, session: session) }
        apply(outcome ?? .message("\(action.title) does not apply here.", .warning))
    }

    /// Asks the overlay (with the screen under it) or, when there is none, the top screen.
    private mutating func askTop(overlay ask: (inout any OverlayScreen, inout any Screen, Session) -> Outcome?,
                                 screen askScreen: (inout any Screen, Session) -> Outcome?) -> Outcome? {
        let s = session
        guard var o = overlay else { return askScreen(&stack[stack.count - 1], s) }
        let outcome = ask(&o, &stack[stack.count - 1], s)
        overlay = o
        return outcome
    }

    /// Carries out an outcome's steps in order.
    mutating func apply(_ outcome: Outcome) {
        for step in outcome.steps {
            switch step {
            case .push(var screen):
                screen.fit(body, session: session)
                stack.append(screen)
            case .pop:
                if stack.count > 1 { stack.removeLast(); fitAll() }
            case let .reuse(matching, otherwise):
                if let i = stack.lastIndex(where: matching) {
                    stack.removeSubrange((i + 1)...)
                } else {
                    apply(otherwise())
                }
            case .overlay(let o): overlay = o
            case .closeOverlay: overlay = nil
            case .message(let m): message = m
            case .effect(let e): effects.append(e)
            case let .perform(id, context): perform(id, in: context)
            case .reload: reload()
            case .quit: isFinished = true
            }
        }
    }

    /// Shows a message in the status bar until the next key (for the host's own actions).
    public mutating func show(_ message: StatusMessage) { self.message = message }

    /// Opens a case over the current screen (tests and the host use it to go straight to one).
    mutating func openCase(ref: String) { apply(CaseScreen.open(ref: ref, session: session)) }

    // MARK: Size

    /// Lays the screens out for a new terminal size. Called by `render` when the grid's size differs.
    public mutating func resize(width: Int, height: Int) {
        size = (max(0, width), max(0, height))
        session.body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        fitAll()
    }

    mutating func fitAll() {
        guard !isTooSmall else { return }
        let s = session
        for i in stack.indices { stack[i].fit(s.body, session: s) }
    }

    /// Emits the user's own worklist settings when they changed.
    private mutating func noteSettingsChange() {
        for case let w as WorklistScreen in stack where w.persists {
            let encoded = w.settings.encoded
            if encoded != session.savedSettings {
                session.savedSettings = encoded
                effects.append(.saveWorklistSettings(encoded))
            }
        }
    }
}
