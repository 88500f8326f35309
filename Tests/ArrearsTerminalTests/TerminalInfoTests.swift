import Testing
@testable import ArrearsTerminal

@Suite struct TerminalInfoTests {
    @Test func reportsNcursesVersion() {
        #expect(TerminalInfo.ncursesVersion.contains("ncurses"))
    }
}
