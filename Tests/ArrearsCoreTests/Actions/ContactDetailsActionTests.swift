import Testing
@testable import ArrearsCore

/// Correcting a tenant's address, phones and email: checked in the core, one transaction with the
/// version check, audited without the values, and kept in the diary with the value replaced.
@Suite struct ContactDetailsActionTests {
    typealias F = ActionFixtures

    @Test(arguments: StoreKind.tested) func anAddressIsCorrectedAuditedAndKeptInTheDiary(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let before = try world.load(F.rentRef)
        let outcome = try world.actions(F.agent).correctAddress(ref: F.rentRef, expectedVersion: before.account.version, contactId: 1,
                                                                lines: ["12 Mare Street", "London"], postcode: "e8 1hy")
        let audit = try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["CAC"], operation: .editContactDetails,
                                                    by: F.agent, versionBefore: before.account.version)
        #expect(outcome.caseFile.account.contacts[0].correspondenceAddress == ["12 Mare Street", "London", "E8 1HY"])
        #expect(outcome.caseFile.diary.last?.comment
            == "Correspondence address of Ms Test Tenant (contact 1): now 12 Mare Street; London; E8 1HY. Was: none.")
        #expect(outcome.message == "Correspondence address of Ms Test Tenant on 0104321/01 saved")
        #expect(audit.summary == "Contact 1: correspondence address corrected")
        #expect(audit.before == #"{"contact":1,"field":"correspondence_address","values":0}"#)
        #expect(audit.after == #"{"contact":1,"field":"correspondence_address","values":3}"#)
        #expect(!(audit.after ?? "").contains("Mare"), "no address in the audit trail")

        // A second correction keeps the first value in its entry: "changed on … by …, was …".
        let again = try world.actions(F.teamLead).correctAddress(ref: F.rentRef, expectedVersion: nil, contactId: 1,
                                                                 lines: ["Flat 2", "14 Mare Street", "London"], postcode: "E8 1HY")
        let change = try #require(ContactChangeNote.latest(in: again.caseFile.diary, kind: .address, contactId: 1))
        #expect(change.was == "12 Mare Street; London; E8 1HY")
        #expect(change.entry.user == F.teamLead.login)
        #expect(ContactChangeNote.latest(in: again.caseFile.diary, kind: .phones, contactId: 1) == nil)
    }

    @Test func emptyFieldsRemoveTheAddressSoLettersGoToTheProperty() throws {
        var file = F.rentCase()
        file.account.contacts[0].correspondenceAddress = ["1 Elsewhere Road", "London", "N16 6BB"]
        let world = try F.world(kind: .sqlite, cases: [file])
        let outcome = try world.actions(F.agent).correctAddress(ref: F.rentRef, expectedVersion: nil, contactId: 1, lines: ["", ""], postcode: "")
        #expect(outcome.caseFile.account.contacts[0].correspondenceAddress == nil)
        #expect(outcome.caseFile.diary.last?.comment.hasSuffix("now none. Was: 1 Elsewhere Road; London; N16 6BB.") == true)
        let letter = LetterAddress.resolve(contact: outcome.caseFile.account.contacts[0], property: outcome.caseFile.account.property)
        #expect(letter.source == .property)
    }

    @Test func phonesAndEmailAreCorrected() throws {
        var file = F.rentCase()
        file.account.contacts[0].phones = ["020 7946 0123", "07700 900999"]
        file.account.contacts[0].emails = ["old@example.org", "second@example.org"]
        let world = try F.world(kind: .sqlite, cases: [file])
        let actions = world.actions(F.agent)
        let phones = try actions.correctPhones(ref: F.rentRef, expectedVersion: nil, contactId: 1, mobile: "+44 7700 900123",
                                               home: "020 7946 0123", work: "")
        #expect(phones.caseFile.account.contacts[0].phones == ["07700 900123", "020 7946 0123"])
        #expect(phones.caseFile.diary.last?.code == "CPC")
        #expect(phones.caseFile.diary.last?.comment
            == "Phone numbers of Ms Test Tenant (contact 1): now 07700 900123; 020 7946 0123. Was: 020 7946 0123; 07700 900999.")
        let email = try actions.correctEmail(ref: F.rentRef, expectedVersion: nil, contactId: 1, email: "keisha@example.org")
        #expect(email.caseFile.account.contacts[0].emails == ["keisha@example.org", "second@example.org"], "other addresses are kept")
        #expect(email.caseFile.diary.last?.code == "CEC")
        let texted = try MessageToQueue.recipient(.sms, in: email.caseFile).get()
        #expect(texted.1 == "447700900123", "texts go to the corrected mobile")
    }

    /// Refusals name the field and write nothing.
    @Test(arguments: [
        ("landline as mobile", "Mobile"), ("letters in home", "Home phone"), ("bad email", "Email"), ("unchanged", "Line 1"),
        ("not responsible", "Contact"), ("no such contact", "Contact"), ("bad postcode", "Postcode"),
    ] as [(String, String)])
    func refusalsNameTheField(attempt: String, field: String) throws {
        var file = F.rentCase()
        file.account.contacts.append(Contact(id: 2, responsible: false, title: "Mr", firstName: "Other", lastName: "Person"))
        let world = try F.world(kind: .sqlite, cases: [file])
        let actions = world.actions(F.agent)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            switch attempt {
            case "landline as mobile": _ = try actions.correctPhones(ref: F.rentRef, expectedVersion: nil, contactId: 1, mobile: "020 7946 0123", home: "", work: "")
            case "letters in home": _ = try actions.correctPhones(ref: F.rentRef, expectedVersion: nil, contactId: 1, mobile: "", home: "call me", work: "")
            case "bad email": _ = try actions.correctEmail(ref: F.rentRef, expectedVersion: nil, contactId: 1, email: "keisha at example.org")
            case "unchanged": _ = try actions.correctAddress(ref: F.rentRef, expectedVersion: nil, contactId: 1, lines: [], postcode: "")
            case "not responsible": _ = try actions.correctEmail(ref: F.rentRef, expectedVersion: nil, contactId: 2, email: "o@example.org")
            case "no such contact": _ = try actions.correctEmail(ref: F.rentRef, expectedVersion: nil, contactId: 9, email: "o@example.org")
            default: _ = try actions.correctAddress(ref: F.rentRef, expectedVersion: nil, contactId: 1, lines: ["1 Mare Street"], postcode: "E8")
            }
        }
        #expect((error as? ActionRefused)?.field == field, "\(error)")
    }

    /// The permission matrix: case work, by side. Auditors and administrators never change a case.
    @Test(arguments: [
        (F.agent, F.rentRef, true), (F.teamLead, F.rentRef, true), (F.teamLead, F.leaseRef, true), (F.leaseholdOfficer, F.leaseRef, true),
        (F.leaseholdOfficer, F.rentRef, false), (F.agent, F.leaseRef, false), (F.auditor, F.rentRef, false), (F.admin, F.rentRef, false),
        (F.retired, F.rentRef, false),
    ] as [(User, String, Bool)])
    func whoMayCorrectContactDetails(user: User, ref: String, allowed: Bool) throws {
        let world = try F.world(kind: .sqlite)
        let attempt = { _ = try world.actions(user).correctEmail(ref: ref, expectedVersion: nil, contactId: 1, email: "t@example.org") }
        if allowed {
            try attempt()
            #expect(try world.load(ref).account.contacts[0].emails == ["t@example.org"])
        } else {
            let error = try ActionChecks.expectRefusedUntouched(world, ref: ref, attempt)
            #expect(error is AccessDenied, "\(user.login): \(error)")
        }
    }

    @Test func aCaseChangedSinceTheFormOpenedIsNotOverwritten() throws {
        let world = try F.world(kind: .sqlite)
        let version = try world.load(F.rentRef).account.version
        _ = try world.actions(F.teamLead).correctEmail(ref: F.rentRef, expectedVersion: version, contactId: 1, email: "first@example.org")
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).correctEmail(ref: F.rentRef, expectedVersion: version, contactId: 1, email: "second@example.org")
        }
        #expect(error as? StoreError == .staleCase(ref: F.rentRef, expected: version, found: version + 1))
    }

    /// Issue 13 §3: a letter Notify refused for its address is sent again once the address is fixed. The
    /// new copy is the case's newest letter, so the review step clears; the failed one stays on file.
    @Test func aNewCopyQueuedAfterTheAddressIsFixedClearsTheReview() throws {
        let l = try UndoAndTheLadderTests.Ladder()
        try l.queueLetterTwo("L-2")
        try l.world.store.update(ref: F.rentRef, expectedVersion: nil) { file in
            file.letters[0].status = .failed
            file.letters[0].validationErrors = ["Last line of address must be a real UK postcode or another country"]
            file.letters[0].updatedAt = Timestamp(london: F.asOf, hour: 9)
        }
        _ = try l.actions.correctAddress(ref: F.rentRef, expectedVersion: nil, contactId: 1, lines: ["1 Mare Street", "London"], postcode: "E8 1HY")
        try l.expect(.reviewFailedLetter, "fixing the address alone does not send the letter")
        try l.queueLetterTwo("L-2-2")
        try l.expect(.noAction, "the new copy is queued: nothing to review, letter 2 is on its way")
        let letters = try l.world.load(F.rentRef).letters
        #expect(letters.map(\.status) == [.failed, .queued], "the failed letter stays as it was")
        #expect(letters[0].validationErrors == ["Last line of address must be a real UK postcode or another country"])
    }
}
