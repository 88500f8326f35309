import Testing
@testable import ArrearsCore

@Suite struct MeasuresTests {
    let asOf = d("2024-06-05")   // a Wednesday; the week began on Monday 3 June

    func measures(_ b: CaseBuilder, _ date: CivilDate? = nil) -> Measures {
        Classifier().measures(of: b.file, asOf: date ?? asOf)
    }

    @Test func daysInArrearsWalksBackUntilTheBalanceIsCovered() {
        var b = CaseBuilder()
        b.line("DBR", gbp("100"), on: d("2024-05-06"))
        b.line("RPY", gbp("-100"), on: d("2024-05-07"))
        b.line("DBR", gbp("100"), on: d("2024-05-13"))
        b.line("DBR", gbp("100"), on: d("2024-05-20"))
        b.line("RPY", gbp("-50"), on: d("2024-05-21"))
        b.line("DBR", gbp("100"), on: d("2024-05-27"))
        // Balance £250: walking back, 27 May (+100) leaves £150, 21 May (−50) £200, 20 May (+100) £100,
        // 13 May (+100) £0: the arrears began on 13 May.
        let m = measures(b)
        #expect(m.balance == gbp("250"))
        #expect(m.arrearsSince == d("2024-05-13"))
        #expect(m.daysInArrears == 23)
        #expect(m.daysSinceLastPayment == 15)
    }

    @Test func notInArrearsMeansZeroDays() {
        var b = CaseBuilder()
        b.line("DBR", gbp("100"), on: d("2024-05-27"))
        b.line("RPY", gbp("-120"), on: d("2024-05-28"))
        let m = measures(b)
        #expect(m.balance == gbp("-20") && m.daysInArrears == 0 && m.arrearsSince == nil)
    }

    @Test func linesAfterTheAsOfDateAreIgnored() {
        var b = CaseBuilder()
        b.line("DBR", gbp("100"), on: d("2024-05-27"))
        b.line("RPY", gbp("-100"), on: d("2024-06-10"))
        #expect(measures(b).balance == gbp("100"))
        #expect(measures(b).lastPaymentDate == nil)
    }

    @Test func lastThreePaymentsGiveTheDeltas() {
        var b = CaseBuilder()
        b.line("RPY", gbp("-100"), on: d("2024-05-01"))
        b.line("RHB", gbp("-100"), on: d("2024-05-08"))
        b.line("DBR", gbp("400"), on: d("2024-05-10"))
        b.line("RDD", gbp("-60"), on: d("2024-05-20"))
        let m = measures(b)
        #expect(m.lastPayments.map(\.date) == [d("2024-05-20"), d("2024-05-08"), d("2024-05-01")])
        // (p1 − p2) − (p2 − p3) = (−60 + 100) − (−100 + 100) = +40: paying less than before.
        #expect(m.paymentAmountDelta == gbp("40"))
        // (12 − 7) days: the rhythm slipped by 5 days.
        #expect(m.paymentDateDelta == 5)
    }

    @Test func onlyPaymentCodesArePayments() {
        var b = CaseBuilder()
        b.line("DBR", gbp("100"), on: d("2024-05-27"))
        b.line("CAJ", gbp("-30"), on: d("2024-05-28"))
        #expect(measures(b).lastPaymentDate == nil)
        #expect(measures(b).paymentAmountDelta == nil)
    }

    /// Collectable arrears leave out the part of this week's charge not yet paid, so they are what was
    /// owed at the start of the week (less any overpayment) whether or not the tenant has paid yet.
    /// Arrears after grace take one week's charge off that.
    @Test(arguments: [
        (gbp("0"), gbp("250"), gbp("150")),       // not paid this week
        (gbp("100"), gbp("250"), gbp("150")),     // paid this week's £100 on time
        (gbp("40"), gbp("250"), gbp("150")),      // part paid
        (gbp("180"), gbp("170"), gbp("70")),      // paid more than the week's charge: the rest comes off the arrears
    ] as [(Money, Money, Money)])
    func graceIsConsistentWhetherOrNotPaidThisWeek(paid: Money, collectable: Money, expected: Money) {
        var b = CaseBuilder()
        b.line("DAJ", gbp("250"), on: d("2024-05-01"))
        b.line("DBR", gbp("100"), on: d("2024-06-03"))
        if paid.isPositive { b.line("RPY", -paid, on: d("2024-06-04")) }
        let m = measures(b)
        #expect(m.collectableArrears == collectable)
        #expect(m.grace == gbp("100"))
        #expect(m.arrearsAfterGrace == expected)
    }

    @Test func rentPostedBeforeTheWeekIsArrearsAtOnce() {
        var b = CaseBuilder()
        b.line("DAJ", gbp("250"), on: d("2024-05-01"))
        b.line("DBR", gbp("100"), on: d("2024-06-02"))   // Sunday: last week's charge
        #expect(measures(b).collectableArrears == gbp("350"))
        #expect(measures(b).arrearsAfterGrace == gbp("250"))
    }

    @Test func monthlyAndHalfYearlyChargesAreConvertedToWeekly() {
        #expect(measures(CaseBuilder(.garage, weekly: gbp("52.00"), period: .monthly)).weeklyCharge == gbp("12.00"))
        let leasehold = CaseBuilder(.leasehold, weekly: gbp("1300.00"), period: .halfYearly, debtKind: .serviceCharge)
        #expect(measures(leasehold).weeklyCharge == gbp("50.00"))
        #expect(CaseBuilder(.garage, weekly: gbp("52.00"), period: .monthly).file.account.monthlyCharge == gbp("52.00"))
        #expect(CaseBuilder(weekly: gbp("120.00")).file.account.monthlyCharge == gbp("520.00"))
    }

    @Test func leaseholdDemandsAreNotArrearsUntilTheirDuePeriodEnds() {
        var b = CaseBuilder(.leasehold, weekly: gbp("1300.00"), period: .halfYearly, debtKind: .serviceCharge)
        b.line("DLS", gbp("200"), on: d("2024-01-01"))
        b.line("DLS", gbp("1300"), on: d("2024-05-20"))
        let m = measures(b)
        #expect(m.balance == gbp("1500"))
        #expect(m.chargesNotYetDue == gbp("1300"))
        #expect(m.collectableArrears == gbp("200"))
        #expect(measures(b, d("2024-06-19")).collectableArrears == gbp("1500"))
    }

    @Test func weeksOwedIsArrearsAfterGraceInWeeksOfCharge() {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("350"), asOf: asOf)
        #expect(measures(b).weeksOwedHundredths == 350)
        #expect(measures(CaseBuilder(.sundry, weekly: .zero)).weeksOwedHundredths == nil)
    }

    @Test func lastCommunicationSkipsVoidedAndNonCommunicationCodes() {
        var b = CaseBuilder()
        b.diary("IC1", on: d("2024-05-01"))
        b.diary("OTC", on: d("2024-05-10"))                  // a call is not a communication in the catalogue
        b.diary("IC2", on: d("2024-05-15"))
        b.file.diary.append(DiaryEntry(id: 99, at: Timestamp(london: d("2024-05-16")), code: "VOI", comment: "",
                                       user: "t", balance: .zero, voids: b.file.diary.last!.id))
        #expect(measures(b).lastCommunication == DiaryMark(code: "IC1", date: d("2024-05-01")))
    }

    @Test func universalHousingLetterTwoCountsOnlyWhenPolicyGenerated() {
        var b = CaseBuilder()
        b.diary("IC1", on: d("2024-05-01"))
        b.diary("S02", on: d("2024-05-20"), comment: "manual note")
        #expect(measures(b).lastCommunication?.code == "IC1")
        b.diary("S02", on: d("2024-05-21"), comment: "Policy generated letter")
        #expect(measures(b).lastCommunication == DiaryMark(code: "S02", date: d("2024-05-21")))
    }

    @Test func diaryDatesAreLondonDates() {
        // 23:30 UTC on 31 May 2024 is 00:30 on 1 June in London (summer time).
        let late = Timestamp(secondsSinceEpoch: Int64(d("2024-05-31").dayNumber) * 86_400 + 23 * 3_600 + 1_800)
        #expect(DiaryIndex.londonDate(of: late) == d("2024-06-01"))
        let winter = Timestamp(secondsSinceEpoch: Int64(d("2024-01-31").dayNumber) * 86_400 + 23 * 3_600 + 1_800)
        #expect(DiaryIndex.londonDate(of: winter) == d("2024-01-31"))
    }

    @Test func brokenAgreementsCountEveryAgreementEverBreached() {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("300"), asOf: asOf)
        b.agreement(instalment: gbp("10"), start: d("2023-01-02"), startingBalance: gbp("500"),
                    states: [(.breached, d("2023-03-01")), (.cancelled, d("2023-04-01"))])
        b.agreement(instalment: gbp("10"), start: d("2023-06-05"), startingBalance: gbp("500"), states: [(.cancelled, d("2023-09-01"))])
        b.agreement(instalment: gbp("50"), start: d("2024-01-01"), startingBalance: gbp("600"))   // behind now: breached on review
        let m = measures(b)
        #expect(m.brokenAgreements == 2)
        #expect(m.agreement?.state == .breached && m.agreement?.breachedSince == d("2024-01-01"))
    }

    @Test func noticeStandingFollowsItsDates() {
        var b = CaseBuilder()
        b.notice(.noticeOfSeekingPossession, servedOn: d("2024-05-20"))
        #expect(measures(b).notices.nosp?.standing == .coolingOff)
        #expect(measures(b, d("2024-06-17")).notices.nosp?.standing == .active)
        #expect(measures(b, d("2025-06-16")).notices.nosp?.standing == .active)
        #expect(measures(b, d("2025-06-17")).notices.nosp?.standing == .expired)
    }

    @Test func standardBreathingSpaceWithoutAnEndLastsSixtyDays() {
        var b = CaseBuilder()
        b.hold(.breathingSpaceStandard, start: d("2024-04-01"))
        #expect(measures(b, d("2024-05-30")).breathingSpace?.endsOn == d("2024-05-30"))
        #expect(measures(b, d("2024-05-31")).breathingSpace == nil)
        var crisis = CaseBuilder()
        crisis.hold(.breathingSpaceMentalHealth, start: d("2023-01-01"))
        #expect(measures(crisis).breathingSpace?.endsOn == nil)
    }
}
