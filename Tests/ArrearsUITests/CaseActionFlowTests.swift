import Testing
import ArrearsCore
@testable import ArrearsUI

/// Keys → form → request → executor → store → reloaded screens, for the everyday actions.
@Suite struct CaseActionFlowTests {
    static let ada = "0101001/01"

    @Test func aDiaryEntryIsSavedAndShowsOnTheCaseAndTheWorklist() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        let effects = world.press("d")
        #expect(effects.isEmpty)
        world.app.type("otc")
        world.press("<Tab>")
        world.app.type("Called; will pay £50 on Friday.")
        let sent = world.press("<Enter>")
        #expect(sent == [.perform(.onCase(ref: Self.ada, expectedVersion: 1,
                                          .addDiaryEntry(code: "OTC", comment: "Called; will pay £50 on Friday.")))])
        let stored = try world.load(Self.ada)
        #expect(stored.diary.last?.code == "OTC")
        #expect(stored.diary.last?.user == FixtureData.agent.login)
        #expect(world.app.form == nil)
        #expect(world.app.message?.text == "Added OTC Outgoing telephone call to \(Self.ada)")
        #expect(world.caseFile?.account.version == 2)
        world.press("2")
        #expect(world.screen(120, 30).contains("Called; will pay £50 on Friday."))
        world.press("<Esc>")
        #expect(world.app.worklist?.index.summaries.first { $0.ref == Self.ada }?.lastActionCode == "OTC")
    }

    @Test func aPauseTakesTheCaseToThePausedTabAndEndingItBringsItBack() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("p")
        world.app.type("+2w")
        #expect(world.screen().contains("Wednesday 25 March 2026"), "the date is read as it is typed")
        world.press("<Tab>")
        world.app.type("prom")
        world.press("<Tab>")
        world.app.type("Will pay on Friday.")
        world.press("<Enter>")
        let paused = try #require(try world.load(Self.ada).pause)
        let onScreen = try #require(world.app.caseScreen)
        #expect(onScreen.summary?.pauseUntil == paused.until, "the re-classified row is on screen")
        #expect(paused.until == Fixtures.asOf.adding(weeks: 2))
        #expect(paused.reason == .promiseOfPayment)
        #expect(world.app.message?.text == "Paused \(Self.ada) until 25 Mar 2026")
        #expect(world.screen().contains("paused until 25 Mar 2026"))

        world.press("P")
        #expect(world.app.form?.title.hasPrefix("End the pause") == true)
        world.press("<Enter>")
        #expect(try world.load(Self.ada).pause == nil)
        #expect(try world.load(Self.ada).diary.last?.code == "UNP")
        world.press("<Esc>1")
        let immediate = try #require(world.app.worklist)
        #expect(immediate.rows.map { immediate.index.summaries[$0].ref }.contains(Self.ada))
    }

    @Test func endingAPauseIsRefusedOnACaseThatIsNotPaused() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("P")
        #expect(world.app.form == nil)
        #expect(world.app.message?.text == "\(Self.ada) is not paused; p pauses it.")
    }

    @Test func aRefusedValueGoesBackToItsFieldAndNothingIsSaved() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("p")
        world.app.type("today")
        world.press("<Tab>")
        world.app.type("other")
        world.press("<Tab>")
        world.app.type("Checking.")
        world.press("<Enter>")
        let form = try #require(world.app.form)
        #expect(form.problem?.field == "Pause until")
        #expect(form.focusedField.label == "Pause until")
        #expect(form.problem?.message.hasPrefix("A pause must end after today") == true)
        #expect(try world.load(Self.ada).pause == nil)
        #expect(world.screen().contains("! Pause until: A pause must end after today"))
        world.press("<C-u>")
        world.app.type("tomorrow")
        #expect(world.app.form?.problem == nil, "editing the field clears its problem")
        world.press("<Enter>")
        #expect(world.app.form == nil)
        #expect(try world.load(Self.ada).pause?.until == Fixtures.asOf.adding(days: 1))
    }

    @Test func anAgreementShowsItsEndDateAsItIsTypedAndIsSaved() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("a<Tab><Tab><Tab>")
        world.app.type("100")
        world.press("<Tab>")
        world.app.type("16/03/2026")
        #expect(world.app.form?.infoText("Plan") == "Owed £1,530.00: 16 payments, the last £30.00, ending 29 Jun 2026")
        world.press("<Enter>")
        let created = try #require(try world.load(Self.ada).agreements.last)
        #expect(created.kind == .informal && created.instalment == Money(pounds: 100) && created.frequency == .weekly)
        #expect(created.startDate == Fixtures.date(2026, 3, 16))
        #expect(world.app.message?.text.hasPrefix("Created informal agreement on \(Self.ada)") == true)
        world.press("5")
        #expect(world.screen(100, 30).contains("Informal, regular · £100.00 weekly from 16 Mar 2026"))
    }

    @Test func cancellingAnAgreementAsksFirstAndNoLeavesItLive() throws {
        let world = try StoreWorld()
        let ref = "0101003/01"
        world.openByKeys(ref)
        world.press("X<Tab>")
        world.app.type("Moving to monthly payments.")
        #expect(world.press("<Enter>").isEmpty, "nothing goes before the user says yes")
        #expect(world.app.currentContext == .confirm)
        #expect(world.screen().contains("A cancelled agreement cannot be revived."))
        world.press("n")
        #expect(world.app.form?.phase == .editing)
        #expect(try world.load(ref).agreements[0].state == .live)
        world.press("<Enter>y")
        #expect(try world.load(ref).agreements[0].state == .cancelled)
        #expect(try world.load(ref).diary.last?.code == "AGC")
        #expect(world.app.message?.text == "Cancelled agreement 1 on \(ref)")
    }

    @Test func cancelAndReplaceIsOneConfirmedStep() throws {
        let world = try StoreWorld()
        let ref = "0101003/01"
        world.openByKeys(ref)
        world.press("r")
        world.app.type("Monthly from April")
        world.press("<Tab><Tab><Tab><Left><Tab>")
        world.app.type("60")
        world.press("<Tab>")
        world.app.type("1/4/2026")
        world.press("<Enter>y")
        let agreements = try world.load(ref).agreements
        #expect(agreements.map(\.state) == [.cancelled, .live])
        #expect(agreements[1].frequency == .monthly)
        #expect(try world.load(ref).diary.suffix(2).map(\.code) == ["AGC", "AGR"])
    }

    @Test func escAsksBeforeThrowingAwayTypedText() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("d<Esc>")
        #expect(world.app.form == nil, "nothing typed: Esc leaves at once")
        world.press("d<Tab>")
        world.app.type("Half a note")
        world.press("<Esc>")
        #expect(world.app.form?.phase == .confirmingDiscard)
        #expect(world.screen().contains("Throw away what you typed?"))
        world.press("<Esc>")
        #expect(world.app.form?.phase == .editing)
        #expect(world.app.form?.text("Comment") == "Half a note")
        world.press("<Esc>y")
        #expect(world.app.form == nil)
        #expect(world.app.caseScreen != nil)
        #expect(try world.load(Self.ada).diary.count == 4)
    }

    @Test func aCaseChangedElsewhereIsRefusedAndShownFresh() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("d")
        world.app.type("vim")
        world.press("<Tab>")
        world.app.type("Visited.")
        // A colleague saves a diary entry on the same case from another workbench.
        let colleague = StoreWorld.executor(store: world.store, user: FixtureData.teamLead)
        let theirs = colleague.perform(.onCase(ref: Self.ada, expectedVersion: 1, .addDiaryEntry(code: "INC", comment: "Tenant rang.")))
        #expect(theirs.outcome == .done(followUp: nil))
        world.press("<Enter>")
        #expect(world.app.form == nil)
        #expect(world.app.message?.text.hasPrefix("Case \(Self.ada) was changed by someone else since you opened it") == true)
        #expect(world.app.message?.kind == .error)
        let stored = try world.load(Self.ada)
        #expect(stored.diary.map(\.code).suffix(2) == ["VIU", "INC"], "the colleague's entry stays; ours was not saved")
        #expect(world.caseFile == stored, "the fresh case is on screen")
    }

    @Test func thePaletteFindsCaseActionsAndOpensTheirForms() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press(":")
        world.app.type("court outcome")
        world.press("<Enter>")
        #expect(world.app.message?.text == "\(Self.ada) has no court hearing yet; c records the court date first.")
        world.press(":")
        world.app.type("diary entry")
        world.press("<Enter>")
        #expect(world.app.form?.title == "Add a diary entry \u{00B7} \(Self.ada) Ada Okafor")
    }
}
