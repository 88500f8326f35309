/// The rent tenancies' routes. Secure is Hackney's 15 rules in its precedence (income-api.md §2.2), with
/// the two rules this product adds for every tenancy (a just-passed eviction, an ended account) placed
/// after the failed-letter rule. Introductory and non-secure tenancies keep the same ladder and court
/// follow-up but swap the notice and the step that starts proceedings.
enum PossessionRoutes {
    typealias C = CaseConditions
    typealias Court = CourtConditions
    typealias Contact = ContactConditions

    static func rules(notice kind: NoticeKind, noticeAction: RecommendedAction, afterNotice: [Rule]) -> [Rule] {
        let early = [warrant, CommonRules.reviewFailedLetter, CommonRules.confirmEviction, CommonRules.transferEndedAccount,
                     CommonRules.followUpBrokenPromise] + earlyContact(kind)
        let middle = [updateCourtOutcome, courtBreachVisit, serveNotice(kind, noticeAction), courtBreachNoPayment]
            + CommonRules.informalBreach(kind) + [addressCourtAgreementBreach]
        return early + middle + afterNotice + [checkData]
    }

    // MARK: Hackney's rules, in order

    /// Rule 1.
    static let warrant = Rule(.applyForOutrightPossessionWarrant, [
        C.notPrevented, Court.outrightOrderRecently, Court.noWarrantSinceHearing, C.noAgreementHoldingCase,
    ])

    /// Rules 3, 4 and 5: SMS, letter one, letter two.
    static func earlyContact(_ kind: NoticeKind) -> [Rule] {
        let letterArrears = C.arrearsAfterGrace(atLeast: \.rules.letterMinimumArrears, id: "letter_arrears")
        return [
            Rule(.sendFirstSMS, [C.notPrevented, C.collectableInSMSBand, Court.noOpenCourtCase, Court.noticeNeverServed(kind),
                                 C.noAgreementHoldingCase, Contact.smsSpacing]),
            Rule(.sendLetterOne, [C.notPrevented, letterArrears, Contact.noRecentRentLetter, Court.noOpenCourtCase,
                                  Court.noticeNeverServed(kind), C.noAgreementHoldingCase]),
            Rule(.sendLetterTwo, [C.notPrevented, Contact.letterOneDueForFollowUp, letterArrears, Court.noOpenCourtCase,
                                  Court.noticeNeverServed(kind), C.noAgreementHoldingCase]),
        ]
    }

    /// Rule 6.
    static let updateCourtOutcome = Rule(.updateCourtOutcome, [C.notPrevented, Court.hearingPassedWithoutOutcome, C.notCourtBreach])

    /// Rule 7.
    static let courtBreachVisit = Rule(.courtBreachVisit, [C.notPrevented, C.courtAgreementBreached, Contact.courtBreachLetterDueVisit])

    /// Rule 8 (send NOSP), and its counterpart on the other tenancies. Hackney's "no order with terms
    /// alive" and "outcome not missing" are both covered by "no open court case", which also keeps a case
    /// with an outright order on the warrant step rather than serving a fresh notice.
    static func serveNotice(_ kind: NoticeKind, _ action: RecommendedAction) -> Rule {
        Rule(action, [C.notPrevented, C.possessionArrears, Court.noValidNotice(kind), Contact.firstNoticeFollowsLetterTwo(kind),
                      Court.noOpenCourtCase, C.noAgreementHoldingCase])
    }

    /// Rule 9.
    static let courtBreachNoPayment = Rule(.courtBreachNoPayment, [
        C.notPrevented, C.courtAgreementBreached, Contact.courtBreachVisitMade, Contact.noPaymentForDays,
    ])

    /// Rule 12.
    static let addressCourtAgreementBreach = Rule(.addressCourtAgreementBreach, [
        C.notPrevented, C.courtAgreementBreached, Contact.noCourtBreachLetterSinceBreach,
    ])

    /// Rules 13 and 14: the court warning letter, then the application for a court date.
    static let secureCourtSteps: [Rule] = [
        Rule(.sendCourtWarningLetter, [C.notPrevented, Court.noticeActive(.noticeOfSeekingPossession), C.possessionArrears,
                                       Contact.noCourtWarningSinceNotice(.noticeOfSeekingPossession), Court.noHearingHeld,
                                       C.noAgreementHoldingCase]),
        Rule(.applyForCourtDate, [C.notPrevented, Contact.courtWarningSentLongEnough(.noticeOfSeekingPossession),
                                  Court.noticeActive(.noticeOfSeekingPossession), C.possessionArrears,
                                  Contact.noHearingSinceCourtWarning, C.noAgreementHoldingCase]),
    ]

    /// Rule 15. Only a pause stops it: inconsistent data needs fixing whatever else is happening.
    static let checkData = Rule(.checkData, [C.notPaused, Court.courtDataInconsistent])

    // MARK: Other tenancies

    /// Introductory: a requested review must be decided before court (domain-and-peers.md §1.5).
    static let introductoryCourtSteps: [Rule] = [
        Rule(.arrangeIntroductoryReview, [C.notPrevented, Court.introductoryReviewPending]),
        Rule(.applyForPossessionIntroductory, [C.notPrevented, Court.noticeActive(.noticeOfProceedings),
                                               Court.noIntroductoryReviewPending, C.possessionArrears,
                                               Court.noCourtCaseSinceNotice(.noticeOfProceedings), C.noAgreementHoldingCase]),
    ]

    /// Proceedings once the notice's date has passed, while the notice is still in force.
    static func applyAfterNotice(_ kind: NoticeKind, _ action: RecommendedAction) -> Rule {
        Rule(action, [C.notPrevented, Court.noticeActive(kind), C.possessionArrears, Court.noCourtCaseSinceNotice(kind),
                      C.noAgreementHoldingCase])
    }

    /// Licences: the same letters, reasonable notice in writing, then recovery without a court case.
    static let licenceRules: [Rule] = [CommonRules.reviewFailedLetter, CommonRules.confirmEviction, CommonRules.transferEndedAccount,
                                       CommonRules.followUpBrokenPromise]
        + earlyContact(.noticeToQuit)
        + [serveNotice(.noticeToQuit, .serveLicenceNotice)]
        + CommonRules.informalBreach(.noticeToQuit)
        + [applyAfterNotice(.noticeToQuit, .recoverLicensedAccommodation)]
}

/// Rules every route shares.
enum CommonRules {
    typealias C = CaseConditions

    /// Hackney's rule 2: it ignores pause, eviction and court date.
    static let reviewFailedLetter = Rule(.reviewFailedLetter, [C.latestLetterFailed])

    /// A passed eviction date asks for its outcome instead of blocking for ever (docs/policy.md, defect 2).
    static let confirmEviction = Rule(.confirmEvictionOutcome, [C.notPaused, C.evictionJustPassed])

    static let transferEndedAccount = Rule(.transferToFormerTenantAccount, [C.notPaused, C.accountEnded, C.owesMoney])

    /// A broken promise to pay brings the case back to an officer before the ladder goes on (docs/policy.md §6.1).
    /// Only a pause stops it; holds read it as follow-up contact (a breathing space or a dispute holds it).
    static let followUpBrokenPromise = Rule(.followUpBrokenPromise, [C.notPaused, C.owesMoney,
                                                                     PromiseConditions.brokenPromiseUnanswered])

    /// Hackney's rules 10 and 11, for every route that has agreements.
    static func informalBreach(_ kind: NoticeKind) -> [Rule] {
        [
            Rule(.sendInformalAgreementBreachLetter, [C.notPrevented, C.informalAgreementBreached,
                                                      ContactConditions.noBreachLetterSinceBreach,
                                                      CourtConditions.noValidNotice(kind), ContactConditions.lastContactSpaced]),
            Rule(.informalBreachedAfterLetter, [C.notPrevented, C.informalAgreementBreached,
                                                ContactConditions.breachLetterAwaitingResponse, CourtConditions.noValidNotice(kind)]),
        ]
    }
}
