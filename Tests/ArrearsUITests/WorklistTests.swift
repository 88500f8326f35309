import Testing
import ArrearsCore
@testable import ArrearsUI

@Suite struct WorklistTests {
    let agent = FixtureData.agent
    let asOf = Fixtures.asOf

    func worklist(_ settings: WorklistSettings? = nil, user: User = FixtureData.agent) -> WorklistScreen {
        WorklistScreen(index: WorklistIndex(summaries: Fixtures.summaries), settings: settings ?? .initial(for: user),
                       persists: true, user: user, asOf: asOf)
    }

    func refs(_ w: WorklistScreen) -> [String] { w.rows.map { w.index.summaries[$0].ref } }

    @Test func tabsHoldTheRightCasesAndCountThem() {
        var w = worklist()
        #expect(refs(w) == ["0101007/01", "0101004/01", "0101001/01", "0101002/01", "0101003/01"])
        #expect(w.counts == [.immediate: 5, .paused: 1, .fullPatch: 6, .courtDates: 1, .evictions: 1])
        w.show(tab: .paused, user: agent, asOf: asOf)
        #expect(refs(w) == ["0101005/01"])
        w.show(tab: .fullPatch, user: agent, asOf: asOf)
        #expect(refs(w).contains("0101006/01"), "a no-action case in arrears is on the full patch")
        #expect(!refs(w).contains("0101010/01"), "a case in credit is not")
        w.show(tab: .courtDates, user: agent, asOf: asOf)
        #expect(refs(w) == ["0101004/01"])
        w.show(tab: .evictions, user: agent, asOf: asOf)
        #expect(refs(w) == ["0101007/01"])
    }

    @Test func leaseholdOfficersGetTheLeaseholdWorklist() {
        let w = worklist(user: FixtureData.leaseholdOfficer)
        #expect(w.area == .leasehold)
        #expect(w.tabs == [.immediate, .paused, .fullPatch])
        #expect(refs(w) == ["LH0001", "LH0002"])
        #expect(w.columns.contains(.paymentReference) && w.columns.contains(.lastLetter) && !w.columns.contains(.agreement))
    }

    @Test(arguments: [
        (WorklistSort.bandScore, ["0101007/01", "0101004/01", "0101001/01", "0101002/01", "0101003/01"]),
        (.balance, ["0101007/01", "0101004/01", "0101001/01", "0101002/01", "0101003/01"]),
        (.daysInArrears, ["0101007/01", "0101004/01", "0101001/01", "0101002/01", "0101003/01"]),
        (.lastAction, ["0101004/01", "0101002/01", "0101007/01", "0101003/01", "0101001/01"]),
        (.reference, ["0101001/01", "0101002/01", "0101003/01", "0101004/01", "0101007/01"]),
    ])
    func sortOrders(_ sort: WorklistSort, _ expected: [String]) {
        var w = worklist()
        while w.sort != sort { w.cycleSort(user: agent, asOf: asOf) }
        #expect(refs(w) == expected)
        w.reverseSort(user: agent, asOf: asOf)
        #expect(refs(w) == expected.reversed())
    }

    @Test func dateTabsSortByTheirDateFirst() {
        #expect(WorklistSort.initial(for: .paused) == .date)
        #expect(WorklistSort.initial(for: .immediate) == .bandScore)
        #expect(!WorklistSort.choices(for: .fullPatch).contains(.date))
    }

    @Test(arguments: [
        (WorklistFilter(band: .red), ["0101007/01", "0101004/01", "0101001/01"]),
        (WorklistFilter(accountType: .introductory), ["0101002/01"]),
        (WorklistFilter(action: "send_letter_one"), ["0101003/01"]),
        (WorklistFilter(patch: .patch("E02")), ["0101003/01"]),
        (WorklistFilter(patch: .all, band: .amber), ["0101008/01", "0101002/01"]),
        (WorklistFilter(patch: .unassigned), ["0101009/01"]),
        (WorklistFilter(patch: .all, officer: "wagent"), ["0101008/01"]),
    ])
    func filtersNarrowTheList(_ filter: WorklistFilter, _ expected: [String]) {
        var w = worklist()
        w.setFilter(filter, user: agent, asOf: asOf)
        #expect(refs(w) == expected)
    }

    @Test func pauseFiltersWorkOnThePausedTab() {
        var w = worklist()
        w.show(tab: .paused, user: agent, asOf: asOf)
        w.setFilter(WorklistFilter(pauseReason: .promiseOfPayment, pauseEndsBy: Fixtures.date(2026, 3, 22)), user: agent, asOf: asOf)
        #expect(refs(w) == ["0101005/01"])
        w.setFilter(WorklistFilter(pauseEndsBy: Fixtures.date(2026, 3, 15)), user: agent, asOf: asOf)
        #expect(refs(w).isEmpty)
    }

    @Test func theSelectedCaseStaysSelectedWhenTheListChanges() {
        var w = worklist()
        w.viewport.setVisibleRows(10)
        w.viewport.select(2)
        #expect(w.selectedSummary?.ref == "0101001/01")
        w.setFilter(WorklistFilter(band: .red), user: agent, asOf: asOf)
        #expect(w.selectedSummary?.ref == "0101001/01")
        w.cycleSort(user: agent, asOf: asOf)
        #expect(w.selectedSummary?.ref == "0101001/01")
    }

    @Test func searchFindsNamesWithoutAccentsAndMovesWithNandN() {
        var w = worklist()
        w.viewport.setVisibleRows(10)
        w.beginSearch()
        for c in "zoe" { _ = w.search.input.handle(.char(c)) }
        let r1 = w.searchEdited()
        #expect(r1)
        #expect(w.selectedSummary?.tenantName == "Zoë Łukasiewicz")
        w.acceptSearch()
        w.beginSearch()
        for c in "e9 6" { _ = w.search.input.handle(.char(c)) }
        _ = w.searchEdited()
        w.acceptSearch()
        #expect(w.matchCount("e9 6") == 2)
        let first = w.selectedSummary?.ref
        let r2 = w.searchAgain(forward: true)
        #expect(r2)
        #expect(w.selectedSummary?.ref != first)
        let r3 = w.searchAgain(forward: true)
        #expect(r3)
        #expect(w.selectedSummary?.ref == first, "n wraps round")
        let r4 = w.searchAgain(forward: false)
        #expect(r4)
        #expect(w.selectedSummary?.ref != first)
    }

    @Test func cancellingASearchReturnsToWhereItStarted() {
        var w = worklist()
        w.viewport.setVisibleRows(10)
        w.viewport.select(1)
        w.beginSearch()
        for c in "shah" { _ = w.search.input.handle(.char(c)) }
        _ = w.searchEdited()
        #expect(w.selectedSummary?.ref == "0101007/01")
        w.cancelSearch()
        #expect(w.viewport.selected == 1)
        #expect(!w.search.isEditing)
    }

    @Test func aSearchWithNoMatchStaysPut() {
        var w = worklist()
        w.beginSearch()
        for c in "qqq" { _ = w.search.input.handle(.char(c)) }
        let r5 = w.searchEdited()
        #expect(!r5)
        #expect(w.viewport.selected == 0)
    }

    @Test func settingsRoundTrip() {
        let settings = WorklistSettings(area: .rent, tab: .paused,
                                        filter: WorklistFilter(patch: .patch("E01;x=%"), band: .amber, accountType: .garage,
                                                               action: "send_NOSP", pauseReason: .deceased, officer: "a b",
                                                               pauseEndsBy: Fixtures.date(2026, 3, 15)))
        let encoded = settings.encoded
        #expect(!encoded.contains(" "))
        #expect(WorklistSettings(encoded: encoded, user: agent) == settings)
        #expect(WorklistSettings.initial(for: agent).encoded == "area=rent;tab=immediate;patch=mine")
    }

    @Test func unreadableSettingsFallBackToTheUsersDefaults() {
        let s = WorklistSettings(encoded: "tab=nonsense;band=purple;future=1;garbage;patch=all", user: agent)
        #expect(s.tab == .immediate && s.filter.band == nil && s.filter.patch == .all)
        let lease = WorklistSettings(encoded: "area=leasehold;tab=court-dates", user: agent)
        #expect(lease.area == .leasehold && lease.tab == .immediate, "a rent-only tab is not kept on the leasehold worklist")
        #expect(WorklistSettings(encoded: "", user: FixtureData.teamLead).filter.patch == .all)
    }

    @Test func filterEditorCyclesThroughTheValuesThatExist() {
        var w = worklist()
        let session = App(environment: AppEnvironment(data: FixtureData())).session
        var seen: [WorklistFilter.PatchChoice] = [w.filter.patch]
        for _ in 0..<7 {
            w.cycleFilter(0, by: 1, session: session)
            seen.append(w.filter.patch)
        }
        #expect(seen == [.mine, .all, .unassigned, .patch("E01"), .patch("E02"), .patch("W01"), .mine, .all], "rent patches only, wrapping round")
        let types = WorklistScreen.values(of: .accountType, filter: w.filter, options: w.index.options(for: w.area), area: .rent)
        #expect(!types.contains { $0.accountType?.isLeaseholdSide == true })
        w.resetFilter(0, session: session)
        #expect(w.filter.patch == .mine)
    }
}

@Suite struct FoldedTextTests {
    @Test func foldsCaseAndAccentsAndFindsWithinEachTextOnly() {
        let text = FoldedText(["Ada OKAFOR E9 6AB", "Zoë Łukasiewicz", "", "ab"])
        #expect(text.count == 4)
        #expect(text.contains(FoldedText.fold("okafor e9"), row: 0))
        #expect(text.contains(FoldedText.fold("ZOE"), row: 1))
        #expect(!text.contains(FoldedText.fold("a"), row: 2))
        #expect(!text.contains(FoldedText.fold("abz"), row: 3), "a match may not run into the next text")
        #expect(!text.contains(FoldedText.fold("6abzo"), row: 0))
        #expect(!text.contains([], row: 0))
    }

    /// The work order: live cases by band then score, then debts waiting to move to a former-tenant account
    /// in their own group, however red or high-scoring, then nothing else.
    @Test func debtsAwaitingTransferComeAfterEveryLiveCase() {
        var transfer = Fixtures.summaries[0]
        transfer.band = .red
        transfer.score = 5_704
        transfer.actionId = RecommendedAction.transferToFormerTenantAccount.rawValue
        var liveGreen = Fixtures.summaries[0]
        liveGreen.band = .green
        liveGreen.score = 3
        var liveClear = liveGreen
        liveClear.band = .clear
        let key = { (s: CaseSummary) in WorklistSort.bandScore.key(s, tab: .immediate) }
        #expect(key(liveGreen) < key(transfer))
        #expect(key(liveClear) < key(transfer))
        var quieterTransfer = transfer
        quieterTransfer.score = 10
        #expect(key(transfer) < key(quieterTransfer), "within the group, band then score")
    }
}
