import CNcursesw
import ArrearsUI
#if canImport(Glibc)
import Glibc
#endif

/// The only place the program talks to ncurses: start and restore the terminal, paint a `Grid`,
/// read keys. Every terminal quirk lives in this file or next to it (htop's CRT.c idea).
/// ncurses is process-global and not thread-safe, so the screen is confined to the main actor.
@MainActor
public final class TerminalScreen: Backend {
    public private(set) var width: Int = 0
    public private(set) var height: Int = 0
    public let colourMode: ColourMode
    private var palette: ColourPalette
    private var previous: Grid?
    private var screen: OpaquePointer?
    private var files: (UnsafeMutablePointer<FILE>, UnsafeMutablePointer<FILE>)?
    private var ended = false

    public enum ColourMode: Equatable, Sendable {
        case colour(Int)
        case monochrome
    }

    /// How the terminal is opened. `.interactive` uses the real terminal; `.headless` draws into a
    /// file (or /dev/null) at a fixed size, for tests and the frame-bytes benchmark.
    public enum Mode {
        case interactive
        case headless(outputPath: String, width: Int, height: Int)
    }

    /// - Parameters:
    ///   - styles: the look of each role, from the theme.
    ///   - noColour: true when `NO_COLOR` is set and non-empty, or the user chose the monochrome theme.
    /// - Throws: `TerminalError` when there is no usable terminal (not a tty, or an unknown `TERM`);
    ///   `initscr` would exit the process instead, so `newterm` is used.
    public init(mode: Mode, styles: [StyleRole: RoleStyle], noColour: Bool) throws {
        setlocale(LC_ALL, "")
        switch mode {
        case .interactive:
            guard isatty(STDIN_FILENO) != 0, isatty(STDOUT_FILENO) != 0 else { throw TerminalError.notATerminal }
            // Without UTF-8 the terminal cannot show "Paweł" or "£"; refuse rather than drop letters.
            guard TerminalScreen.localeIsUTF8 else { throw TerminalError.notUTF8(TerminalScreen.localeName) }
            guard let s = newterm(nil, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) else {
                throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
            }
            screen = s
            _ = set_term(s)
            // TERM=dumb (and other hardcopy or glass terminals) cannot move the cursor: nothing but the
            // last line would show, so refuse as for an unknown terminal.
            guard cw_can_address_cursor() != 0 else {
                _ = endwin()
                delscreen(s)
                screen = nil
                ended = true
                throw TerminalError.cannotAddressCursor(getenv("TERM").map { String(cString: $0) } ?? "")
            }
        case let .headless(path, w, h):
            let out = fopen(path, "w")!
            let inp = fopen("/dev/null", "r")!
            files = (out, inp)
            guard let s = newterm(nil, out, inp) else { throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "") }
            screen = s
            _ = set_term(s)
            _ = resizeterm(Int32(h), Int32(w))
        }
        TerminalScreen.installSignalHandlers()
        _ = raw()              // Ctrl-C arrives as a key and quits cleanly; Ctrl-S/Ctrl-Q don't freeze output
        _ = noecho()
        _ = nonl()
        _ = keypad(cw_stdscr(), true)
        _ = set_escdelay(25)   // the default 1000 ms makes a bare Esc feel broken
        _ = leaveok(cw_stdscr(), false)
        var mode = ColourMode.monochrome
        if !noColour && has_colors() {
            _ = start_color()
            _ = use_default_colors()
            mode = .colour(Int(cw_colors()))
        }
        colourMode = mode
        palette = ColourPalette(styles: styles, mode: mode)
        width = Int(getmaxx(cw_stdscr()))
        height = Int(getmaxy(cw_stdscr()))
    }

    /// True when the locale's character set is UTF-8 (else boxes, arrows and graphs use ASCII).
    public static var localeIsUTF8: Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }

    /// The character-type locale in force, for messages ("C", "en_GB.ISO-8859-1").
    static var localeName: String {
        guard let name = setlocale(LC_CTYPE, nil) else { return "unknown" }
        return String(cString: name)
    }

    public enum TerminalError: Error, CustomStringConvertible {
        case notATerminal
        case unknownTerminal(String)
        case cannotAddressCursor(String)
        case notUTF8(String)

        public var description: String {
            switch self {
            case .notATerminal:
                return "the workbench needs a terminal on standard input and output; for scripts use the commands (arrears --help)."
            case .unknownTerminal(let term):
                return "cannot drive the terminal type '\(term)'; set TERM to one your system knows (for example xterm-256color)."
            case .cannotAddressCursor(let term):
                return "the terminal type '\(term)' cannot move the cursor, so the workbench cannot draw on it; set TERM to your terminal's type (for example xterm-256color), or use the commands (arrears --help)."
            case .notUTF8(let locale):
                return "the locale '\(locale)' is not UTF-8, so names such as 'Paweł Zieliński' and the '£' sign cannot be shown; start the workbench under a UTF-8 locale, for example LANG=C.UTF-8 or LANG=en_GB.UTF-8."
            }
        }
    }

    /// Puts the terminal back as it was. Safe to call more than once.
    public func end() {
        guard !ended else { return }
        ended = true
        _ = endwin()
        if let s = screen { delscreen(s) }
        if let f = files { fclose(f.0); fclose(f.1) }
    }

    /// Re-reads the terminal size (after KEY_RESIZE ncurses has already resized stdscr).
    public func refreshSize() {
        width = Int(getmaxx(cw_stdscr()))
        height = Int(getmaxy(cw_stdscr()))
        previous = nil
    }

    /// Changes the size of a headless screen (tests of reflow and of the too-small message).
    public func resizeHeadless(width w: Int, height h: Int) {
        _ = resizeterm(Int32(h), Int32(w))
        refreshSize()
    }

    /// Paints a grid. Only rows that changed since the last frame are redrawn, and ncurses then sends
    /// only the cells that changed, so a one-row move costs a few hundred bytes.
    public func paint(_ grid: Grid) {
        let win = cw_stdscr()
        let fullRedraw = previous == nil || previous!.width != grid.width || previous!.height != grid.height
        if fullRedraw { _ = werase(win) }
        let rows = min(grid.height, height)
        let cols = min(grid.width, width)
        for row in 0..<rows {
            if !fullRedraw, let p = previous, rowsEqual(p, grid, row) { continue }
            drawRow(grid, row: row, columns: cols, window: win)
        }
        if let c = grid.cursor, c.row < rows, c.column < cols {
            _ = curs_set(1)
            _ = wmove(win, Int32(c.row), Int32(c.column))
        } else {
            _ = curs_set(0)
            _ = wmove(win, Int32(max(0, rows - 1)), 0)
        }
        _ = wnoutrefresh(win)
        _ = doupdate()
        previous = grid
    }

    /// Waits up to `timeoutMilliseconds` (negative: for ever) for a key.
    public func readKey(timeoutMilliseconds: Int32) -> Key? {
        wtimeout(cw_stdscr(), timeoutMilliseconds)
        var value: wint_t = 0
        let status = wget_wch(cw_stdscr(), &value)
        if status == cw_err() { return nil }
        let key = KeyDecoder.decode(status: status, value: UInt32(value))
        if key == .resize { refreshSize() }
        return key
    }

    /// The text on screen at a row, as ncurses holds it (for in-process adapter tests).
    public func screenText(row: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: width + 1)
        _ = mvwinnwstr(cw_stdscr(), Int32(row), 0, &buffer, Int32(width))
        let scalars = buffer.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }
        var s = String(String.UnicodeScalarView(scalars))
        while s.hasSuffix(" ") { s.removeLast() }
        return s
    }

    /// The colour pair and attributes ncurses holds for a cell (for adapter tests of styling).
    public func cellAttributes(row: Int, column: Int) -> (pair: Int, bold: Bool, reverse: Bool) {
        var cell = cchar_t()
        _ = mvwin_wch(cw_stdscr(), Int32(row), Int32(column), &cell)
        var attrs: attr_t = 0
        var pair: Int16 = 0
        var wch = [wchar_t](repeating: 0, count: 8)
        _ = getcchar(&cell, &wch, &attrs, &pair, nil)
        return (Int(pair), attrs & cw_a_bold() != 0, attrs & cw_a_reverse() != 0)
    }

    public var cursorPosition: (row: Int, column: Int) {
        (Int(getcury(cw_stdscr())), Int(getcurx(cw_stdscr())))
    }

    private func rowsEqual(_ a: Grid, _ b: Grid, _ row: Int) -> Bool {
        let start = row * a.width
        for x in 0..<a.width where a.cells[start + x] != b.cells[start + x] { return false }
        return true
    }

    private func drawRow(_ grid: Grid, row: Int, columns: Int, window: UnsafeMutablePointer<WINDOW>?) {
        var x = 0
        while x < columns {
            let role = grid[row, x].role
            var run: [wchar_t] = []
            let startX = x
            while x < columns, grid[row, x].role == role {
                let cell = grid[row, x]
                if cell.width > 0 { CellText.append(cell, to: &run) }
                x += 1
            }
            let look = palette.look(for: role)
            _ = wattr_set(window, look.attributes, look.pair, nil)
            run.append(0)
            _ = mvwaddnwstr(window, Int32(row), Int32(startX), run, Int32(run.count - 1))
        }
        _ = wattr_set(window, cw_a_normal(), 0, nil)
    }

    private static func installSignalHandlers() {
        // A kill or a crash must not leave the user's terminal in raw mode. A parent may have started
        // us with these signals blocked (test runners do), so unblock them or we could not be stopped.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGTERM, SIGHUP, SIGINT] { sigaddset(&unblock, sig) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for sig in [SIGTERM, SIGHUP, SIGSEGV, SIGABRT, SIGBUS, SIGILL, SIGFPE] {
            signal(sig) { s in
                _ = endwin()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}
