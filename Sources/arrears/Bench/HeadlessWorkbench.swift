import Foundation
import ArrearsCore
import ArrearsUI
import ArrearsTerminal
#if canImport(Glibc)
import Glibc
#endif

/// The workbench started the way `arrears` starts it (WorkbenchCommand), on a headless ncurses
/// terminal that writes to a file, so that every frame's time and bytes can be measured.
@MainActor
final class HeadlessWorkbench {
    /// What one frame cost: key handling, its effects (saving settings), building the grid, painting it.
    struct Frame {
        var handle: Double
        var effects: Double
        var render: Double
        var paint: Double
        var bytes: Int
        var total: Double { handle + effects + render + paint }
    }

    /// The first frame from nothing, phase by phase.
    struct Start {
        var openStore: Double
        /// From nothing to the loading frame on screen (store opened, terminal started, message painted).
        var loadingFrame: Double
        /// Building the App, of which `readSummaries` is the store's `summaries()`.
        var loadCases: Double
        var readSummaries: Double
        var openTerminal: Double
        var render: Double
        var paint: Double
        var bytes: Int
        /// After the first frame: reading the rest of the caseload when the frame came from a first page
        /// (an agent's own patches) or from the stored counts (a team lead), as the loop does at its first
        /// idle moment; 0 when everything was read.
        var loadRest: Double
        var total: Double { openStore + loadCases + openTerminal + render + paint }
    }

    let store: SQLCaseStore
    let screen: TerminalScreen
    /// Carries out the actions keys ask for, as the workbench does (one transaction each).
    let executor: ActionExecutor
    private(set) var app: App
    private let outputPath: String
    private let settingsKey: String
    private var written: Int

    private init(store: SQLCaseStore, screen: TerminalScreen, executor: ActionExecutor, app: App, outputPath: String,
                 settingsKey: String) {
        self.store = store; self.screen = screen; self.executor = executor; self.app = app; self.outputPath = outputPath
        self.settingsKey = settingsKey
        written = HeadlessWorkbench.flushedSize(outputPath)
    }

    /// Opens the store as `login`, loads the worklist, opens the terminal and paints the first frame.
    static func start(database: String, login: String, outputPath: String, width: Int, height: Int,
                      context: Context) throws -> (HeadlessWorkbench, Start) {
        let clock = ContinuousClock()
        let t0 = clock.now
        let store = try StoreOpener.open(database)
        let user = try WorkbenchIdentity.resolve(context: context, requestedAs: login, store: store)
        let settingsKey = WorkbenchStartup.settingsKey(user)
        let data = TimedWorkbenchData(StoreWorkbenchData(store: store, user: user, asOf: BenchSession.asOf, policy: .default,
                                                                clock: { Timestamp(london: BenchSession.asOf, hour: 9) }))
        // Made at start as the workbench makes it.
        let executor = ActionExecutor(actions: try CaseActionsFactory.make(store: store, user: user, context: context,
                                                                           asOf: BenchSession.asOf, policy: .default))
        let theme = try WorkbenchAppearance.theme(named: try WorkbenchStartup.themeName(flag: nil, context: context), context: context)
        let keymap = try WorkbenchAppearance.keymap(context: context)
        let styles = WorkbenchStartup.styles(theme)
        let t1 = clock.now
        let screen: TerminalScreen
        do {
            screen = try TerminalScreen(mode: .headless(outputPath: outputPath, width: width, height: height), styles: styles, noColour: false)
        } catch {
            throw CommandFailure(message: "cannot open a headless terminal for the workbench benchmark: \(error)")
        }
        // As the workbench does: a loading frame first, then the cases.
        try WorkbenchStartup.paintLoading(screen, store: store, user: user)
        let tLoading = clock.now
        var app = try WorkbenchStartup.makeApp(data: data, store: store, keymap: keymap, policy: .default, notice: nil)
        let t2 = clock.now
        let firstRead = data.summariesSeconds
        app.resize(width: screen.width, height: screen.height)
        let before = flushedSize(outputPath)
        let t3 = clock.now
        let grid = app.render(width: screen.width, height: screen.height)
        let t4 = clock.now
        screen.paint(grid)
        let t5 = clock.now
        app.loadRest()
        let t6 = clock.now
        let bench = HeadlessWorkbench(store: store, screen: screen, executor: executor, app: app, outputPath: outputPath,
                                      settingsKey: settingsKey)
        let s = Stopwatch.seconds
        return (bench, Start(openStore: s(t1 - t0), loadingFrame: s(tLoading - t0), loadCases: s(t2 - tLoading),
                             readSummaries: firstRead, openTerminal: s(tLoading - t1) + s(t3 - t2), render: s(t4 - t3),
                             paint: s(t5 - t4), bytes: bench.written - before, loadRest: s(t6 - t5)))
    }

    /// One key, as WorkbenchLoop handles it: the App's handling and effects, then render and paint.
    @discardableResult
    func press(_ key: Key) -> Frame {
        let clock = ContinuousClock()
        let t0 = clock.now
        let effects = app.handle(key)
        let t1 = clock.now
        for effect in effects { perform(effect) }
        let t2 = clock.now
        let grid = app.render(width: screen.width, height: screen.height)
        let t3 = clock.now
        screen.paint(grid)
        let t4 = clock.now
        let size = HeadlessWorkbench.flushedSize(outputPath)
        defer { written = size }
        let s = Stopwatch.seconds
        return Frame(handle: s(t1 - t0), effects: s(t2 - t1), render: s(t3 - t2), paint: s(t4 - t3), bytes: size - written)
    }

    func press(_ keys: [Key]) { for key in keys { press(key) } }

    func end() { screen.end() }

    /// The effects WorkbenchCommand performs: saving settings is a store write inside the keypress; an
    /// action is its transaction and the App's update of the saved case.
    private func perform(_ effect: AppEffect) {
        switch effect {
        case .saveWorklistSettings(let encoded): try? store.setMeta(settingsKey, encoded)
        case .perform(let request): executor.run(request, in: &app)
        case .letters: break
        }
    }

    private static func flushedSize(_ path: String) -> Int {
        fflush(nil)
        return BenchFiles.size(path)
    }
}

/// The store-backed data with the time spent reading summaries counted, to split the first frame.
private final class TimedWorkbenchData: WorkbenchData, FirstPageSummaries, StoredSummaryCounts {
    let base: StoreWorkbenchData
    private(set) var summariesSeconds = 0.0

    init(_ base: StoreWorkbenchData) { self.base = base }

    var currentUser: User { base.currentUser }
    var asOf: CivilDate { base.asOf }
    func summaries() throws -> [CaseSummary] { try Stopwatch.accumulate(&summariesSeconds) { try base.summaries() } }
    func summaries(inPatches patches: [String], orOfficer officer: String?) throws -> [CaseSummary] {
        try Stopwatch.accumulate(&summariesSeconds) { try base.summaries(inPatches: patches, orOfficer: officer) }
    }
    /// Counted with the summaries: on the team lead's first frame it is what is read instead of them.
    func summaryGroups() throws -> SummaryGroups { try Stopwatch.accumulate(&summariesSeconds) { try base.summaryGroups() } }
    func loadCase(ref: String) throws -> CaseFile? { try base.loadCase(ref: ref) }
    func explanation(ref: String) throws -> String { try base.explanation(ref: ref) }
    func snapshots() throws -> [ClassifySnapshot] { try base.snapshots() }
    func users() throws -> [User] { try base.users() }
    func letterCounts() throws -> [LetterStatus: Int] { try base.letterCounts() }
    func audit(ref: String) throws -> [AuditRecord] { try base.audit(ref: ref) }
}
