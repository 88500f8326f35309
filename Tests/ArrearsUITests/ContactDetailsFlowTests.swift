import Testing
import ArrearsCore
@testable import ArrearsUI

/// Issue 11 §8 and issue 13 §3 by keys on a real store: contact details corrected on the case page,
/// checked as typed, kept in the case's history; and a letter Notify refused sent again once fixed.
@Suite struct ContactDetailsFlowTests {
    static let ada = "0101001/01"
    static let kwame = "0101008/01"

    @Test func anAddressBreakingARuleIsNamedAsTypedThenSavedAndShownOnTheCase() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("A")
        #expect(world.app.form?.title.hasPrefix("Correspondence address") == true)
        world.press("<C-u>")
        world.app.type("(rear) 14 Mare Street")
        world.press("<Tab><C-u>")
        world.app.type("London")
        world.press("<Tab><C-u><Tab><C-u><Tab><C-u><Tab><C-u>")
        world.app.type("e8 1hy")
        #expect(world.screen().contains("Line 1: Address lines cannot start with"), "the broken rule is named before saving")
        world.press("<Enter>")
        #expect(world.app.form != nil)
        #expect(try world.load(Self.ada).diary.last?.code != "CAC", "nothing saved")
        // The refusal put the cursor back on Line 1: take off "(rear) ".
        world.press("<Home>")
        for _ in 0..<7 { world.press("<Del>") }
        #expect(world.screen().contains("GOV.UK Notify will accept this address."))
        world.press("<Enter>")
        #expect(world.app.form == nil)
        #expect(world.app.message?.text == "Correspondence address of Ms Ada Okafor on \(Self.ada) saved")
        let stored = try world.load(Self.ada)
        #expect(stored.account.contacts[0].correspondenceAddress == ["14 Mare Street", "London", "E8 1HY"])
        #expect(stored.diary.last?.code == "CAC")
        let page = world.screen(200, 60)
        #expect(page.contains("Letters to: 14 Mare Street, London, E8 1HY"))
        #expect(page.contains("Address changed 11 Mar 2026 by aagent; was none"))
    }

    @Test func aLandlineIsRefusedAsTheMobile() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("N<C-u>")
        world.app.type("020 7946 0999")
        #expect(world.screen().contains("Mobile: Not a UK mobile number."))
        world.press("<Enter>")
        #expect(world.app.form != nil)
        world.press("<C-u>")
        world.app.type("07700 900555")
        world.press("<Enter>")
        #expect(try world.load(Self.ada).account.contacts[0].phones.first == "07700 900555")
    }

    @Test func anAuditorIsToldBeforeTyping() throws {
        let world = try StoreWorld(user: FixtureData.auditor)
        world.openByKeys(Self.ada)
        world.press("A")
        #expect(world.app.form == nil)
    }

    /// The failed letter on Kwame Mensah's case went to a correspondence address without a postcode.
    static var kwameWithABadAddress: [CaseFile] {
        LetterFixtures.cases.map { file in
            var file = file
            if file.ref == kwame { file.account.contacts[0].correspondenceAddress = ["3 Dalston Lane", "London", "Hackney"] }
            return file
        }
    }

    @Test func aFailedLetterIsSentAgainOnceTheAddressIsFixed() throws {
        var world = try LetterWorld(user: FixtureData.westAgent, cases: Self.kwameWithABadAddress)
        LetterFlowTests.open("Kwame", in: &world)
        #expect(world.app.caseScreen?.ref == Self.kwame)
        world.press("4")
        let failedId = "rent_letter_1-20260304-0101008-01-1"
        let index = try #require(CaseLettersPane.ordered(try world.load(Self.kwame)).firstIndex { $0.id == failedId })
        for _ in 0..<index { world.press("j") }
        world.press("V")
        #expect(world.app.message?.text.contains("Correct it first (A), then send the letter again.") == true, "\(world.app.message?.text ?? "")")
        // The stored last line ("Hackney") fills Postcode: it moves up to Line 3, and the postcode goes under it.
        world.press("A<Tab><Tab>")
        world.type("Hackney")
        world.press("<Tab><Tab><Tab><C-u>")
        world.type("E8 2PB")
        world.press("<Enter>")
        #expect(try world.load(Self.kwame).account.contacts[0].correspondenceAddress == ["3 Dalston Lane", "London", "Hackney", "E8 2PB"])
        world.press("V")
        #expect(world.screen().text.contains("Ready to queue"))
        world.press("sy")
        let letters = try world.load(Self.kwame).letters
        let failed = try #require(letters.first { $0.id == failedId })
        #expect(failed.status == .failed, "the failed letter stays as it was")
        let again = try #require(letters.first { $0.status == .queued && $0.templateId == "rent_letter_1" })
        #expect(again.contactId == 1)
        #expect(again.renderedText.contains("E8 2PB"))
    }

    /// Joint tenants: the form starts with a choice of tenant, and choosing the other one fills the fields
    /// with theirs; the change goes to the tenant chosen.
    @Test func jointTenantsChooseWhoseDetailsToCorrect() throws {
        let cases = LetterFixtures.cases.map { file in
            var file = file
            if file.ref == LetterFixtures.jointRef { file.account.contacts[0].emails = ["idris@example.org"] }
            return file
        }
        var world = try LetterWorld(user: FixtureData.agent, cases: cases)
        LetterFlowTests.open("Idris", in: &world)
        world.press("@")
        #expect(world.screen().text.contains("idris@example.org"))
        world.press("<Right>")
        #expect(!world.screen().text.contains("idris@example.org"), "Mrs Sara Khan has no email yet")
        world.press("<Tab>")
        world.type("sara@example.org")
        world.press("<Enter>")
        let contacts = try world.load(LetterFixtures.jointRef).account.contacts
        #expect(contacts.map(\.emails) == [["idris@example.org"], ["sara@example.org"]])
    }
}
