import Testing
import ArrearsCore
@testable import ArrearsUI

/// Letters by keys alone, on a real store: what reaches the database, the diary and the screen.
@Suite struct LetterFlowTests {
    static let ada = "0101001/01"

    /// Opens a case from the worklist by searching for the tenant's name.
    static func open(_ name: String, in world: inout LetterWorld) {
        world.press("/")
        world.type(name)
        world.press("<Enter><Enter>")
    }

    @Test func queueingALetterFromACaseStoresItAndWritesItsDiaryCode() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        #expect(world.app.caseScreen?.ref == Self.ada)
        world.press("l<Enter>")
        let preview = world.screen()
        #expect(preview.text.contains("Letter 1: rent arrears (IC1)"))
        #expect(preview.text.contains("Ready to queue"))
        world.press("s")
        #expect(world.question?.hasPrefix("Queue 1 letter (Letter 1: rent arrears) for 0101001/01 Ada Okafor?") == true)
        #expect(try world.load(Self.ada).letters.count == 2, "nothing is queued before the user says yes")
        world.press("y")

        let file = try world.load(Self.ada)
        let queued = try #require(file.letters.first { $0.status == .queued })
        #expect(queued.id == "rent_letter_1-20260311-0101001-01-1")
        #expect(queued.templateId == "rent_letter_1")
        #expect(queued.author == "aagent")
        #expect(queued.createdAt == LetterWorld.now)
        #expect(queued.renderedText.contains("Dear Ms Okafor"))
        #expect(queued.renderedText.contains("£1,530"), "the collectable arrears from the case's summary, GOV.UK style")
        #expect(file.diary.last?.code == "IC1")
        #expect(try world.store.summary(ref: Self.ada)?.lastActionCode == "IC1", "the case is re-classified at once")
        #expect(world.outcomes.map(\.succeeded) == [true])
        #expect(world.app.message == StatusMessage("Queued 1 letter (rent_letter_1) for 0101001/01", kind: .success))
        #expect(world.app.caseScreen?.pane == .letters, "back on the case, its letters on show")
        #expect(world.screen().rowText(4).contains("Queued"))
    }

    @Test func aQueuedLetterIsCancelledFromTheCasePaneAfterConfirming() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        world.press("l<Enter>sy")
        world.press("x")
        #expect(world.question?.hasPrefix("Cancel letter rent_letter_1-20260311-0101001-01-1 (Letter 1: rent arrears) to Ada Okafor on 0101001/01?") == true)
        world.press("n")
        #expect(try world.load(Self.ada).letters.first { $0.id == "rent_letter_1-20260311-0101001-01-1" }?.status == .queued)
        world.press("xy")
        let file = try world.load(Self.ada)
        #expect(file.letters.first { $0.id == "rent_letter_1-20260311-0101001-01-1" }?.status == .cancelled)
        #expect(file.diary.last?.code == "LCN")
        #expect(world.app.message?.text == "Cancelled 1 letter on 0101001/01")
        #expect(world.screen().rowText(4).contains("Cancelled"))
    }

    @Test func undoCancelsTheLettersJustQueued() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        world.press("l<Enter>sy")
        #expect(world.app.undoable == "Queued 1 letter (rent_letter_1) for 0101001/01")
        world.press("uy")
        let letter = try #require(try world.load(Self.ada).letters.first { $0.templateId == "rent_letter_1" })
        #expect(letter.status == .cancelled)
        #expect(try world.load(Self.ada).diary.last?.code == "LCN")
    }

    @Test func theSameLetterIsNotQueuedTwiceInADayUnlessTheFirstWasCancelled() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        world.press("l<Enter>sy")
        world.press("l<Enter>")
        #expect(world.screen().rowText(2).contains("Already queued today as rent_letter_1-20260311-0101001-01-1"))
        world.press("s")
        #expect(world.app.message?.text == "Not queued: the letter to Ms Ada Okafor is already queued today "
                + "(rent_letter_1-20260311-0101001-01-1); cancel it first to queue it again.")
        world.press("<Esc>xy")
        world.press("l<Enter>sy")
        let ids = try world.load(Self.ada).letters.filter { $0.templateId == "rent_letter_1" }.map { "\($0.id) \($0.status)" }
        #expect(ids == ["rent_letter_1-20260311-0101001-01-1 cancelled", "rent_letter_1-20260311-0101001-01-1-2 queued"])
    }

    @Test func aFailedLetterIsMarkedReviewedAsPrintedLocally() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        world.press("4")
        world.press("x")
        #expect(world.app.message?.text == "Only a queued letter can be cancelled; letter L2 is failed.")
        world.press("v")
        #expect(world.question == "The letter L2 (letter_2) to Ada Okafor on 0101001/01 failed to send. How was it dealt with?\n"
                + "Address line 3: the last line must be a UK postcode or a country.")
        #expect(world.screen().text.contains("p printed and posted locally   n not to be sent   Esc leave it"))
        world.press("p")
        let file = try world.load(Self.ada)
        let reviewed = try #require(file.letters.first { $0.id == "L2" })
        #expect(reviewed.status == .reviewed)
        #expect(reviewed.localPrint)
        #expect(file.diary.last?.code == "PLS")
        #expect(world.app.message?.kind == .success)
    }

    @Test func paneKeysOnAnotherPaneSayWhereToGo() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        world.press("x")
        #expect(world.app.message?.text == "Select a letter on the Letters pane (4) first.")
    }

    @Test func everyNamedTenantGetsALetterAndTabMovesBetweenThem() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Idris", in: &world)
        world.press("l<Enter>")
        var screen = world.screen()
        #expect(screen.rowText(1).contains("to Mr Idris Khan"))
        #expect(screen.rowText(1).contains("letter 1 of 2"))
        world.press("<Tab>")
        screen = world.screen()
        #expect(screen.rowText(1).contains("to Mrs Sara Khan"))
        #expect(screen.text.contains("Mrs Sara Khan"), "the address block names the recipient")
        world.press("sy")
        let file = try world.load(LetterFixtures.jointRef)
        #expect(Set(file.letters.map(\.contactId)) == [1, 2])
        #expect(file.letters.allSatisfy { $0.status == .queued })
        #expect(file.diary.suffix(2).map(\.code) == ["IC1", "IC1"])
    }

    @Test func anInvalidLetterShowsEveryProblemAndCannotBeQueued() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        let courtDate = try #require(LetterTemplateCatalogue.standard.offered(for: .secure, debtKind: nil, role: .agent)
            .firstIndex { $0.id == "court_date" })
        world.press("l" + String(repeating: "j", count: courtDate) + "<Enter>")
        let screen = world.screen().text
        #expect(screen.contains("Cannot be queued"))
        #expect(screen.contains("Court case is missing: record the court date first"))
        world.press("s")
        #expect(world.app.message?.kind == .error)
        #expect(world.app.message?.text.hasPrefix("Not queued") == true)
        world.press("y")
        #expect(world.outcomes.isEmpty)
        #expect(try world.load(Self.ada).letters.count == 2)
    }

    @Test func aLongLetterIsMarkedForLocalPrintAndQueuedSo() throws {
        var world = try LetterWorld(user: FixtureData.leaseholdOfficer)
        Self.open("Hannah", in: &world)
        let lba = try #require(LetterTemplateCatalogue.standard.offered(for: .leasehold, debtKind: .serviceCharge, role: .leaseholdOfficer)
            .firstIndex { $0.id == "leasehold_letter_before_action" })
        world.press("l" + String(repeating: "j", count: lba) + "<Enter>")
        let screen = world.screen()
        #expect(screen.rowText(2).contains("local print: over GOV.UK Notify's 10-page limit"))
        world.press("s")
        #expect(world.question?.contains("Printed and posted locally") == true)
        world.press("y")
        let letter = try #require(try world.load("LH0001").letters.first)
        #expect(letter.localPrint)
        #expect(letter.status == .queued)
        #expect(try world.load("LH0001").diary.last?.code == "SLB")
    }

    @Test func aCaseChangedSinceThePreviewIsRefusedAndShownFresh() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        Self.open("Ada", in: &world)
        world.press("l<Enter>s")
        // Another caseworker adds a diary entry while the question is open.
        try world.store.update(ref: Self.ada, expectedVersion: nil) { file in
            file.diary.append(DiaryEntry(id: 99, at: LetterWorld.now, code: "OTC", comment: "Phoned.", user: "wagent",
                                         balance: file.balance))
        }
        world.press("y")
        #expect(world.outcomes.map(\.succeeded) == [false])
        #expect(world.app.message?.text.contains("was changed by someone else") == true)
        #expect(try world.load(Self.ada).letters.count == 2)
        #expect(world.app.caseScreen?.file.diary.contains { $0.id == 99 } == true, "the fresh case is shown")
    }

    @Test func bulkLettersQueueEveryReadyLetterAndListTheRestWithReasons() throws {
        var world = try LetterWorld(user: FixtureData.leaseholdOfficer)
        let templates = LetterTemplateCatalogue.standard.offered(to: .leaseholdOfficer)
        let ll1 = try #require(templates.firstIndex { $0.id == "leasehold_letter_1_leasehold" })
        world.press("B" + String(repeating: "j", count: ll1) + "<Enter>")
        world.type("LH0001, lh0004;NOPE\nLH0001 9000000004")
        #expect(world.screen().text.contains("4 references · 1 duplicate removed"))
        world.press("<C-s>")
        let results = world.screen().text
        #expect(results.contains("Ready 2 · Cannot send 2"))
        #expect(results.contains("NOPE"))
        #expect(results.contains("Reference not found"))
        #expect(results.contains("Reference: account LH0004 is already in this list"), "a payment reference of a listed account")
        world.press("s")
        #expect(world.question?.hasPrefix("Queue all 2 ready letters (Letter 1 in arrears: leasehold) for 2 cases?") == true)
        world.press("y")
        #expect(world.outcomes.map(\.message) == ["Queued 2 letters for 2 cases"])
        for ref in ["LH0001", LetterFixtures.leaseholdRef] {
            let file = try world.load(ref)
            #expect(file.letters.map(\.status) == [.queued], "\(ref)")
            #expect(file.diary.last?.code == "LL1")
        }
        world.press("s")
        #expect(world.app.message?.text == "These letters are queued already; check a new list to send more.")
        #expect(world.outcomes.count == 1)
    }

    @Test func aSecondBulkRunLeavesOutLettersAlreadyQueuedToday() throws {
        var world = try LetterWorld(user: FixtureData.leaseholdOfficer)
        let ll1 = try #require(LetterTemplateCatalogue.standard.offered(to: .leaseholdOfficer)
            .firstIndex { $0.id == "leasehold_letter_1_leasehold" })
        world.press("B" + String(repeating: "j", count: ll1) + "<Enter>")
        world.type("LH0001")
        world.press("<C-s>sy<Esc>")
        world.type(" LH0004")
        world.press("<C-s>")
        let results = world.screen(120, 40).text
        #expect(results.contains("Ready 1 · Cannot send 1"))
        guard let second = world.app.stack.last as? BulkResultsScreen else { Issue.record("no results"); return }
        #expect(second.cannotSend.map(\.reason) == ["Letter: already queued today as leasehold_letter_1_leasehold-20260311-LH0001-1"])
        world.press("sy")
        #expect(world.outcomes.map(\.message) == ["Queued 1 letter for 1 case", "Queued 1 letter for 1 case"])
        #expect(try world.load("LH0001").letters.count == 1)
        #expect(try world.load(LetterFixtures.leaseholdRef).letters.count == 1)
    }

    @Test func bulkNeedsATemplateAndReferences() throws {
        var world = try LetterWorld(user: FixtureData.leaseholdOfficer)
        world.press("B<Esc>")
        world.press("<C-s>")
        #expect(world.app.message?.text == "Choose a template first.")
        world.press("<C-t><Enter><C-s>")
        #expect(world.app.message?.text == "Type or paste at least one tenancy or payment reference.")
    }

    @Test func theLettersScreenListsFiltersAndActs() throws {
        var world = try LetterWorld(user: FixtureData.teamLead)
        world.press("L")
        #expect(world.app.breadcrumbs.last == "Letters")
        guard let all = world.app.stack.last as? LettersScreen else { Issue.record("no Letters screen"); return }
        #expect(all.rows.count == 6)
        world.press("<Tab>")
        guard let queued = world.app.stack.last as? LettersScreen else { return }
        #expect(queued.rows.map { queued.listings[$0].letter.id } == ["rent_letter_2-20260310-0101002-01-1"])
        world.press("xy")
        #expect(try world.load("0101002/01").letters.first?.status == .cancelled)
        guard let after = world.app.stack.last as? LettersScreen else { return }
        #expect(after.rows.isEmpty, "reloaded: the cancelled letter leaves the queued tab")
        #expect(world.screen().text.contains("No letters here. F clears the filters."))
        world.press("F<Tab><Tab>v")
        #expect(world.question?.contains("How was it dealt with?") == true)
        world.press("n")
        let reviewed = try world.load("0101008/01").letters.first
        #expect(reviewed?.status == .reviewed && reviewed?.localPrint == false)
        #expect(try world.load("0101008/01").diary.last?.code == "LCN")
    }

    @Test func theLettersFilterEditorChangesTheListAsYouChoose() throws {
        var world = try LetterWorld(user: FixtureData.teamLead)
        world.press("Lf<Down><Right>")
        guard let byTemplate = world.app.stack.last as? LettersScreen else { return }
        #expect(byTemplate.filter.templateId == "rent_letter_1")
        #expect(Set(byTemplate.rows.map { byTemplate.listings[$0].letter.templateId }) == ["rent_letter_1"])
        world.press("<Down><Right><Right><Enter>")
        guard let byPatch = world.app.stack.last as? LettersScreen else { return }
        #expect(byPatch.filter.patch == .patch("E02"))
        #expect(byPatch.rows.map { byPatch.listings[$0].letter.accountRef } == ["0101003/01"])
        #expect(world.screen().rowText(2).contains("Letter 1: rent arrears · patch E02"))
    }

    @Test func readingALetterShowsItAsStored() throws {
        var world = try LetterWorld(user: FixtureData.agent)
        world.press("L<Enter>")
        let screen = world.screen().text
        #expect(screen.contains("Dear tenant"))
        #expect(screen.contains("Page 1 of 1"))
        world.press("s")
        #expect(world.app.message?.text == "Nothing to queue here: this letter is already on the case.")
    }

    @Test func theTeamLeadsFailedCountOpensTheFailedLetters() throws {
        var world = try LetterWorld(user: FixtureData.teamLead)
        for _ in 0..<80 {
            if var t = world.app.stack.last as? TeamLeadScreen, case .letters(let f)? = t.selectedTarget(area: world.app.body),
               f.status == .failed { break }
            world.press("j")
        }
        world.press("<Enter>")
        guard let failed = world.app.stack.last as? LettersScreen else { Issue.record("the count did not open the Letters screen"); return }
        #expect(failed.filter == LetterFilter(status: .failed, patch: .all))
        #expect(Set(failed.rows.map { failed.listings[$0].letter.id }) == ["L2", "rent_letter_1-20260304-0101008-01-1"])
    }
}
