import Testing
@testable import ArrearsCore

@Suite struct LetterValidationTests {
    private func verdict(_ id: String, _ change: (inout CaseFile) -> Void = { _ in },
                         contact: Contact = LetterFixtures.tenant, figures: LetterFigures = LetterFixtures.figures) -> LetterVerdict {
        let t = LetterFixtures.template(id)
        var caseFile = LetterFixtures.caseFitting(t)
        change(&caseFile)
        return LetterValidation.validate(LetterFixtures.render(t, caseFile: caseFile, contact: contact, figures: figures))
    }

    @Test func courtDateLetterNeedsACourtCaseAndItsTime() {
        #expect(verdict("court_date") { $0.courtCases = [] }.messages == ["Court case is missing: record the court date first"])
        #expect(verdict("court_date") { $0.courtCases[0].hearingMinutes = nil }.messages == ["Court time is missing"])
        #expect(verdict("court_date") { $0.courtCases[0].hearingDate = nil }.messages == ["Court date is missing"])
    }

    @Test func agreementLettersNeedTheRightAgreement() {
        #expect(verdict("informal_agreement_confirmation") { $0.agreements = [] }.messages
                == ["Live informal agreement is missing"])
        // A live agreement is not a breached one.
        #expect(verdict("informal_agreement_breach") { $0.agreements = [LetterFixtures.agreement(kind: .informal, state: .live)] }
            .messages == ["Breached informal agreement is missing"])
        #expect(verdict("formal_agreement_breach") { $0.agreements = [] }.messages == ["Breached court-ordered agreement is missing"])
        let noBalances = verdict("informal_agreement_breach") { c in
            let last = c.agreements[0].history.count - 1
            c.agreements[0].history[last].checkedBalance = nil
        }
        #expect(noBalances.messages == ["Checked balance is missing", "Shortfall is missing"])
    }

    @Test func noticesNeedARecordedNoticeWithDatesStillAhead() {
        #expect(verdict("notice_of_proceedings") { $0.notices = [] }.messages
                == ["Notice of proceedings is missing: record the notice first"])
        let stale = verdict("notice_to_quit") { c in
            c.notices = [LetterFixtures.notice(.noticeToQuit)]
            c.notices[0].mayBeginOn = CivilDate(year: 2026, month: 6, day: 1)!
        }
        #expect(stale.messages == ["Notice end date (1 June 2026) is not after the letter date (5 June 2026): record the notice as served now"])
    }

    @Test func secondLettersNeedTheFirstOnTheDiary() {
        #expect(verdict("leasehold_letter_2_leasehold") { $0.diary = [] }.messages
                == ["Previous letter date is missing: no LL1, LF1 or LS1 letter is on the diary"])
        // Rent letter 2 mentions letter 1 only when there was one.
        #expect(verdict("rent_letter_2") { $0.diary = [] }.canQueue)
    }

    @Test func courtOutcomeVariantMustFitTheOutcome() {
        #expect(verdict("court_outcome_outright") { $0.courtCases[0].outcome = .suspensionOnTerms }.messages
                == ["Court outcome is not an outright possession order"])
        #expect(verdict("court_outcome") { $0.courtCases[0].outcome = .outrightPossessionForthwith }.messages
                == ["Court outcome has terms or is an outright order: use the matching court outcome letter"])
        #expect(verdict("court_outcome_terms") { $0.courtCases[0].terms = false }.messages
                == ["Court outcome has no terms recorded"])
    }

    @Test func addressProblemsNameTheField() {
        var noPostcode = LetterFixtures.jointTenant
        noPostcode.correspondenceAddress = ["Flat 3", "27 Dalston Lane", "London"]
        #expect(verdict("rent_letter_1", contact: noPostcode).messages == ["Correspondence postcode is missing"])

        var badPostcode = LetterFixtures.jointTenant
        badPostcode.correspondenceAddress = ["Flat 3", "27 Dalston Lane", "London", "QQ1 1AA"]
        #expect(verdict("rent_letter_1", contact: badPostcode).messages
                == ["Correspondence address: The last line must be a real UK postcode or a country"])

        var nfa = LetterFixtures.jointTenant
        nfa.correspondenceAddress = ["No fixed abode", "London", "E8 1HY"]
        #expect(verdict("rent_letter_1", contact: nfa).messages == ["Correspondence address: Letters cannot be sent to 'no fixed abode'"])

        #expect(verdict("rent_letter_1") { $0.account.property.postcode = nil }.messages
                == ["Property postcode is missing"])
        #expect(verdict("rent_letter_1") { $0.account.property.postcode = "E9 6ZZ9" }.messages
                == ["Address: The last line must be a real UK postcode or a country"])
        // The addressee's name is the first line Notify checks: a one-line address and a postcode make 3.
        #expect(verdict("rent_letter_1") { $0.account.property.addressLines = ["London"] }.messages == [])
        #expect(verdict("rent_letter_1") { $0.account.property.addressLines = ["Flat 1", "Block 2", "Estate 3", "Road 4", "Area 5", "London"] }
            .messages == ["Address: The address can have at most 7 lines, counting the addressee's name"])
        var slash = LetterFixtures.tenant
        slash.title = "/"
        slash.firstName = ""
        slash.lastName = ""
        #expect(verdict("rent_letter_1", contact: slash).messages.contains(
            "Address: Address lines cannot start with @ ( ) = [ ] \" \\ / , < > ~"))
    }

    /// The court date letter announces a hearing still to come: a hearing on or before the letter date
    /// (Friday 5 June 2026; the as-of date is Thursday 4 June) is refused, naming the field.
    @Test(arguments: [
        (CivilDate(year: 2026, month: 6, day: 4)!, false),
        (CivilDate(year: 2026, month: 6, day: 5)!, false),
        (CivilDate(year: 2026, month: 6, day: 6)!, true),
        (CivilDate(year: 2025, month: 12, day: 24)!, false),
    ])
    func courtDateLetterRefusesAHearingThatHasPassed(hearing: CivilDate, queueable: Bool) {
        let v = verdict("court_date") { $0.courtCases[0].hearingDate = hearing }
        #expect(v.canQueue == queueable)
        if !queueable {
            #expect(v.problems.map(\.field) == ["Court date"])
            #expect(v.messages == ["Court date (\(hearing.longText)) is not after the letter date (5 June 2026): "
                                   + "the hearing has passed; record the new hearing date first"])
        }
    }

    /// Court outcome letters speak of a hearing that has happened: a past date is what they need.
    @Test func courtOutcomeLettersAcceptAPastHearing() {
        #expect(verdict("court_outcome_terms").canQueue)
    }

    /// The policy's minimum balance for letters: £9.99 is refused with the reason, £10 is sent.
    @Test(arguments: [(Money(pence: 999), false), (Money(pence: 1_000), true), (Money(pence: 1_001), true), (Money(pence: 143), false)])
    func minimumBalanceForLetters(arrears: Money, queueable: Bool) {
        let figures = LetterFigures(collectableArrears: arrears, minimumBalance: Policy.default.letters.minimumBalance)
        let v = verdict("rent_letter_2", figures: figures)
        #expect(v.canQueue == queueable)
        if !queueable {
            #expect(v.messages == ["Arrears balance is \(arrears.letterText), below the £10 minimum for letters (policy letters.minimum_balance)"])
        }
    }

    @Test func everyFailureIsListedNotJustTheFirst() {
        var nameless = LetterFixtures.tenant
        nameless.title = nil; nameless.firstName = ""; nameless.lastName = ""
        let v = verdict("court_date", { $0.courtCases = []; $0.account.property.postcode = nil },
                        contact: nameless, figures: LetterFigures(collectableArrears: .zero))
        #expect(v.messages == [
            "Tenant name is missing",
            "Court case is missing: record the court date first",
            "Arrears balance is £0: there are no arrears to write about",
            "Property postcode is missing",
        ])
        #expect(v.problems.map(\.field) == ["Tenant name", "Court case", "Arrears balance", "Property postcode"])
        #expect(!v.canQueue)
    }

    @Test func templatesOnlyFitTheirAccountTypes() {
        let v = verdict("rent_letter_1") { $0.account.type = .garage }
        #expect(v.messages == ["Account type: Letter 1: rent arrears is not for garage accounts"])
        let majorWorks = verdict("leasehold_letter_1_leasehold") { $0.account.debtKind = .majorWorks }
        #expect(majorWorks.messages == ["Account type: Letter 1 in arrears: leasehold is not for leasehold (major works) accounts"])
    }

    @Test func letterBeforeActionIsQueuedForLocalPrint() {
        let t = LetterFixtures.template("leasehold_letter_before_action")
        let prepared = PreparedLetter(LetterFixtures.render(t, caseFile: LetterFixtures.caseFitting(t)))
        #expect(prepared.rendered.pageCount == 11)
        #expect(prepared.verdict.canQueue)
        #expect(prepared.verdict.localPrint)
        #expect(!prepared.verdict.canSendThroughNotify)
        #expect(prepared.verdict.notes == ["This letter is 11 pages, over GOV.UK Notify's 10-page limit: "
                                           + "it will be printed and posted locally, not sent through Notify"])
        let at = Timestamp(london: LetterFixtures.asOf, hour: 15)
        let letter = prepared.queuedLetter(id: "L-1", author: "jsmith", at: at)
        #expect(letter?.status == .queued)
        #expect(letter?.localPrint == true)
        #expect(letter?.templateId == "leasehold_letter_before_action")
        #expect(letter?.renderedText == prepared.rendered.text)
    }

    @Test func anInvalidLetterCannotBeQueued() {
        let t = LetterFixtures.template("court_date")
        var caseFile = LetterFixtures.caseFitting(t)
        caseFile.courtCases = []
        let prepared = PreparedLetter(LetterFixtures.render(t, caseFile: caseFile))
        #expect(prepared.queuedLetter(id: "L-2", author: "jsmith", at: Timestamp(secondsSinceEpoch: 0)) == nil)
    }

    @Test func internationalAddressesAreNotedNotRefused() {
        var abroad = LetterFixtures.jointTenant
        abroad.correspondenceAddress = ["12 Rue de Rivoli", "75001 Paris", "France"]
        let v = verdict("rent_letter_1", contact: abroad)
        #expect(v.canSendThroughNotify)
        #expect(v.notes == ["The address is outside the UK: international postage (Europe)"])
    }

    @Test func rolesAreCheckedInTheCore() {
        let t = LetterFixtures.template("leasehold_letter_1_leasehold")
        let caseFile = LetterFixtures.caseFitting(t)
        let prepare = { (role: Role) in
            LetterPreparation.prepare(t, caseFile: caseFile, figures: LetterFixtures.figures, asOf: LetterFixtures.asOf,
                                      sender: LetterFixtures.sender, role: role)
        }
        #expect(prepare(.agent).problems.map(\.message) == ["Role: A collection agent cannot send leasehold letters"])
        #expect(prepare(.auditor).problems.map(\.message) == ["Role: An auditor cannot send letters"])
        #expect(prepare(.leaseholdOfficer).canQueueAll)
        #expect(prepare(.teamLead).letters.count == 1)
    }

    @Test func aCaseWithoutAResponsibleTenantGetsNoLetter() {
        let t = LetterFixtures.template("rent_letter_1")
        var caseFile = LetterFixtures.caseFitting(t)
        caseFile.account.contacts = [LetterFixtures.household]
        let result = LetterPreparation.prepare(t, caseFile: caseFile, figures: LetterFixtures.figures, asOf: LetterFixtures.asOf,
                                               sender: LetterFixtures.sender, role: .agent)
        #expect(result.letters.isEmpty)
        #expect(result.problems.map(\.message) == ["Tenant is missing: no responsible tenant is named on the account"])
    }
}
