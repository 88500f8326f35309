import Testing
@testable import ArrearsCore

/// Each account type from its first arrears to the end of its route, one day at a time, doing every
/// recommended step on the day it is recommended.
@Suite struct RouteWalkthroughTests {
    @Test func secureTenancyFollowsHackneysLadderToEviction() {
        var walker = RouteWalker(slippingTenancy(.secure))
        walker.walk(from: d("2024-01-01"), to: d("2024-12-31"))
        #expect(walker.actions == [.sendFirstSMS, .sendLetterOne, .sendLetterTwo, .sendNOSP, .sendCourtWarningLetter,
                                   .applyForCourtDate, .updateCourtOutcome, .applyForOutrightPossessionWarrant,
                                   .confirmEvictionOutcome, .transferToFormerTenantAccount])
        #expect(walker.date(of: .sendFirstSMS) == d("2024-02-05"))     // £7 short, once the week is over
        #expect(walker.date(of: .sendLetterOne) == d("2024-02-26"))    // more than a week behind by £10
        #expect(walker.date(of: .sendLetterTwo) == d("2024-03-11"))    // 14 days later
        #expect(walker.date(of: .sendNOSP) == d("2024-03-18"))         // a week after letter 2, four weeks owed
        #expect(walker.date(of: .sendCourtWarningLetter) == d("2024-04-15"))   // 28 days' notice passed
        #expect(walker.date(of: .applyForCourtDate) == d("2024-04-29"))        // two weeks after the warning
        #expect(walker.date(of: .updateCourtOutcome) == d("2024-06-03"))       // the hearing day (Hackney: it has passed)
        #expect(walker.date(of: .applyForOutrightPossessionWarrant) == d("2024-06-04"))
        #expect(walker.date(of: .confirmEvictionOutcome) == d("2024-07-15"))   // the day after the eviction
    }

    @Test func secureTenancyWithASuspendedOrderGoesToCheckData() {
        var walker = RouteWalker(slippingTenancy(.secure))
        walker.courtOutcome = .suspensionOnTerms
        walker.walk(from: d("2024-01-01"), to: d("2024-06-10"))
        #expect(Array(walker.actions.suffix(2)) == [.updateCourtOutcome, .checkData])
    }

    @Test func introductoryTenancyWaitsForTheReview() {
        var walker = RouteWalker(slippingTenancy(.introductory))
        walker.reviewAfterDays = 7
        walker.walk(from: d("2024-01-01"), to: d("2024-12-31"))
        #expect(walker.actions == [.sendFirstSMS, .sendLetterOne, .sendLetterTwo, .serveNoticeOfProceedings,
                                   .arrangeIntroductoryReview, .applyForPossessionIntroductory, .updateCourtOutcome,
                                   .applyForOutrightPossessionWarrant, .confirmEvictionOutcome, .transferToFormerTenantAccount])
        #expect(walker.date(of: .serveNoticeOfProceedings) == d("2024-03-18"))
        #expect(walker.date(of: .arrangeIntroductoryReview) == d("2024-03-25"))
        // Four weeks from 18 March is Monday 15 April; the notice ends with that rental week, on Sunday 21 April.
        #expect(walker.builder.file.notices.first?.mayBeginOn == d("2024-04-21"))
        #expect(walker.date(of: .applyForPossessionIntroductory) == d("2024-04-21"))
    }

    @Test func anUndecidedReviewBlocksCourt() {
        var walker = RouteWalker(slippingTenancy(.introductory))
        walker.reviewAfterDays = 7
        walker.walk(from: d("2024-01-01"), to: d("2024-03-24"))
        let c = walker.builder.classify(d("2024-04-22"))
        #expect(c.action == .arrangeIntroductoryReview)
        let apply = c.trace.first { $0.action == .applyForPossessionIntroductory }
        #expect(apply?.conditions.first?.id == "no_introductory_review_pending")
    }

    @Test(arguments: [AccountType.nonSecure, .temporaryAccommodation])
    func nonSecureTenanciesUseANoticeToQuit(type: AccountType) {
        var walker = RouteWalker(slippingTenancy(type))
        walker.walk(from: d("2024-01-01"), to: d("2024-12-31"))
        #expect(walker.actions == [.sendFirstSMS, .sendLetterOne, .sendLetterTwo, .serveNoticeToQuit,
                                   .applyForPossessionAfterNoticeToQuit, .updateCourtOutcome, .applyForOutrightPossessionWarrant,
                                   .confirmEvictionOutcome, .transferToFormerTenantAccount])
        #expect(walker.date(of: .applyForPossessionAfterNoticeToQuit) == d("2024-04-21"))
    }

    @Test func licencesEndOnReasonableNoticeWithoutCourt() {
        var walker = RouteWalker(slippingTenancy(.temporaryLicence))
        walker.walk(from: d("2024-01-01"), to: d("2024-12-31"))
        #expect(walker.actions == [.sendFirstSMS, .sendLetterOne, .sendLetterTwo, .serveLicenceNotice,
                                   .recoverLicensedAccommodation, .transferToFormerTenantAccount])
        #expect(walker.date(of: .recoverLicensedAccommodation) == d("2024-04-15"))   // 28 days' notice
    }

    @Test func garageGetsAReminderThenASevenDayNoticeOnceAMonthBehind() {
        var b = CaseBuilder(.garage, weekly: gbp("60.00"), period: .monthly)
        for month in 1...12 { b.line("DGR", gbp("60"), on: CivilDate(year: 2024, month: month, day: 1)!) }
        var walker = RouteWalker(b)
        walker.walk(from: d("2024-01-01"), to: d("2024-12-31"))
        #expect(walker.actions == [.sendGarageReminder, .serveGarageNoticeToQuit, .repossessGarage, .transferToFormerTenantAccount])
        #expect(walker.date(of: .sendGarageReminder) == d("2024-01-08"))
        #expect(walker.date(of: .serveGarageNoticeToQuit) == d("2024-02-05"))   // arrears £120 after grace above £60
        #expect(walker.date(of: .repossessGarage) == d("2024-02-12"))            // 7 days' notice
    }

    @Test func sundryDebtFollowsTheDebtClaimsProtocol() {
        var b = CaseBuilder(.sundry, weekly: .zero)
        b.line("DFT", gbp("500"), on: d("2024-01-01"))
        var walker = RouteWalker(b)
        walker.walk(from: d("2024-01-01"), to: d("2024-12-31"))
        #expect(walker.actions == [.sendLetterOfClaim, .referForDebtRecovery])
        #expect(walker.date(of: .sendLetterOfClaim) == d("2024-01-08"))
        #expect(walker.date(of: .referForDebtRecovery) == d("2024-02-07"))   // 30 days to reply
        #expect(walker.builder.file.diary.map(\.code) == ["DCL", "DRF"])
    }

    @Test(arguments: [(AccountType.leasehold, ["LL1", "LL2", "SLB", "LRL"]), (.freehold, ["LF1", "LF2", "SLB", "LRL"]),
                      (.sharedOwnership, ["LS1", "LS2", "SLB", "LRL"])])
    func serviceChargesClimbTheLeaseholdLadder(type: AccountType, codes: [String]) {
        var b = CaseBuilder(type, weekly: gbp("1300.00"), period: .halfYearly, debtKind: .serviceCharge)
        b.line("DLS", gbp("1300"), on: d("2024-01-01"))
        var walker = RouteWalker(b)
        walker.walk(from: d("2024-01-01"), to: d("2024-06-30"))
        #expect(walker.actions == [.sendServiceChargeLetterOne, .sendServiceChargeLetterTwo, .sendServiceChargeLetterBeforeAction,
                                   .referServiceChargesForLegalAction])
        #expect(walker.date(of: .sendServiceChargeLetterOne) == d("2024-01-31"))          // the demand's 30 days passed
        #expect(walker.date(of: .sendServiceChargeLetterTwo) == d("2024-02-14"))
        #expect(walker.date(of: .sendServiceChargeLetterBeforeAction) == d("2024-02-28"))
        #expect(walker.date(of: .referServiceChargesForLegalAction) == d("2024-03-29"))   // 30 days to reply
        #expect(walker.builder.file.diary.map(\.code) == codes)
    }

    @Test func majorWorksUseTheirOwnLetters() {
        var b = CaseBuilder(.leasehold, weekly: .zero, period: .yearly, debtKind: .majorWorks)
        b.line("DMW", gbp("8000"), on: d("2024-01-01"))
        var walker = RouteWalker(b)
        walker.walk(from: d("2024-01-01"), to: d("2024-06-30"))
        #expect(walker.actions == [.sendMajorWorksLetterOne, .sendMajorWorksLetterTwo, .sendMajorWorksLetterBeforeAction,
                                   .referMajorWorksForLegalAction])
        #expect(walker.builder.file.diary.map(\.code) == ["MW1", "MW2", "MW3", "LRL"])
    }

    @Test func aMajorWorksPaymentPlanHoldsTheLadderUntilItIsBroken() {
        var b = CaseBuilder(.leasehold, weekly: .zero, period: .yearly, debtKind: .majorWorks)
        b.line("DMW", gbp("8000"), on: d("2024-01-01"))
        b.agreement(.informal, .monthly, instalment: gbp("200"), start: d("2024-02-01"), startingBalance: gbp("8000"))
        for month in 2...4 { b.line("RPY", gbp("-200"), on: CivilDate(year: 2024, month: month, day: 1)!) }
        var walker = RouteWalker(b)
        walker.walk(from: d("2024-01-01"), to: d("2024-05-31"))
        // Paid February to April; May's instalment is missed, so the plan is breached on 6 May.
        #expect(walker.actions == [.sendInformalAgreementBreachLetter, .informalBreachedAfterLetter])
        #expect(walker.date(of: .sendInformalAgreementBreachLetter) == d("2024-05-06"))
        #expect(walker.date(of: .informalBreachedAfterLetter) == d("2024-05-13"))
    }
}
