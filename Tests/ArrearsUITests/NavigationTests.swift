import Testing
import ArrearsCore
@testable import ArrearsUI

@Suite struct NavigationTests {
    func app(_ user: User = FixtureData.agent, data: FixtureData? = nil, glyphs: Glyphs = .unicode) -> App {
        App(environment: AppEnvironment(data: data ?? FixtureData(user: user), glyphs: glyphs))
    }

    func longApp() -> App {
        let many = Fixtures.many(90)
        return app(data: FixtureData(cases: many.cases, summaries: many.summaries))
    }

    @Test func escReturnsToTheSameRowFiltersAndScroll() {
        var a = longApp()
        _ = a.render(width: 80, height: 24)
        a.press("f<Down>")
        a.press("<Right><Right><Enter>")
        #expect(a.worklist?.filter.band == .amber)
        a.press("<PgDn>jjj")
        let before = a.worklist!
        let screenBefore = a.render(width: 80, height: 24)
        #expect(before.viewport.offset > 0)
        a.press("<Enter>")
        #expect(a.caseScreen?.ref == before.selectedSummary?.ref)
        #expect(a.breadcrumbs.count == 2)
        a.press("jj2<Esc>")
        let after = a.worklist!
        #expect(after.selectedSummary?.ref == before.selectedSummary?.ref)
        #expect(after.viewport == before.viewport)
        #expect(after.filter == before.filter)
        #expect(a.render(width: 80, height: 24) == screenBefore)
    }

    @Test func theCursorIsParkedOnTheSelectedRow() {
        var a = app()
        #expect(a.render(width: 80, height: 24).cursor?.row == 4)
        a.press("jj")
        let g = a.render(width: 80, height: 24)
        #expect(g.cursor?.row == 6)
        #expect(g.rowText(6).contains("Ada Okafor"))
        #expect(g[6, 5].role == .selection)
    }

    @Test func tooSmallShowsTheSizesAndKeepsState() {
        var a = app()
        a.press("jj<Enter>j")
        let before = a.render(width: 80, height: 24)
        let small = a.render(width: 50, height: 12)
        #expect(small.text.contains("Terminal too small"))
        #expect(small.text.contains("50×12"))
        #expect(small.text.contains("at least 60×16"))
        a.press("jjj<Esc>q")
        let finishedEarly = a.isFinished
        #expect(!finishedEarly)
        #expect(a.render(width: 80, height: 24) == before)
        _ = a.render(width: 59, height: 30)
        a.press("Q")
        let finished = a.isFinished
        #expect(finished)
    }

    @Test func theMinimumSizeItselfIsUsable() {
        var a = app()
        let g = a.render(width: App.minimumSize.width, height: App.minimumSize.height)
        #expect(!g.text.contains("too small"))
        #expect(g.rowText(4).contains("Priya Shah"))
    }

    @Test func chordsWaitForTheirSecondKey() {
        var a = app()
        a.press("G")
        #expect(a.worklist?.viewport.selected == 4)
        a.press("g")
        #expect(a.worklist?.viewport.selected == 4)
        a.press("g")
        #expect(a.worklist?.viewport.selected == 0)
        a.press("Ggj")
        #expect(a.worklist?.viewport.selected == 4, "g then j: the j starts afresh and moves down from the last row")
    }

    @Test func anUnboundKeySaysHowToFindTheKeys() {
        var a = app()
        a.press("z")
        #expect(a.message?.text == "z does nothing here. Press ? for this screen's keys.")
        a.press("j")
        #expect(a.message == nil)
    }

    @Test func rolesLimitWhatRuns() {
        var a = app()
        a.press("T")
        #expect(a.message?.text == "Team lead view is not available to a collection agent.")
        #expect(a.breadcrumbs == ["Worklist (Immediate actions)"])
        a.press("a")
        #expect(a.worklist?.area == .rent)
    }

    @Test func qClosesAndQQuits() {
        var a = app()
        a.press("<Enter>?")
        a.press("q")
        #expect(a.caseScreen != nil, "q closes the help first")
        a.press("q")
        #expect(a.worklist != nil)
        a.press("q")
        let done = a.isFinished
        #expect(done)
        var b = app()
        b.press("<Enter>2<C-c>")
        let quit = b.isFinished
        #expect(quit)
    }

    @Test func thePaletteRunsAnActionWhereItWasOpened() {
        var a = app()
        a.press("<Enter>:dia")
        let g = a.render(width: 80, height: 24)
        #expect(g.text.contains("Diary pane"))
        a.press("<Enter>")
        #expect(a.caseScreen?.pane == .diary)
        a.press(":zzzz<Enter>")
        #expect(a.message?.text == "No command matches.")
        a.press(":<Down><Up><Esc>")
        #expect(a.caseScreen?.pane == .diary)
    }

    @Test func thePaletteTypesLettersThatAreKeysElsewhere() {
        var a = app()
        a.press(":qQ")
        let done = a.isFinished
        #expect(!done)
        if let p = a.overlay as? CommandPalette { #expect(p.input.text == "qQ") } else { Issue.record("palette closed") }
    }

    @Test func searchTypesIncrementallyAndEscReturns() {
        var a = app()
        a.press("j/oka")
        #expect(a.currentContext == .search)
        #expect(a.worklist?.selectedSummary?.ref == "0101001/01")
        let g = a.render(width: 80, height: 24)
        #expect(g.rowText(23).hasPrefix("/oka"))
        #expect(g.cursor?.row == 23 && g.cursor?.column == 4)
        a.press("<Esc>")
        #expect(a.worklist?.viewport.selected == 1)
        a.press("/sh<Enter>")
        #expect(a.worklist?.selectedSummary?.ref == "0101007/01")
        #expect(a.message?.text == "1 match; n and N move between them.")
        a.press("n")
        #expect(a.worklist?.selectedSummary?.ref == "0101007/01")
        a.press("/xq")
        #expect(a.message?.kind == .warning)
    }

    @Test func theFilterEditorChangesTheListAtOnce() {
        var a = app()
        a.press("fl")
        #expect(a.worklist?.filter.patch == .all)
        #expect(a.worklist?.counts[.immediate] == 7)
        a.press("x<Esc>")
        #expect(a.worklist?.filter.patch == .mine)
        a.press("f<Down><Down><Right><Enter>")
        #expect(a.worklist?.filter.accountType == .secure)
        a.press("F")
        #expect(a.worklist?.filter == WorklistFilter.initial(for: FixtureData.agent))
    }

    @Test func userWorklistSettingsAreOfferedForSaving() {
        var a = app()
        #expect(a.press("2") == [.saveWorklistSettings("area=rent;tab=paused;patch=mine")])
        #expect(a.press("j").isEmpty)
        #expect(a.press("fl<Esc>") == [.saveWorklistSettings("area=rent;tab=paused;patch=all")])
        let restored = App(environment: AppEnvironment(data: FixtureData(), worklistSettings: "area=rent;tab=paused;patch=all"))
        #expect(restored.worklist?.tab == .paused && restored.worklist?.filter.patch == .all)
    }

    @Test func teamLeadCountsOpenWorklistsOfExactlyThoseCases() {
        var a = app(FixtureData.teamLead)
        _ = a.render(width: 120, height: 40)
        #expect(a.breadcrumbs == ["Team lead (rents)"])
        a.press("<Enter>")   // the first count: E01, red
        let w = a.worklist!
        #expect(w.tab == .fullPatch && w.filter == WorklistFilter(patch: .patch("E01"), band: .red) && !w.persists)
        #expect(w.rows.count == 3)
        a.press("<Esc>ll<Enter>")
        #expect(a.worklist?.filter == WorklistFilter(patch: .patch("E01"), band: .green))
        #expect(a.worklist?.rows.count == 1)
        a.press("<Esc>G<Enter>")
        #expect(a.worklist?.filter == WorklistFilter(patch: .all), "the last count is all open cases now")
        #expect(a.worklist?.rows.count == 8)
        #expect(a.press("3").isEmpty, "a drill-down's settings are not the lead's own")
    }

    @Test func teamLeadSwitchesAreasAndOpensTheirOwnWorklist() {
        var a = app(FixtureData.teamLead)
        a.press("<Tab>")
        #expect(a.breadcrumbs == ["Team lead (leasehold)"])
        a.press("W")
        #expect(a.worklist?.persists == true && a.breadcrumbs.count == 2)
        a.press("T")
        #expect(a.breadcrumbs == ["Team lead (leasehold)"])
    }

    @Test func whyShowsTheEnginesExplanation() {
        var a = app()
        a.press("jjw")
        let g = a.render(width: 80, height: 24)
        #expect(g.text.contains("Why: Send NOSP (0101001/01)"))
        #expect(g.text.contains("Band Red: balance £1,530.00, 140 days in arrears."))
        a.press("<Esc><Enter>w")
        #expect(a.render(width: 80, height: 24).text.contains("Why: Send NOSP"))
    }

    @Test func weeksExpandAndCollapse() {
        var a = app()
        a.press("jj<Enter>")
        let newest = a.caseScreen!.weeks[0].start
        #expect(a.caseScreen!.expanded == [newest])
        a.press("<Enter>")
        #expect(a.message?.text == "Move down to a week (j) to expand it.")
        a.press("j<Enter>")
        #expect(a.caseScreen!.expanded.isEmpty)
        a.press("j<Space>")
        #expect(a.caseScreen!.expanded == [a.caseScreen!.weeks[1].start])
        a.press("e")
        #expect(a.caseScreen!.expanded.count == a.caseScreen!.weeks.count)
        a.press("e")
        #expect(a.caseScreen!.expanded.isEmpty)
    }

    @Test func panesByNumberAndTab() {
        var a = app()
        a.press("<Enter>3")
        #expect(a.caseScreen?.pane == .transactions)
        a.press("<Tab><Tab>")
        #expect(a.caseScreen?.pane == .agreements)
        a.press("<S-Tab><S-Tab><S-Tab><S-Tab>")
        #expect(a.caseScreen?.pane == .overview)
        a.press("<S-Tab>")
        #expect(a.caseScreen?.pane == .court, "panes wrap round")
    }

    @Test func aDataErrorIsShownNotFatal() {
        let data = FixtureData()
        data.failSummaries = true
        var a = app(data: data)
        let g = a.render(width: 80, height: 24)
        #expect(g.rowText(23).contains("Could not load cases: database is locked"))
        #expect(g.text.contains("No cases in this tab."))
        data.failSummaries = false
        a.press("R")
        #expect(a.worklist?.rows.count == 5)
    }

    @Test func reloadKeepsTheSelectionAndShowsChanges() {
        let data = FixtureData()
        var a = app(data: data)
        a.press("jj")
        data.summaryList.removeAll { $0.ref == "0101007/01" }
        a.press("R")
        #expect(a.worklist?.selectedSummary?.ref == "0101001/01")
        #expect(a.worklist?.rows.count == 4)
        #expect(a.message?.text == "Reloaded 12 cases.")
    }

    @Test func reloadKeepsTheCasePaneAndItsScroll() {
        var a = app()
        a.press("jj<Enter>jje3jj")
        let before = a.caseScreen!
        a.press("R")
        let after = a.caseScreen!
        #expect(after.pane == .transactions && after.expanded == before.expanded)
        #expect(a.render(width: 80, height: 24).cursor?.row == 7)
    }

    @Test func leaseholdOfficersStartOnLeasehold() {
        let a = app(FixtureData.leaseholdOfficer)
        #expect(a.breadcrumbs == ["Leasehold worklist (Immediate actions)"])
    }

    @Test func theStatusBarShowsTheContextsKeys() {
        var a = app()
        #expect(a.render(width: 120, height: 24).rowText(23).hasPrefix(" Enter open  / search  f filter  s sort  w why  ? help  : commands  Q quit"))
        a.press("<Enter>")
        #expect(a.render(width: 120, height: 24).rowText(23).hasPrefix(" Enter expand  w why  d diary  p pause  l letter  Esc back  ? help  : commands  Q quit"))
    }
}
