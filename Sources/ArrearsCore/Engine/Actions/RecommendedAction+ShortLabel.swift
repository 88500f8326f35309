extension RecommendedAction {
    /// At most `shortLabelWidth` columns, unique across the catalogue, for a column too narrow for the
    /// label ("SC letter 1" and "SC letter 2" where "Send service charge letter 1" would be cut to the
    /// same "Send servic…"). docs/policy.md §10 lists them with the abbreviations they use.
    public var shortLabel: String {
        switch self {
        case .noAction: return "No action"
        case .checkData: return "Check data"
        case .sendFirstSMS: return "First SMS"
        case .sendLetterOne: return "Letter one"
        case .sendLetterTwo: return "Letter two"
        case .sendNOSP: return "Send NOSP"
        case .sendCourtWarningLetter: return "Court warn"
        case .applyForCourtDate: return "Apply: court"
        case .updateCourtOutcome: return "Court result"
        case .courtBreachVisit: return "Breach visit"
        case .courtBreachNoPayment: return "Order unpaid"
        case .addressCourtAgreementBreach: return "Order breach"
        case .sendInformalAgreementBreachLetter: return "Breach ltr"
        case .followUpBrokenPromise: return "Broken PTP"
        case .informalBreachedAfterLetter: return "Still broken"
        case .reviewFailedLetter: return "Failed ltr"
        case .applyForOutrightPossessionWarrant: return "Seek warrant"
        case .confirmEvictionOutcome: return "Evicted?"
        case .transferToFormerTenantAccount: return "Move to FTA"
        case .officerReviewVulnerability: return "Vulnerable"
        case .resolveDispute: return "Dispute"
        case .supportBenefitClaim: return "Benefit help"
        case .writeAboutCurrentCharges: return "Current chgs"
        case .serveNoticeOfProceedings: return "Serve NOP"
        case .arrangeIntroductoryReview: return "Intro review"
        case .applyForPossessionIntroductory: return "Intro: court"
        case .serveNoticeToQuit: return "Serve NTQ"
        case .applyForPossessionAfterNoticeToQuit: return "NTQ: court"
        case .serveLicenceNotice: return "End licence"
        case .recoverLicensedAccommodation: return "Recover TA"
        case .sendGarageReminder: return "Garage ltr"
        case .serveGarageNoticeToQuit: return "Garage NTQ"
        case .repossessGarage: return "Repossess"
        case .sendLetterOfClaim: return "Claim letter"
        case .referForDebtRecovery: return "To recovery"
        case .sendServiceChargeLetterOne: return "SC letter 1"
        case .sendServiceChargeLetterTwo: return "SC letter 2"
        case .sendServiceChargeLetterBeforeAction: return "SC LBA"
        case .referServiceChargesForLegalAction: return "SC to legal"
        case .sendMajorWorksLetterOne: return "MW letter 1"
        case .sendMajorWorksLetterTwo: return "MW letter 2"
        case .sendMajorWorksLetterBeforeAction: return "MW LBA"
        case .referMajorWorksForLegalAction: return "MW to legal"
        }
    }

    /// The widest a short label may be: the worklist's Next action column at its narrowest.
    public static let shortLabelWidth = 12

    /// The label when it fits `width` columns, else the short label.
    public static func label(id: String, full: String, fitting width: Int) -> String {
        guard DisplayWidth.of(full) > width, let action = RecommendedAction(rawValue: id) else { return full }
        return action.shortLabel
    }
}
