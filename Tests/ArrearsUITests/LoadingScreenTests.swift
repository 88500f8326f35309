import Testing
@testable import ArrearsUI

@Suite struct LoadingScreenTests {
    @Test func saysWhatIsLoadingAndParksTheCursor() {
        let grid = LoadingScreen.render(width: 60, height: 16, user: "Grace Adeyemi", message: "Loading 100000 cases…")
        #expect(grid.rowText(0).hasPrefix(" Arrears Workbench"))
        #expect(grid.rowText(0).contains("Grace Adeyemi"))
        #expect(grid.rowText(8).contains("Loading 100000 cases…"))
        #expect(grid.rowText(15).hasPrefix(" Loading…"))
        #expect(grid.cursor?.row == 8)
    }

    @Test func drawsNothingOutsideATinyGrid() {
        let grid = LoadingScreen.render(width: 0, height: 0, user: "x", message: "y")
        #expect(grid.text.isEmpty)
    }
}
