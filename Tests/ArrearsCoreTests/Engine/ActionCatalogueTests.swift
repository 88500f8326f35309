import Testing
@testable import ArrearsCore

@Suite struct ActionCatalogueTests {
    @Test func hackneysFifteenAndNoAction() {
        #expect(RecommendedAction.allCases.filter(\.isHackneyClassification).count == 16)
        #expect(Set(RecommendedAction.allCases.map(\.label)).count == RecommendedAction.allCases.count)
    }

    @Test func everyActionIsReachableFromARouteOrAHold() {
        var reachable: Set<RecommendedAction> = [.noAction, .writeAboutCurrentCharges]
        for route in Route.all { reachable.formUnion(route.actions) }
        for kind in HoldKind.allCases { if let step = HoldGate.officerStep(kind) { reachable.insert(step) } }
        #expect(reachable == Set(RecommendedAction.allCases))
    }

    @Test func everyDiaryCodeIsInTheCatalogue() {
        for action in RecommendedAction.allCases {
            for type in AccountType.allCases {
                if let code = action.diaryCode(for: type) { #expect(ActionCodes.byCode[code] != nil, "\(action) \(code)") }
            }
        }
        #expect(RecommendedAction.sendServiceChargeLetterOne.diaryCode(for: .sharedOwnership) == "LS1")
        #expect(RecommendedAction.sendServiceChargeLetterTwo.diaryCode(for: .freehold) == "LF2")
    }

    @Test func routesFollowTheAccountType() {
        for (i, kind) in RouteKind.allCases.enumerated() { #expect(Route.of(kind).kind == kind && kind.index == i) }
        let account = CaseBuilder(.freehold, debtKind: .majorWorks).file.account
        #expect(RouteKind.of(account) == .majorWorks)
        #expect(RouteKind.of(CaseBuilder(.sharedOwnership).file.account) == .serviceCharges)
        #expect(RouteKind.of(CaseBuilder(.temporaryAccommodation).file.account) == .noticeToQuit)
        // Secure is Hackney's fifteen rules in its order, with three rules of this product after the failed letter.
        #expect(Route.of(.secure).actions == [
            .applyForOutrightPossessionWarrant, .reviewFailedLetter, .confirmEvictionOutcome, .transferToFormerTenantAccount,
            .followUpBrokenPromise,
            .sendFirstSMS, .sendLetterOne, .sendLetterTwo, .updateCourtOutcome, .courtBreachVisit, .sendNOSP,
            .courtBreachNoPayment, .sendInformalAgreementBreachLetter, .informalBreachedAfterLetter,
            .addressCourtAgreementBreach, .sendCourtWarningLetter, .applyForCourtDate, .checkData,
        ])
    }

    @Test func holdsBlockByKindOfStep() {
        #expect(HoldGate.blocks(.dispute, .firstContact) == false && HoldGate.blocks(.dispute, .followUp))
        #expect(HoldGate.blocks(.benefitClaimPending, .notice) == false && HoldGate.blocks(.benefitClaimPending, .court))
        for kind in HoldKind.allCases { #expect(!HoldGate.blocks(kind, .officer) && !HoldGate.blocks(kind, .none)) }
        #expect(HoldGate.blocks(.vulnerability, .firstContact) && HoldGate.blocks(.breathingSpaceMentalHealth, .court))
    }
}
