/// What kind of step an action is: holds block steps by kind (see `HoldGate`).
public enum ActionCategory: String, Sendable, CaseIterable {
    /// Nothing to do.
    case none
    /// Casework inside the team: checking data, recording outcomes, reviews. No contact with the debtor.
    case officer
    /// The first reminder about the arrears (SMS, letter 1): what automation sends.
    case firstContact = "first_contact"
    /// Further contact: second letters, breach letters, visits.
    case followUp = "follow_up"
    /// Statutory and pre-action notices: NOSP, notice of proceedings, notice to quit, letters before action.
    case notice
    /// Court and recovery steps: applying for a hearing or a warrant, referral for legal action, repossession.
    case court
}

/// Every action the engine can recommend: Hackney's 15 plus no action, the actions of every other
/// route, and the actions holds call for. The raw value is the stored id.
public enum RecommendedAction: String, CaseIterable, Sendable, Codable {
    // Hackney's classifier (income-api.md §2.2)
    case noAction = "no_action"
    case checkData = "check_data"
    case sendFirstSMS = "send_first_sms"
    case sendLetterOne = "send_letter_one"
    case sendLetterTwo = "send_letter_two"
    case sendNOSP = "send_nosp"
    case sendCourtWarningLetter = "send_court_warning_letter"
    case applyForCourtDate = "apply_for_court_date"
    case updateCourtOutcome = "update_court_outcome"
    case courtBreachVisit = "court_breach_visit"
    case courtBreachNoPayment = "court_breach_no_payment"
    case addressCourtAgreementBreach = "address_court_agreement_breach"
    case sendInformalAgreementBreachLetter = "send_informal_agreement_breach_letter"
    case informalBreachedAfterLetter = "informal_breached_after_letter"
    case reviewFailedLetter = "review_failed_letter"
    case applyForOutrightPossessionWarrant = "apply_for_outright_possession_warrant"
    // Every route
    case confirmEvictionOutcome = "confirm_eviction_outcome"
    case transferToFormerTenantAccount = "transfer_to_former_tenant_account"
    case followUpBrokenPromise = "follow_up_broken_promise"
    // Holds
    case officerReviewVulnerability = "officer_review_vulnerability"
    case resolveDispute = "resolve_dispute"
    case supportBenefitClaim = "support_benefit_claim"
    case writeAboutCurrentCharges = "write_about_current_charges"
    // Introductory tenancies
    case serveNoticeOfProceedings = "serve_notice_of_proceedings"
    case arrangeIntroductoryReview = "arrange_introductory_review"
    case applyForPossessionIntroductory = "apply_for_possession_introductory"
    // Non-secure tenancies and temporary accommodation let on a tenancy
    case serveNoticeToQuit = "serve_notice_to_quit"
    case applyForPossessionAfterNoticeToQuit = "apply_for_possession_after_notice_to_quit"
    // Temporary accommodation on a licence
    case serveLicenceNotice = "serve_licence_notice"
    case recoverLicensedAccommodation = "recover_licensed_accommodation"
    // Garages
    case sendGarageReminder = "send_garage_reminder"
    case serveGarageNoticeToQuit = "serve_garage_notice_to_quit"
    case repossessGarage = "repossess_garage"
    // Sundry and former-tenant debts
    case sendLetterOfClaim = "send_letter_of_claim"
    case referForDebtRecovery = "refer_for_debt_recovery"
    // Leasehold service charges
    case sendServiceChargeLetterOne = "send_service_charge_letter_one"
    case sendServiceChargeLetterTwo = "send_service_charge_letter_two"
    case sendServiceChargeLetterBeforeAction = "send_service_charge_letter_before_action"
    case referServiceChargesForLegalAction = "refer_service_charges_for_legal_action"
    // Major works
    case sendMajorWorksLetterOne = "send_major_works_letter_one"
    case sendMajorWorksLetterTwo = "send_major_works_letter_two"
    case sendMajorWorksLetterBeforeAction = "send_major_works_letter_before_action"
    case referMajorWorksForLegalAction = "refer_major_works_for_legal_action"

    public var id: String { rawValue }

    public var label: String {
        switch self {
        case .noAction: return "No action"
        case .checkData: return "Check case data"
        case .sendFirstSMS: return "Send first SMS"
        case .sendLetterOne: return "Send letter one"
        case .sendLetterTwo: return "Send letter two"
        case .sendNOSP: return "Send NOSP"
        case .sendCourtWarningLetter: return "Send court warning letter"
        case .applyForCourtDate: return "Apply for court date (PCOL)"
        case .updateCourtOutcome: return "Update court outcome"
        case .courtBreachVisit: return "Court breach visit"
        case .courtBreachNoPayment: return "Court breach: no payment"
        case .addressCourtAgreementBreach: return "Address court agreement breach"
        case .sendInformalAgreementBreachLetter: return "Send informal agreement breach letter"
        case .informalBreachedAfterLetter: return "Breach letter sent and still breached"
        case .reviewFailedLetter: return "Review failed letter"
        case .applyForOutrightPossessionWarrant: return "Apply for outright possession warrant"
        case .confirmEvictionOutcome: return "Confirm whether the eviction went ahead"
        case .transferToFormerTenantAccount: return "Move the debt to a former-tenant account"
        case .followUpBrokenPromise: return "Follow up the broken promise to pay"
        case .officerReviewVulnerability: return "Officer review: vulnerability"
        case .resolveDispute: return "Resolve the dispute"
        case .supportBenefitClaim: return "Help with the benefit claim"
        case .writeAboutCurrentCharges: return "Write about current charges (breathing space)"
        case .serveNoticeOfProceedings: return "Serve notice of proceedings"
        case .arrangeIntroductoryReview: return "Arrange the introductory review"
        case .applyForPossessionIntroductory: return "Apply for possession (introductory)"
        case .serveNoticeToQuit: return "Serve notice to quit"
        case .applyForPossessionAfterNoticeToQuit: return "Apply for possession (notice to quit ended)"
        case .serveLicenceNotice: return "Serve notice to end the licence"
        case .recoverLicensedAccommodation: return "Recover the accommodation (licence ended)"
        case .sendGarageReminder: return "Send garage reminder"
        case .serveGarageNoticeToQuit: return "Serve garage notice to quit (7 days)"
        case .repossessGarage: return "Repossess the garage"
        case .sendLetterOfClaim: return "Send letter of claim (debt claims)"
        case .referForDebtRecovery: return "Refer for debt recovery"
        case .sendServiceChargeLetterOne: return "Send service charge letter 1"
        case .sendServiceChargeLetterTwo: return "Send service charge letter 2"
        case .sendServiceChargeLetterBeforeAction: return "Send service charge letter before action"
        case .referServiceChargesForLegalAction: return "Refer service charges for legal action"
        case .sendMajorWorksLetterOne: return "Send major works letter 1"
        case .sendMajorWorksLetterTwo: return "Send major works letter 2"
        case .sendMajorWorksLetterBeforeAction: return "Send major works letter before action"
        case .referMajorWorksForLegalAction: return "Refer major works for legal action"
        }
    }

    public var category: ActionCategory {
        switch self {
        case .noAction: return .none
        case .checkData, .updateCourtOutcome, .reviewFailedLetter, .informalBreachedAfterLetter, .confirmEvictionOutcome,
             .transferToFormerTenantAccount, .officerReviewVulnerability, .resolveDispute, .supportBenefitClaim,
             .arrangeIntroductoryReview:
            return .officer
        case .sendFirstSMS, .sendLetterOne, .sendGarageReminder, .sendServiceChargeLetterOne, .sendMajorWorksLetterOne:
            return .firstContact
        case .sendLetterTwo, .courtBreachVisit, .addressCourtAgreementBreach, .sendInformalAgreementBreachLetter,
             .writeAboutCurrentCharges, .followUpBrokenPromise, .sendServiceChargeLetterTwo, .sendMajorWorksLetterTwo:
            return .followUp
        case .sendNOSP, .sendCourtWarningLetter, .serveNoticeOfProceedings, .serveNoticeToQuit, .serveLicenceNotice,
             .serveGarageNoticeToQuit, .sendLetterOfClaim, .sendServiceChargeLetterBeforeAction,
             .sendMajorWorksLetterBeforeAction:
            return .notice
        case .applyForCourtDate, .courtBreachNoPayment, .applyForOutrightPossessionWarrant,
             .applyForPossessionIntroductory, .applyForPossessionAfterNoticeToQuit, .recoverLicensedAccommodation,
             .repossessGarage, .referForDebtRecovery, .referServiceChargesForLegalAction, .referMajorWorksForLegalAction:
            return .court
        }
    }

    /// The diary code to write when the action is done, for this account type (leasehold letters come
    /// in freehold, leasehold and shared-ownership variants). Nil when the action writes no code of its own.
    public func diaryCode(for type: AccountType) -> String? {
        switch self {
        case .sendFirstSMS: return "GAT"
        case .sendLetterOne, .sendGarageReminder: return "IC1"
        case .sendLetterTwo: return "IC2"
        case .sendNOSP: return "NTS"
        case .sendCourtWarningLetter: return "IC4"
        case .applyForCourtDate, .applyForPossessionIntroductory, .applyForPossessionAfterNoticeToQuit: return "PCL"
        case .updateCourtOutcome: return "IC6"
        case .courtBreachVisit: return "CBV"
        case .addressCourtAgreementBreach: return "CBL"
        case .sendInformalAgreementBreachLetter: return "BLI"
        case .applyForOutrightPossessionWarrant: return "WPA"
        case .confirmEvictionOutcome: return "EVI"
        case .serveNoticeOfProceedings: return "NOP"
        case .arrangeIntroductoryReview: return "IRD"
        case .serveNoticeToQuit, .serveLicenceNotice, .serveGarageNoticeToQuit: return "NTQ"
        case .sendLetterOfClaim: return "DCL"
        case .referForDebtRecovery: return "DRF"
        case .sendServiceChargeLetterOne:
            return type == .freehold ? "LF1" : (type == .sharedOwnership ? "LS1" : "LL1")
        case .sendServiceChargeLetterTwo:
            return type == .freehold ? "LF2" : (type == .sharedOwnership ? "LS2" : "LL2")
        case .sendServiceChargeLetterBeforeAction: return "SLB"
        case .referServiceChargesForLegalAction, .referMajorWorksForLegalAction: return "LRL"
        case .sendMajorWorksLetterOne: return "MW1"
        case .sendMajorWorksLetterTwo: return "MW2"
        case .sendMajorWorksLetterBeforeAction: return "MW3"
        default: return nil
        }
    }

    /// Hackney's 15 classifications and no action: the secure ladder of the reference service.
    public var isHackneyClassification: Bool {
        switch self {
        case .noAction, .checkData, .sendFirstSMS, .sendLetterOne, .sendLetterTwo, .sendNOSP, .sendCourtWarningLetter,
             .applyForCourtDate, .updateCourtOutcome, .courtBreachVisit, .courtBreachNoPayment,
             .addressCourtAgreementBreach, .sendInformalAgreementBreachLetter, .informalBreachedAfterLetter,
             .reviewFailedLetter, .applyForOutrightPossessionWarrant:
            return true
        default:
            return false
        }
    }
}
