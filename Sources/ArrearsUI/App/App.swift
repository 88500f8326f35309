import ArrearsCore

/// The workbench as a pure state machine: keys in, grids out. It holds the navigation stack
/// (worklist → case → panes, or team lead view → worklist → case), the overlays, the status bar
/// message and any half-typed key sequence. It never touches the terminal.
public struct App {
    /// Below this the too-small screen shows instead, and every other state is kept.
    public static let minimumSize = (width: 60, height: 16)

    public internal(set) var isFinished = false
    public internal(set) var message: StatusMessage?

    let data: any WorkbenchData
    let registry: ActionRegistry
    let keymap: Keymap
    var context: ScreenContext
    var index: WorklistIndex
    var stack: [ScreenState] = []
    var overlay: OverlayState?
    var pendingKeys: [Key] = []
    var size = (width: 80, height: 24)
    var savedSettings: String?
    var effects: [AppEffect] = []
    let noticeTerms: (AccountType) -> NoticeTerms
    /// What `u` would reverse: the status line of this run's last action, as the executor reports it.
    var undoable: String?

    public init(environment: AppEnvironment) {
        data = environment.data
        registry = environment.registry
        keymap = environment.keymap
        noticeTerms = environment.noticeTerms
        let user = environment.data.currentUser
        context = ScreenContext(glyphs: environment.glyphs, user: user, asOf: environment.data.asOf, officerNames: [:])
        index = WorklistIndex(summaries: [])
        savedSettings = environment.worklistSettings
        loadData()
        let settings = environment.worklistSettings.map { WorklistSettings(encoded: $0, user: user) } ?? .initial(for: user)
        if user.role == .teamLead {
            stack = [.teamLead(makeTeamLead())]
        } else {
            stack = [.worklist(WorklistScreen(index: index, settings: settings, persists: true, user: user, asOf: context.asOf))]
            savedSettings = settings.encoded
        }
        fitAll()
    }

    public var user: User { context.user }
    public var asOf: CivilDate { context.asOf }

    /// The context the next key is looked up in.
    public var currentContext: ActionContext {
        if let overlay { return overlay.context }
        if case .worklist(let w) = stack.last, w.search.isEditing { return .search }
        return stack.last?.context ?? .generic
    }

    /// The breadcrumb trail, root first.
    public var breadcrumbs: [String] { stack.map(\.crumb) }

    var isTooSmall: Bool { size.width < App.minimumSize.width || size.height < App.minimumSize.height }

    /// The rows between the breadcrumb line and the status bar.
    var body: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

    // MARK: Keys

    /// Handles one key and returns what the host should do. Keys that start a longer binding
    /// (`g` of `g g`) wait for the next key.
    @discardableResult
    public mutating func handle(_ key: Key) -> [AppEffect] {
        effects = []
        if key == .resize { pendingKeys = []; return [] }
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
            typeOrReject(key, in: context)
        }
        noteSettingsChange()
        return effects
    }

    private mutating func typeOrReject(_ key: Key, in context: ActionContext) {
        switch (context, overlay) {
        case (.palette, .palette(var p)?):
            if p.input.handle(key) { p.selected = 0; overlay = .palette(p); return }
        case (.form, .form(var f)?):
            if f.form.type(key) {
                f.refresh()
                overlay = .form(f)
                return
            }
        case (.bulkLetterEntry, _):
            if typeIntoLetterScreen(key) { return }
        case (.search, _):
            if case .worklist(var w) = stack.last, w.search.input.handle(key) {
                let found = w.searchEdited()
                stack[stack.count - 1] = .worklist(w)
                if !found { message = StatusMessage("No match for \u{201C}\(w.search.input.text)\u{201D} in this tab.", kind: .warning) }
                return
            }
        default:
            break
        }
        message = StatusMessage("\(key.displayName) does nothing here. Press ? for this screen's keys.", kind: .warning)
    }

    /// Shows a message in the status bar until the next key (for the host's own actions).
    public mutating func show(_ message: StatusMessage) { self.message = message }

    // MARK: Size

    /// Lays the screens out for a new terminal size. Called by `render` when the grid's size differs.
    public mutating func resize(width: Int, height: Int) {
        size = (max(0, width), max(0, height))
        fitAll()
    }

    mutating func fitAll() {
        guard !isTooSmall else { return }
        let area = body
        for i in stack.indices {
            switch stack[i] {
            case .worklist(var w): w.fit(area); stack[i] = .worklist(w)
            case .caseDetails(var c): c.fit(area, context: context); stack[i] = .caseDetails(c)
            case .teamLead(var t): t.fit(area); stack[i] = .teamLead(t)
            case .caseload(var c): c.fit(area); stack[i] = .caseload(c)
            case .letters(var l): l.fit(area, glyphs: context.glyphs); stack[i] = .letters(l)
            }
        }
    }

    // MARK: Data

    mutating func loadData() {
        do {
            index = WorklistIndex(summaries: try data.summaries())
            var names: [String: String] = [:]
            for u in try data.users() { names[u.login] = u.displayName }
            context.officerNames = names
        } catch {
            message = StatusMessage("Could not load cases: \(error)", kind: .error)
        }
    }

    func makeTeamLead() -> TeamLeadScreen {
        var reports: [ServiceArea: TeamLeadReport] = [:]
        let snapshots = (try? data.snapshots()) ?? []
        let letters = (try? data.letterCounts()) ?? [:]
        for area in ServiceArea.allCases {
            reports[area] = TeamLeadReport(summaries: index.summaries, area: area, asOf: context.asOf, snapshots: snapshots,
                                           letters: letters, officerName: context.officerName, glyphs: context.glyphs)
        }
        return TeamLeadScreen(reports: reports)
    }

    /// Re-reads everything from the data source (another caseworker may have changed cases),
    /// keeping every screen's tab, filters, selection and scroll.
    public mutating func reload() {
        loadData()
        for i in stack.indices {
            switch stack[i] {
            case .worklist(let w):
                var fresh = WorklistScreen(index: index, settings: w.settings, persists: w.persists, user: user, asOf: asOf)
                fresh.adopt(w, user: user, asOf: asOf)
                stack[i] = .worklist(fresh)
            case .caseDetails(let c):
                if let file = try? data.loadCase(ref: c.ref) {
                    var fresh = CaseScreen(file: file, summary: index.position(ofRef: c.ref).map { index.summaries[$0] },
                                           audit: auditTrail(ref: c.ref))
                    fresh.adopt(c)
                    stack[i] = .caseDetails(fresh)
                }
            case .teamLead(let t):
                var fresh = makeTeamLead()
                if t.area != fresh.area { fresh.switchArea(area: body) }
                stack[i] = .teamLead(fresh)
            case .caseload(let c):
                var fresh = makeCaseload()
                fresh.adopt(c)
                stack[i] = .caseload(fresh)
            case .letters(let l):
                stack[i] = .letters(reloaded(l))
            }
        }
        fitAll()
    }

    /// Emits the user's own worklist settings when they changed.
    private mutating func noteSettingsChange() {
        for case .worklist(let w) in stack where w.persists {
            let encoded = w.settings.encoded
            if encoded != savedSettings {
                savedSettings = encoded
                effects.append(.saveWorklistSettings(encoded))
            }
        }
    }
}
