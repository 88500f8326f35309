import Testing
@testable import ArrearsCore

@Suite struct LetterRenderingTests {
    @Test(arguments: [
        // Friday before the spring bank holiday (Monday 25 May 2026): Tuesday.
        (CivilDate(year: 2026, month: 5, day: 22)!, "26 May 2026"),
        // Christmas Eve 2026: Christmas Day (Friday), the weekend and Boxing Day moved to Monday.
        (CivilDate(year: 2026, month: 12, day: 24)!, "29 December 2026"),
        // Easter: Maundy Thursday 2 April 2026 skips Good Friday, the weekend and Easter Monday.
        (CivilDate(year: 2026, month: 4, day: 2)!, "7 April 2026"),
        // An ordinary Thursday: Friday.
        (CivilDate(year: 2026, month: 6, day: 4)!, "5 June 2026"),
    ])
    func datesTheLetterTheNextWorkingDay(asOf: CivilDate, printed: String) {
        let t = LetterFixtures.template("rent_letter_1")
        let letter = LetterFixtures.render(t, caseFile: LetterFixtures.caseFitting(t), asOf: asOf)
        #expect(letter.letterDate.longText == printed)
        #expect(letter.pages[0][LetterPageGeometry.referenceRows.lowerBound] == "Date: \(printed)")
    }

    /// Controls and bidi overrides in stored names and addresses never reach a printed letter.
    @Test(arguments: ["\u{1B}[2J", "\u{1B}]52;c;aGVsbG8=\u{07}", "\u{1B}]0;owned\u{07}", "\u{1B}[10;10H", "\u{9B}2J", "\u{07}", "\u{202E}"])
    func hostileTextNeverReachesALetter(payload: String) {
        let t = LetterFixtures.template("rent_letter_1")
        var caseFile = LetterFixtures.caseFitting(t)
        for i in caseFile.account.contacts.indices { caseFile.account.contacts[i].lastName += payload }
        caseFile.account.property.addressLines[0] += payload
        let letter = LetterFixtures.render(t, caseFile: caseFile, asOf: LetterFixtures.asOf)
        #expect(!letter.text.unicodeScalars.contains { TerminalSafeText.isHostile($0) && $0 != "\u{0C}" })
        #expect(letter.text.contains("Okafor"))
    }

    /// Wide, combined and emoji descriptions take the columns they print in, so the amounts line up.
    @Test func statementColumnsLineUpWhateverTheDescription() throws {
        let day = CivilDate(year: 2026, month: 3, day: 2)!
        let descriptions = ["Basic rent", "家賃の支払い（三月分）と修繕費の一部", "👨‍👩‍👧 family payment", "Zoe\u{0308}'s cheque", "Payment\u{200B}"]
        let transactions = descriptions.map { LedgerTransaction(date: day, code: "RPY", description: $0, amount: Money(pence: -1250)) }
        let rows = try #require(LetterStatement.rows(transactions, to: CivilDate(year: 2026, month: 3, day: 18)!))
        let widths = Set(rows.split(separator: "\n").map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "\(rows)")
    }

    @Test func writesToEachNamedResponsibleTenantSeparately() {
        let t = LetterFixtures.template("rent_letter_2")
        var caseFile = LetterFixtures.caseFitting(t)
        caseFile.account.contacts = [LetterFixtures.tenant, LetterFixtures.household, LetterFixtures.jointTenant]
        let letters = LetterRenderer.renderAll(t, caseFile: caseFile, figures: LetterFixtures.figures,
                                               asOf: LetterFixtures.asOf, sender: LetterFixtures.sender)
        #expect(letters.map(\.recipientName) == ["Ms Amara Okafor", "Mr Daniel Okafor"])
        #expect(letters.allSatisfy { $0.accountRef == "0123456/01" && $0.caseVersion == 1 })
        #expect(letters[0].address.source == .property)
        #expect(letters[0].address.printedLines == ["Flat 12 Nisbet House", "Homerton High Street", "London", "E9 6AA"])
        #expect(letters[1].address.source == .correspondence)
        #expect(letters[1].address.printedLines == ["Flat 3", "27 Dalston Lane", "London", "E8 3DF"])
        #expect(letters[1].pages[0][LetterPageGeometry.addressRows.lowerBound] == "    Flat 3")
        #expect(letters[1].text.contains("Dear Mr Okafor"))
    }

    @Test func printsMoneyDatesAndTimesInGOVUKStyle() {
        let courtDate = LetterFixtures.template("court_date")
        let letter = LetterFixtures.render(courtDate, caseFile: LetterFixtures.caseFitting(courtDate),
                                           figures: LetterFigures(collectableArrears: Money(pounds: 1_500)))
        let text = letter.text
        #expect(text.contains("Your court hearing is at 10:30am on 16 March 2026"))
        #expect(text.contains("You owe £1,500."))
        #expect(!text.contains("£1,500.00"))

        let iac = LetterFixtures.template("informal_agreement_confirmation")
        let agreement = LetterFixtures.render(iac, caseFile: LetterFixtures.caseFitting(iac)).text
        #expect(agreement.contains("• £20 every week towards the arrears, starting on 27 April 2026"))
        #expect(agreement.contains("• a first payment of £100 on 24 April 2026"))
        #expect(agreement.contains("So the total to pay every week is £145.40."))
    }

    @Test func leavesOutSectionsWithoutData() {
        let iac = LetterFixtures.template("informal_agreement_confirmation")
        var caseFile = LetterFixtures.caseFitting(iac)
        caseFile.agreements[0].initialPayment = nil
        caseFile.agreements[0].frequency = .oneOff
        let text = LetterFixtures.render(iac, caseFile: caseFile).text
        #expect(!text.contains("first payment"))
        #expect(!text.contains("So the total"))
        #expect(text.contains("£20 as a single payment towards the arrears"))
    }

    @Test(arguments: [
        (9 * 60, "9am"), (10 * 60 + 30, "10:30am"), (12 * 60, "midday"), (0, "midnight"), (13 * 60 + 5, "1:05pm"),
        (12 * 60 + 15, "12:15pm"),
    ])
    func courtTimes(minutes: Int, text: String) {
        #expect(LetterWording.time(minutesAfterMidnight: minutes) == text)
    }

    @Test(arguments: [
        (AgreementFrequency.weekly, Money(pence: 12_540)), (.fortnightly, Money(pence: 25_080)),
        (.fourWeekly, Money(pence: 50_160)), (.monthly, Money(pence: 54_340)),
    ])
    func rentForEachInstalmentPeriod(frequency: AgreementFrequency, rent: Money) {
        // 125.40 × 52 / 12 = 543.40
        #expect(LetterWording.rentPerPeriod(weeklyRent: Money(pence: 12_540), frequency) == rent)
    }

    @Test func greetsByTitleAndSurnameOrFullName() {
        #expect(LetterFieldValues.greeting(LetterFixtures.tenant) == "Ms Okafor")
        #expect(LetterFieldValues.greeting(LetterFixtures.household) == "Tobi Okafor")
        #expect(LetterFieldValues.oneLine(LetterFixtures.property) == "Flat 12 Nisbet House, Homerton High Street, London E9 6AA")
    }

    @Test func statementOfAccountListsTheLastTwelveMonths() {
        let t = LetterFixtures.template("leasehold_letter_before_action")
        let text = LetterFixtures.render(t, caseFile: LetterFixtures.caseFitting(t)).text
        #expect(text.contains("5 Jun 2025  Balance brought forward                       £1,100.00"))
        #expect(text.contains("1 Apr 2026  Service charge demand            £1,850.00    £3,400.00"))
        #expect(text.contains("            Balance now                                   £3,400.00"))
        #expect(!text.contains("1 Oct 2024"))
        #expect(text.contains("£100                 13                    July 2027"))
    }
}

@Suite struct LetterPageLayoutTests {
    @Test func wrapsWithoutBreakingDates() {
        let lines = LetterLineWrap.wrap("Your tenancy of the garage ends on 12 June 2026, so please act now.", width: 40)
        #expect(lines == ["Your tenancy of the garage ends on", "12 June 2026, so please act now."])
        #expect(LetterLineWrap.wrap("a verylongwordthatdoesnotfit", width: 10) == ["a", "verylongwo", "rdthatdoes", "notfit"])
    }

    @Test func marksUpBlocks() {
        let body = "# Heading\n\nOne\ntwo.\n\n- item one\n  continued\n- item two\n\n| form  row\n|\n| row 2\n[page break]\nLast."
        let blocks = LetterPageLayout.blocks(body)
        #expect(blocks.count == 6)
        #expect(LetterPageLayout.lines(of: blocks[1], width: 70) == ["One two."])
        #expect(LetterPageLayout.lines(of: blocks[2], width: 70) == ["• item one continued", "• item two"])
        #expect(LetterPageLayout.lines(of: blocks[3], width: 70) == ["form  row", "", "row 2"])
        #expect(LetterPageLayout.lay(blocks[3], width: 70).pieces == [["form  row"], ["row 2"]])
        #expect(LetterPageLayout.lay(blocks[1], width: 70).pieces == [["One two."]])
    }

    @Test func keepsHeadingsWithWhatFollowsAndNumbersPages() {
        // 40 one-line paragraphs fill page one's 43 body rows with gaps; the heading must move over.
        let filler = (1...21).map { "Paragraph \($0)." }.joined(separator: "\n\n")
        let pages = LetterPageLayout.paginate(firstPageTop: [], body: filler + "\n\n# Heading\n\nText after it.", footer: "Ref 1")
        #expect(pages.count == 2)
        #expect(pages[1][0] == "Heading")
        #expect(pages[1][2] == "Text after it.")
        #expect(pages.allSatisfy { $0.count == 66 })
        #expect(pages[0][65].hasPrefix("Ref 1") && pages[0][65].hasSuffix("Page 1 of 2"))
        #expect(pages[1][65].hasSuffix("Page 2 of 2"))
    }

    @Test func wrapsFormRowsThatDataMadeTooLong() {
        let row = "  Property: " + String(repeating: "Long Street ", count: 8)
        let lines = LetterLineWrap.fitted(row, width: 40)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines[0].hasPrefix("  Property:"))
        #expect(lines[1].hasPrefix("    "))
    }
}
