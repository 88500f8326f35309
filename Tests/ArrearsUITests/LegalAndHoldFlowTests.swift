import Testing
import ArrearsCore
@testable import ArrearsUI

/// Notices, court dates and outcomes, evictions and holds, by keys through to the store.
@Suite struct LegalAndHoldFlowTests {
    static let ada = "0101001/01"

    @Test func aNoticeIsTheOneTheAccountTypeNeedsWithItsDates() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("n")
        #expect(world.app.form?.infoText("Notice")?.hasPrefix("Notice of seeking possession (diary NTS)") == true)
        world.app.type("today")
        #expect(world.app.form?.infoText("Dates") == "Proceedings may begin 8 Apr 2026; valid until 7 Apr 2027.")
        world.press("<Enter>")
        let notice = try #require(try world.load(Self.ada).notices.last)
        #expect(notice.kind == .noticeOfSeekingPossession && notice.servedOn == Fixtures.asOf)
        #expect(notice.mayBeginOn == Fixtures.date(2026, 4, 8) && notice.validUntil == Fixtures.date(2027, 4, 7))
        #expect(try world.load(Self.ada).diary.last?.code == "NTS")
    }

    @Test func aLeaseholdCaseRecordsALetterBeforeAction() throws {
        let world = try StoreWorld(user: FixtureData.leaseholdOfficer)
        world.openByKeys("LH0002")
        world.press("n")
        #expect(world.app.form?.infoText("Notice")?.hasPrefix("Letter before action (diary MW3)") == true)
        world.app.type("today")
        world.press("<Enter>")
        #expect(try world.load("LH0002").notices.last?.mayBeginOn == Fixtures.asOf.adding(days: 30))
    }

    @Test func aCourtOutcomeWithTermsLeadsOnToTheCourtAgreement() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("c")
        world.app.type("2/3/2026")
        world.press("<Tab>")
        world.app.type("10:30")
        world.press("<Enter>")
        #expect(try world.load(Self.ada).courtCases.last?.hearingMinutes == 630)
        #expect(world.app.message?.text == "Court date 2 Mar 2026 at 10:30 recorded for \(Self.ada)")

        world.press("C")
        world.app.type("withdrawn")
        #expect(world.app.form?["Terms"].isHidden == true, "a withdrawn claim carries no terms")
        world.press("<C-u>")
        world.app.type("sot")
        #expect(world.app.form?["Terms"].isHidden == false)
        world.press("<Tab><Tab><Tab><Tab>y<Tab>n<Enter>")
        let court = try #require(try world.load(Self.ada).courtCases.last)
        #expect(court.outcome == .suspensionOnTerms && court.terms == true && court.disrepairCounterClaim == false)
        #expect(world.screen().contains("Create the court agreement now?"))
        world.press("y")
        let form = try #require(world.app.form)
        #expect(form.choice("Agreement type") == AgreementKind.formal.rawValue)
        #expect(form.infoText("Court case")?.hasPrefix("Court case 1: Suspended possession on terms, 2 Mar 2026") == true)
        world.press("<Tab><Tab><Tab>")
        world.app.type("25")
        world.press("<Tab>")
        world.app.type("+1w")
        world.press("<Enter>")
        let agreement = try #require(try world.load(Self.ada).agreements.last)
        #expect(agreement.kind == .formal && agreement.courtCaseId == court.id)
    }

    @Test func theOutcomeFormNeedsAHearingFirst() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("C")
        #expect(world.app.form == nil)
        #expect(world.app.message?.text == "\(Self.ada) has no court hearing yet; c records the court date first.")
    }

    @Test func anEvictionDateAsksFirst() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("E")
        world.app.type("15/04/2026")
        world.press("<Enter>")
        #expect(try world.load(Self.ada).evictions.isEmpty)
        #expect(world.screen().contains("Record an eviction on Wednesday 15 April 2026"))
        world.press("y")
        #expect(try world.load(Self.ada).evictions.map(\.date) == [Fixtures.date(2026, 4, 15)])
        #expect(try world.load(Self.ada).diary.last?.code == "EDS")
    }

    @Test func breathingSpaceNeedsItsReferenceAndEndsByKeys() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("h")
        world.app.type("breath")
        #expect(world.app.form?.choice("Hold") == HoldKind.breathingSpaceStandard.rawValue)
        world.press("<Enter>")
        #expect(world.app.form?.problem?.field == "Reference")
        #expect(world.app.form?.focusedField.label == "Reference")
        world.app.type("BS-2026-0099")
        world.press("<Enter>")
        let hold = try #require(try world.load(Self.ada).holds.last)
        #expect(hold.kind == .breathingSpaceStandard && hold.reference == "BS-2026-0099")
        #expect(hold.debtAtStart == Money(pounds: 1_530))
        #expect(world.screen().contains("breathing space"))

        world.press("H<Tab>")
        world.app.type("+1d")
        world.press("<Enter>")
        #expect(try world.load(Self.ada).holds.last?.end == Fixtures.asOf)
        #expect(try world.load(Self.ada).diary.last?.code == "BSE")
    }

    @Test func vulnerabilityNeedsANote() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("h")
        world.app.type("vul")
        #expect(world.app.form?["Reference"].isHidden == true)
        world.press("<Enter>")
        #expect(world.app.form?.problem == FieldProblem("Note", "Enter the note; it cannot be left empty."))
        world.app.type("Hearing loss: write rather than call.")
        world.press("<Enter>")
        #expect(try world.load(Self.ada).holds.last?.kind == .vulnerability)
        #expect(try world.load(Self.ada).diary.last?.code == "VUL")
    }

    @Test func benefitClaimAndDisputeAreHoldsToo() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("h")
        world.app.type("benefit")
        world.press("<Tab><Tab>")
        world.app.type("UC-123")
        world.press("<Enter>")
        #expect(world.app.message?.text == "Started benefit claim pending on \(Self.ada)", "\(world.screen())")
        world.press("h")
        world.app.type("dispute")
        world.press("<Tab><Tab>")
        world.app.type("Disputes the water charges.")
        world.press("<Enter>")
        #expect(try world.load(Self.ada).holds.map(\.kind) == [.benefitClaimPending, .dispute])
        #expect(try world.load(Self.ada).diary.suffix(2).map(\.code) == ["BCP", "DIS"])
    }
}
