import Testing
@testable import ArrearsCore

/// Recording a court application or a referral (issue 11 item 7): the step's own diary code, only the
/// steps of the account's route, refused by undo like every legal step.
@Suite struct LegalStepActionTests {
    typealias F = ActionFixtures

    @Test(arguments: StoreKind.tested) func aReferralForLegalActionWritesLRLAndCannotBeUndone(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.leaseholdOfficer)
        let before = try world.load(F.leaseRef)
        let outcome = try actions.recordLegalStep(ref: F.leaseRef, expectedVersion: before.account.version,
                                                  step: .referServiceChargesForLegalAction, comment: "Sent to legal, ref LS/2026/114")
        let audit = try ActionChecks.expectRecorded(world, outcome, ref: F.leaseRef, codes: ["LRL"], operation: .recordLegalStep,
                                                    by: F.leaseholdOfficer, versionBefore: before.account.version)
        #expect(outcome.caseFile.diary.last?.comment == "Refer service charges for legal action. Sent to legal, ref LS/2026/114")
        #expect(outcome.message == "Recorded LRL Referred for legal action on \(F.leaseRef)")
        #expect(audit.summary == "Legal step refer_service_charges_for_legal_action recorded (LRL)")
        #expect(throws: ActionRefused.self) { _ = try actions.undoLast() }
        #expect(try world.load(F.leaseRef).diary.last?.code == "LRL")
    }

    @Test(arguments: [(RecommendedAction.applyForCourtDate, "PCL", true), (.referForDebtRecovery, "", false),
                      (.referServiceChargesForLegalAction, "", false), (.sendNOSP, "", false)])
    func onlyTheStepsOfTheRoute(step: RecommendedAction, code: String, allowed: Bool) throws {
        let world = try F.world(kind: .sqlite)
        let attempt = { try world.actions(F.agent).recordLegalStep(ref: F.rentRef, expectedVersion: nil, step: step, comment: "Claim issued") }
        if allowed {
            #expect(try attempt().caseFile.diary.last?.code == code)
        } else {
            let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) { _ = try attempt() }
            #expect((error as? ActionRefused)?.field == "Step")
        }
    }

    @Test func theStepsOfEachRoute() {
        #expect(CaseActions.legalSteps(for: F.rentCase().account) == [.applyForCourtDate])
        #expect(CaseActions.legalSteps(for: F.leaseholdCase(debtKind: .majorWorks).account) == [.referMajorWorksForLegalAction])
        #expect(CaseActions.legalSteps(for: F.rentCase(type: .garage).account).isEmpty)
    }
}
