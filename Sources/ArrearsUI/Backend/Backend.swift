/// The narrow seam between the workbench and a terminal (ratatui's `Backend`): a size, painting a
/// grid, and waiting for a key. `TerminalScreen` (ncurses) is the one real backend; `TestBackend`
/// plays keys from a script and keeps what was painted, so the loop is tested without a terminal.
@MainActor
public protocol Backend: AnyObject {
    var width: Int { get }
    var height: Int { get }
    func paint(_ grid: Grid)
    /// Waits up to `timeoutMilliseconds` for a key; nil when none came in time. After `.resize` the
    /// backend's size is already the new one.
    func readKey(timeoutMilliseconds: Int32) -> Key?
}

/// A backend for tests: keys come from a script, in which `nil` stands for a wait that timed out
/// (the loop then runs its idle work); every painted grid is kept.
@MainActor
public final class TestBackend: Backend {
    public private(set) var width: Int
    public private(set) var height: Int
    public private(set) var painted: [Grid] = []
    private var script: [Key?]
    private var sizes: [(width: Int, height: Int)]

    /// - Parameter sizes: the terminal's new size at each `.resize` in the script, in order.
    public init(width: Int, height: Int, script: [Key?], sizes: [(width: Int, height: Int)] = []) {
        self.width = width; self.height = height; self.script = script; self.sizes = sizes
    }

    public func paint(_ grid: Grid) { painted.append(grid) }

    /// The next scripted key. When the script runs out the user quits (Ctrl-C), so a test can never hang.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        guard !script.isEmpty else { return .ctrl("c") }
        let key = script.removeFirst()
        if key == .resize, !sizes.isEmpty { (width, height) = sizes.removeFirst() }
        return key
    }

    /// The text of the last painted frame.
    public var lastText: String { painted.last?.text ?? "" }
}
