import Testing
@testable import ArrearsUI

@Suite struct EdgeSizeTests {
    /// Any size, however odd, draws without trapping and keeps the state for when it grows back.
    @Test(arguments: [(0, 0), (1, 1), (5, 3), (60, 16), (300, 100)])
    func everyScreenDrawsAtAnySize(_ width: Int, _ height: Int) {
        for user in [FixtureData.agent, FixtureData.teamLead, FixtureData.leaseholdOfficer] {
            var app = App(environment: AppEnvironment(data: FixtureData(user: user)))
            for keys in ["", "<Enter>", "?", ":", "f", "/a", "w", "<Enter>jjj<Enter>e", "<Enter>2", "<Enter>3G", "<Enter>4", "<Enter>5", "<Enter>6"] {
                _ = app.render(width: 80, height: 24)
                app.press(keys)
                let g = app.render(width: width, height: height)
                #expect(g.width == width && g.height == height)
                app.press("<Esc><Esc><Esc>")
            }
        }
    }
}
