import ArrearsCore
import Testing
@testable import ArrearsUI

/// The terminal loop and the idle reload, against `TestBackend` (no terminal): scripted keys in,
/// painted frames out; `nil` in a script is a wait with no key, when the idle work runs.
@Suite @MainActor struct WorkbenchLoopTests {
    func run(_ script: [Key?], data: FixtureData = FixtureData(), version: @escaping () -> Int? = { 1 },
             effects: inout [AppEffect]) -> (App, TestBackend) {
        let backend = TestBackend(width: 80, height: 24, script: script)
        var app = App(environment: AppEnvironment(data: data))
        var reload = IdleReload(version: version)
        var seen: [AppEffect] = []
        WorkbenchLoop.run(app: &app, screen: backend, effect: { effect, _ in seen.append(effect) }, idle: { app in reload.check(&app) })
        effects = seen
        return (app, backend)
    }

    @Test func itPaintsEachKeysResultAndStopsWhenTheAppFinishes() {
        var effects: [AppEffect] = []
        let (app, backend) = run([.char("j"), .char("j"), .char("Q"), .char("j")], effects: &effects)
        #expect(app.isFinished)
        #expect(backend.painted.count == 3, "the first frame and one after each key before Q")
        #expect(backend.painted[0].cursor?.row == 4 && backend.painted[2].cursor?.row == 6, "the selection moved two rows")
        #expect(effects.isEmpty)
    }

    @Test func effectsReachTheHostInOrder() {
        var effects: [AppEffect] = []
        _ = run([.char("2"), .char("j"), .char("3"), .char("Q")], effects: &effects)
        let saved = effects.compactMap { if case .saveWorklistSettings(let s) = $0 { return s } else { return nil } }
        #expect(saved.count == 2 && saved[0].contains("tab=paused") && saved[1].contains("tab=full-patch"))
    }

    @Test func aResizeLaysTheScreenOutAgain() {
        let backend = TestBackend(width: 80, height: 24, script: [.resize, .char("Q")], sizes: [(100, 30)])
        var app = App(environment: AppEnvironment(data: FixtureData()))
        WorkbenchLoop.run(app: &app, screen: backend, effect: { _, _ in }, idle: { _ in false })
        #expect(backend.painted.map(\.width) == [80, 100] && backend.painted.map(\.height) == [24, 30])
        #expect(backend.painted[1].rowText(29).contains("Q quit"), "the status bar moved to the new last row")
    }

    @Test func anotherCaseworkersChangeShowsAfterAnIdleWaitAndOnlyThen() {
        let data = FixtureData()
        var version = 1
        let backend = TestBackend(width: 80, height: 24, script: [nil, nil, nil, .char("Q")])
        var app = App(environment: AppEnvironment(data: data))
        var reload = IdleReload(version: { version })
        let loadsAtStart = data.summaryCalls
        var idles = 0
        WorkbenchLoop.run(app: &app, screen: backend, effect: { _, _ in }, idle: { app in
            idles += 1
            if idles == 2 {
                // Someone else pauses the top case: its summary leaves the Immediate tab.
                data.summaryList.removeAll { $0.ref == "0101007/01" }
                version += 1
            }
            return reload.check(&app)
        })
        #expect(idles == 3)
        #expect(data.summaryCalls == loadsAtStart + 1, "one reload, after the version moved; none for the quiet waits")
        #expect(backend.painted.count == 2, "the first frame, and one repaint for the reload")
        #expect(backend.painted[0].text.contains("0101007/01") && !backend.painted[1].text.contains("0101007/01"))
    }

    @Test func theWorkbenchsOwnChangeDoesNotReloadAgain() {
        let data = FixtureData()
        var version = 1
        var app = App(environment: AppEnvironment(data: data))
        var reload = IdleReload(version: { version })
        version += 1
        reload.noteOwnChange()
        let before = data.summaryCalls
        let reloaded = reload.check(&app)
        #expect(!reloaded)
        #expect(data.summaryCalls == before)
    }
}

/// Fixture data that can also read an agent's own cases first, as the store does.
final class FirstPageData: FixtureData, FirstPageSummaries {
    var firstPageCalls = 0

    func summaries(inPatches patches: [String], orOfficer officer: String?) throws -> [CaseSummary] {
        firstPageCalls += 1
        return summaryList.filter { s in s.patch.map(patches.contains) ?? false || (officer != nil && s.officer == officer) }
    }
}

/// Issue 12: an agent's first frame is drawn from their own patches' cases; the rest of the caseload
/// is read at the loop's first moment without a key, or before a key that comes first.
@Suite @MainActor struct FirstPageLoadingTests {
    @Test func theFirstFrameIsTheSameAsFromEveryCaseAndTheRestLoadsWhenNoKeyWaits() {
        var everything = App(environment: AppEnvironment(data: FixtureData()))
        let expected = everything.render(width: 80, height: 24)
        let data = FirstPageData()
        var app = App(environment: AppEnvironment(data: data))
        #expect(app.hasRestToLoad && data.firstPageCalls == 1 && data.summaryCalls == 0)
        #expect(app.session.index.summaries.count < data.summaryList.count, "only the agent's own cases were read")
        let backend = TestBackend(width: 80, height: 24, script: [nil, .char("Q")])
        var idles = 0
        WorkbenchLoop.run(app: &app, screen: backend, effect: { _, _ in }, idle: { _ in idles += 1; return false })
        #expect(backend.painted.first == expected, "the first frame shows the same rows and tab counts")
        #expect(data.summaryCalls == 1 && !app.hasRestToLoad, "the wait without a key read the rest")
        #expect(idles == 0, "reading the rest took the first idle moment")
        #expect(backend.painted.count == 2 && backend.painted[1] == expected, "and changed nothing on screen")
        #expect(app.session.index.summaries.count == data.summaryList.count)
    }

    @Test func aKeyThatComesFirstHasTheRestReadBeforeItIsHandled() {
        let data = FirstPageData()
        var app = App(environment: AppEnvironment(data: data))
        app.handle(.char("j"))
        #expect(data.summaryCalls == 1 && !app.hasRestToLoad)
        #expect(app.session.index.summaries.count == data.summaryList.count)
    }

    @Test func aTeamLeadAndAnAllPatchesFilterReadEverythingAtOnce() {
        let lead = FirstPageData(user: FixtureData.teamLead)
        let leadApp = App(environment: AppEnvironment(data: lead))
        #expect(!leadApp.hasRestToLoad && lead.firstPageCalls == 0 && lead.summaryCalls == 1)
        let agent = FirstPageData()
        let allPatches = App(environment: AppEnvironment(data: agent, worklistSettings: "area=rent;tab=immediate;patch=all"))
        #expect(!allPatches.hasRestToLoad && agent.firstPageCalls == 0 && agent.summaryCalls == 1)
    }
}
