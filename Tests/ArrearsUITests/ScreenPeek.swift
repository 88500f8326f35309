import Testing
import Foundation
@testable import ArrearsUI

@Suite struct ScreenPeek {
    func dump(_ g: Grid, _ name: String) { try? g.text.write(toFile: "/tmp/peek-\(name).txt", atomically: true, encoding: .utf8) }
    @Test func peek() {
        var app = App(environment: AppEnvironment(data: FixtureData()))
        dump(app.render(width: 120, height: 30), "wl120")
        app.handle(.down); app.handle(.down)
        app.handle(.enter)
        dump(app.render(width: 120, height: 40), "case120")
        dump(app.render(width: 80, height: 24), "case80")
        for _ in 0..<30 { app.handle(.char("j")) }
        dump(app.render(width: 80, height: 24), "case80b")
        app.handle(.char("2"))
        dump(app.render(width: 80, height: 24), "diary")
        app.handle(.char("3"))
        dump(app.render(width: 80, height: 24), "tx")
        app.handle(.char("4"))
        dump(app.render(width: 80, height: 24), "letters")
        app.handle(.char("5"))
        dump(app.render(width: 80, height: 24), "agr")
        app.handle(.char("6"))
        dump(app.render(width: 80, height: 24), "court")
        var lead = App(environment: AppEnvironment(data: FixtureData(user: FixtureData.teamLead)))
        dump(lead.render(width: 80, height: 40), "lead80")
        dump(lead.render(width: 120, height: 40), "lead120")
        app.handle(.char("?"))
        dump(app.render(width: 80, height: 24), "help")
        app.handle(.escape); app.handle(.char(":")); app.handle(.char("p")); app.handle(.char("a"))
        dump(app.render(width: 80, height: 24), "palette")
    }
}
