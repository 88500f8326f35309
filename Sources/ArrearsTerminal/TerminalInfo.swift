import CNcursesw
import ArrearsUI

/// The ncurses library version, for `arrears --version`.
public enum TerminalInfo {
    public static var ncursesVersion: String { String(cString: curses_version()) }
}
