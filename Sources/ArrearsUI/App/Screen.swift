import ArrearsCore

/// Where the cursor is parked after drawing (for screen readers and text input).
typealias Cursor = (row: Int, column: Int)

/// One entry of the navigation stack (tig's `view_ops`). A screen knows its key context, its
/// breadcrumb, how to lay itself out and draw, and what each of its actions does; it says what should
/// happen next as an `Outcome` and the App carries that out. Adding a screen means one file that
/// conforms to this protocol, plus its actions in the registry.
protocol Screen {
    /// The context its keys are looked up in.
    var context: ActionContext { get }
    var crumb: String { get }
    /// Lays out for the body area (after a resize, or when pushed).
    mutating func fit(_ area: Rect, session: Session)
    /// Draws into the body area; returns where the cursor goes.
    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor?
    /// Runs one of its actions; nil when the action is not this screen's.
    mutating func perform(_ id: ActionID, session: Session) -> Outcome?
    /// A key that no binding took: typed into the screen's text, or nil to refuse it.
    mutating func type(_ key: Key, session: Session) -> Outcome?
    /// Esc on this screen before it is popped (a search line closes first); nil pops the screen.
    mutating func back() -> Outcome?
    /// The data was read again: rebuild from it, keeping tab, filters, selection and scroll.
    mutating func reload(session: Session)
    /// An action saved one case: its new summary is already in `session.index` (replacing `old`).
    /// Screens showing it update that case only.
    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session)
    /// Draws the bottom line instead of the status bar (the search line), or returns nil.
    func renderStatusLine(into grid: inout Grid, row: Int) -> Cursor?
    /// The account on screen, for the core's permission check of case actions.
    var accountOnScreen: Account? { get }
    /// The case selected or shown, for actions that need one.
    var caseInFocus: (ref: String, name: String)? { get }
    /// Why an action the role may run cannot run on what is on screen (a case with no mobile for a
    /// text message), briefly; nil when it can. Help and the palette grey it with this reason.
    func unavailable(_ id: ActionID, session: Session) -> String?
    /// Work the screen does a part at a time while no key waits (a campaign's preview over every
    /// case), so the workbench keeps answering keys; false when there is none left.
    var hasPendingWork: Bool { get }
    /// Does the next part of that work.
    mutating func doPendingWork(session: Session)
}

extension Screen {
    mutating func type(_ key: Key, session: Session) -> Outcome? { nil }
    mutating func back() -> Outcome? { nil }
    mutating func reload(session: Session) {}
    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session) {}
    func renderStatusLine(into grid: inout Grid, row: Int) -> Cursor? { nil }
    var accountOnScreen: Account? { nil }
    var caseInFocus: (ref: String, name: String)? { nil }
    func unavailable(_ id: ActionID, session: Session) -> String? { nil }
    var hasPendingWork: Bool { false }
    mutating func doPendingWork(session: Session) {}
}

/// What sits over the top screen: help, the palette, a form, a question, a filter editor. The same
/// shape as a screen, and it may change the screen under it (a filter editor filters the list behind).
protocol OverlayScreen {
    var context: ActionContext { get }
    mutating func render(into grid: inout Grid, area: Rect, under: any Screen, session: Session) -> Cursor?
    mutating func perform(_ id: ActionID, under: inout any Screen, session: Session) -> Outcome?
    mutating func type(_ key: Key, under: inout any Screen, session: Session) -> Outcome?
    /// Esc: closes the overlay unless it asks first (a form with typed text).
    mutating func back() -> Outcome
}

extension OverlayScreen {
    mutating func type(_ key: Key, under: inout any Screen, session: Session) -> Outcome? { nil }
    mutating func back() -> Outcome { .closeOverlay }
}

/// What should happen after an action, carried out in order by the App.
struct Outcome {
    enum Step {
        case push(any Screen)
        case pop
        /// Goes back to the last screen that matches, or carries out the other outcome (made only
        /// then, as making a screen may read the data) when none does.
        case reuse(matching: (any Screen) -> Bool, otherwise: () -> Outcome)
        case overlay(any OverlayScreen)
        case closeOverlay
        case message(StatusMessage)
        case effect(AppEffect)
        /// Runs another action in a context (the palette's choice).
        case perform(ActionID, ActionContext)
        case reload
        case quit
    }

    var steps: [Step]

    init(_ steps: [Step]) { self.steps = steps }

    /// Done, nothing more to do.
    static var handled: Outcome { Outcome([]) }
    static var closeOverlay: Outcome { Outcome([.closeOverlay]) }
    static var pop: Outcome { Outcome([.pop]) }
    static func push(_ screen: any Screen) -> Outcome { Outcome([.push(screen)]) }
    static func overlay(_ overlay: any OverlayScreen) -> Outcome { Outcome([.overlay(overlay)]) }
    static func effect(_ effect: AppEffect) -> Outcome { Outcome([.effect(effect)]) }
    static func message(_ text: String, _ kind: StatusMessage.Kind = .info) -> Outcome {
        Outcome([.message(StatusMessage(text, kind: kind))])
    }

    /// This outcome, then another's steps.
    func then(_ other: Outcome) -> Outcome { Outcome(steps + other.steps) }
}
