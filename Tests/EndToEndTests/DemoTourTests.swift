import Foundation
import Testing

/// docs/demo.md, the new user's tour, replayed key by key in a real terminal so it never goes stale.
@Suite("Demo tour (docs/demo.md)")
struct DemoTourTests {
    @Test func thePageCoversTheTourAndEndsByQuitting() throws {
        let tour = try DemoTour.load()
        #expect(tour.steps.count >= 20, "the tour has \(tour.steps.count) steps")
        let keys = tour.steps.flatMap(\.keys)
        for key in ["W", "f", "/", "Enter", "w", "T", "?", ":", "Escape"] {
            #expect(keys.contains(.named(key)), "the tour never presses \(key)")
        }
        #expect(tour.steps.last?.exitStatus == 0, "the tour should end by quitting")
    }

    @Test(arguments: [
        ("W : \"full patch\" Enter", [DemoTour.Key.named("W"), .named(":"), .text("full patch"), .named("Enter")]),
        ("g g  C-d PgDn", [.named("g"), .named("g"), .named("C-d"), .named("PgDn")]),
    ])
    func keysAreReadAsTmuxNamesAndQuotedText(line: String, keys: [DemoTour.Key]) throws {
        #expect(try DemoTour.keys(line, line: 1) == keys)
    }

    @Test(arguments: ["Esc", "Return", "ctrl-c", "\"unclosed"])
    func aKeyTmuxWouldTypeLetterByLetterIsRefused(line: String) {
        #expect(throws: DemoTour.ParseError.self) { try DemoTour.keys(line, line: 1) }
    }

    @Test func aStepWithNothingToWaitForIsRefused() {
        #expect(throws: DemoTour.ParseError.self) { try DemoTour(text: "    Keys: j\n    Keys: k\n    Expect: x\n") }
    }

    /// The demo database sits where `make run` would have made it, so the workbench opens it as a new
    /// user's first run does, as the demo's team lead.
    @Test func replayOnAFreshDemoDatabase() throws {
        let tour = try DemoTour.load()
        let sandbox = try Sandbox()
        defer { sandbox.remove() }
        try DemoFixture.copy(to: sandbox.defaultDatabasePath)
        let tmux = try TmuxSession(sandbox: sandbox, width: tour.width, height: tour.height, arguments: [])
        for step in tour.steps {
            let place = "docs/demo.md:\(step.line)"
            for key in step.keys {
                switch key {
                case .named(let name): try tmux.press(name)
                case .text(let text): try tmux.type(text)
                }
            }
            if let status = step.exitStatus {
                #expect(try tmux.waitForExit() == status, "\(place): the program ended with another status")
                continue
            }
            do {
                try tmux.waitFor("\(place): \(step.expected.map { "'\($0)'" }.joined(separator: ", "))"
                                 + (step.gone.isEmpty ? "" : " without \(step.gone.map { "'\($0)'" }.joined(separator: ", "))")) { screen in
                    step.expected.allSatisfy(screen.contains) && !step.gone.contains(where: screen.contains)
                }
            } catch {
                Issue.record(error)
                return
            }
        }
    }
}
