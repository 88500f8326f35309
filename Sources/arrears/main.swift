import ArrearsCore
import ArrearsTerminal

print("arrears (ncurses \(TerminalInfo.ncursesVersion))")
