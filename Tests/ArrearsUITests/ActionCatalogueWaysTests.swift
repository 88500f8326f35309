import Testing
import ArrearsCore
@testable import ArrearsUI

/// Issue 11 item 7: every step the engine can recommend (docs/policy.md §10) can be recorded by keys on
/// the case screen, and a step that writes a diary code has a form that writes that code.
@Suite struct ActionCatalogueWaysTests {
    /// How each step is recorded: the case screen's actions, by id.
    static func ways(for action: RecommendedAction) -> [ActionID] {
        switch action {
        case .noAction: return []
        case .checkData: return [.recordCourtDate, .recordCourtOutcome, .addDiaryEntry]
        case .sendFirstSMS: return [.addDiaryEntry]
        case .sendLetterOne, .sendLetterTwo, .sendCourtWarningLetter, .sendInformalAgreementBreachLetter, .sendGarageReminder,
             .sendLetterOfClaim, .sendServiceChargeLetterOne, .sendServiceChargeLetterTwo, .sendMajorWorksLetterOne,
             .sendMajorWorksLetterTwo, .writeAboutCurrentCharges:
            return [.sendLetter]
        case .sendNOSP, .serveNoticeOfProceedings, .serveNoticeToQuit, .serveLicenceNotice, .serveGarageNoticeToQuit,
             .sendServiceChargeLetterBeforeAction, .sendMajorWorksLetterBeforeAction:
            return [.recordNotice]
        case .applyForCourtDate, .applyForPossessionIntroductory, .applyForPossessionAfterNoticeToQuit, .referForDebtRecovery,
             .referServiceChargesForLegalAction, .referMajorWorksForLegalAction:
            return [.recordLegalStep]
        case .updateCourtOutcome: return [.recordCourtOutcome]
        case .addressCourtAgreementBreach: return [.sendLetter, .addDiaryEntry]
        case .reviewFailedLetter: return [.reviewLetter, .correctAddress, .resendLetter]
        case .informalBreachedAfterLetter: return [.addDiaryEntry, .createAgreement]
        case .followUpBrokenPromise: return [.addDiaryEntry, .recordPromise, .createAgreement]
        case .officerReviewVulnerability, .resolveDispute, .supportBenefitClaim: return [.endHold, .addDiaryEntry]
        case .courtBreachVisit, .courtBreachNoPayment, .applyForOutrightPossessionWarrant, .confirmEvictionOutcome,
             .transferToFormerTenantAccount, .arrangeIntroductoryReview, .recoverLicensedAccommodation, .repossessGarage:
            return [.addDiaryEntry]
        }
    }

    /// The diary codes each way can write for this step.
    static func codes(_ way: ActionID, for action: RecommendedAction, account: Account) -> Set<String> {
        let type = account.type
        switch way {
        case .addDiaryEntry: return Set(ActionCodes.userSelectable.map(\.code))
        case .sendLetter: return Set(LetterTemplateCatalogue.standard.templates.map(\.diaryCode))
        case .recordNotice: return [NoticeRoute.diaryCode(for: account)]
        case .recordLegalStep: return Set(CaseActions.legalSteps.compactMap { $0.diaryCode(for: type) })
        case .recordCourtOutcome: return ["IC6"]
        default: return []
        }
    }

    @Test(arguments: RecommendedAction.allCases)
    func everyStepHasAWayToBeRecorded(action: RecommendedAction) {
        let caseKeys = Set(ActionRegistry.standard.actions(in: .caseDetails).map(\.id))
        let ways = Self.ways(for: action)
        #expect(ways.isEmpty == (action == .noAction), "\(action.id) has no way to be recorded")
        for way in ways { #expect(caseKeys.contains(way), "\(action.id): \(way) is not a key on the case screen") }
        // A step that writes a code can be recorded with that code, on every account type it applies to.
        for account in CaseBuilderless.everyKind {
            let type = account.type
            guard Route.of(RouteKind.of(account)).actions.contains(action), var code = action.diaryCode(for: type) else { continue }
            // GAT is the automated SMS; a person records a text sent by hand as GMS, which the SMS rule reads alike.
            if code == "GAT" { code = "GMS" }
            let writable = ways.reduce(into: Set<String>()) { $0.formUnion(Self.codes($1, for: action, account: account)) }
            #expect(writable.contains(code), "\(action.id) writes \(code) on a \(type.rawValue) account, and no way writes it")
        }
    }
}

/// Bare accounts of every type (leasehold ones owing service charges and major works), for asking
/// which route each follows.
enum CaseBuilderless {
    static let everyKind: [Account] = AccountType.allCases.flatMap { type in
        type.isLeaseholdSide ? [account(type, .serviceCharge), account(type, .majorWorks)] : [account(type, nil)]
    }

    static func account(_ type: AccountType, _ debtKind: DebtKind?) -> Account {
        Account(ref: "X", paymentRef: "X", type: type, debtKind: debtKind, patch: nil,
                startDate: CivilDate(year: 2020, month: 1, day: 6)!, charge: Money(pence: 10_000), chargePeriod: .weekly,
                property: Property(addressLines: ["1 Test Road"], postcode: "E8 1AA"), contacts: [])
    }
}
