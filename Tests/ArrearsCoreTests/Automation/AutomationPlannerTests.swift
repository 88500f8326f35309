import Testing
@testable import ArrearsCore

/// The planner's decisions and every safeguard, at their boundaries.
@Suite struct AutomationPlannerTests {
    static let asOf = d("2026-11-30")

    static func letterOneCase(ref: String = "T1", owed: Money = gbp("200.00")) -> CaseFile {
        var b = CaseBuilder(ref: ref)
        b.arrearsAfterGrace(owed, asOf: asOf)
        return b.file
    }

    static func settings(_ step: AutomationStep = .letterOne, type: AccountType = .secure, enabled: Bool = true,
                         cap: Int = 100, start: CivilDate? = nil) -> AutomationSettings {
        AutomationSettings([AutomationSetting(patch: "E01", accountType: type, step: step, enabled: enabled,
                                              dailyCap: cap, startDate: start)])
    }

    static func context(_ settings: AutomationSettings, sms: Bool = false) -> AutomationPlanner.Context {
        AutomationPlanner.Context(asOf: asOf, settings: settings, ukMobile: { $0.hasPrefix("07") ? $0 : nil }, canSendSMS: sms)
    }

    static func decide(_ file: CaseFile, _ settings: AutomationSettings, sms: Bool = false) -> AutomationPlanner.Decision {
        AutomationPlanner.decide(file, ArrearsEngine.classify(file, asOf: asOf, policy: .default), context(settings, sms: sms))
    }

    @Test func aLetterOneCaseIsActedOnWhenItsCellIsOn() throws {
        guard case .act(let act) = Self.decide(Self.letterOneCase(), Self.settings()) else {
            Issue.record("expected an act"); return
        }
        #expect(act.step == .letterOne)
        #expect(act.template?.diaryCode == "IC1")
        #expect(act.letters.count == 1)
        #expect(act.rule.hasPrefix("send_letter_one ("))
    }

    @Test func offByDefaultAndOffWhenSwitchedOff() {
        #expect(Self.decide(Self.letterOneCase(), .allOff) == .skip(.letterOne, .settingOff))
        #expect(Self.decide(Self.letterOneCase(), Self.settings(enabled: false)) == .skip(.letterOne, .settingOff))
        // Another patch's setting does not reach this case.
        var other = Self.letterOneCase()
        other.account.patch = "E02"
        #expect(Self.decide(other, Self.settings()) == .skip(.letterOne, .settingOff))
    }

    @Test(arguments: [(-1, true), (0, true), (1, false)])
    func startDateBoundary(offset: Int, acts: Bool) {
        let start = Self.asOf.adding(days: offset)
        let decision = Self.decide(Self.letterOneCase(), Self.settings(start: start))
        if acts {
            guard case .act = decision else { Issue.record("start \(start.isoText): expected an act, got \(decision)"); return }
        } else {
            #expect(decision == .skip(.letterOne, .notStarted(start)))
        }
    }

    @Test func officerStepsAreNeverAutomated() {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("900.00"), asOf: Self.asOf)
        b.diary("IC1", on: Self.asOf.adding(days: -40))
        b.diary("IC2", on: Self.asOf.adding(days: -20))
        let all = AutomationSettings(AutomationStep.allCases.map {
            AutomationSetting(patch: "E01", accountType: .secure, step: $0, enabled: true, dailyCap: 100, startDate: nil)
        })
        let classification = ArrearsEngine.classify(b.file, asOf: Self.asOf, policy: .default)
        #expect(classification.action == .sendNOSP)
        #expect(AutomationPlanner.decide(b.file, classification, Self.context(all)) == .notAutomated)
    }

    /// Each safeguard, checked directly against a case the engine would send letter one to.
    @Test func holdsPausesAndConflictsLeaveTheCaseToAnOfficer() {
        let base = Self.letterOneCase()
        let c = ArrearsEngine.classify(base, asOf: Self.asOf, policy: .default)
        for kind in [HoldKind.breathingSpaceStandard, .breathingSpaceMentalHealth, .vulnerability, .dispute, .benefitClaimPending] {
            var b = CaseBuilder()
            b.file = base
            b.hold(kind, start: Self.asOf.adding(days: -3))
            #expect(AutomationPlanner.safeguard(b.file, c, .letterOne, asOf: Self.asOf) == .hold(kind))
        }
        var paused = CaseBuilder()
        paused.file = base
        paused.pause(until: Self.asOf.adding(days: 1))
        #expect(AutomationPlanner.safeguard(paused.file, c, .letterOne, asOf: Self.asOf) == .paused(.promiseOfPayment))
        // A pause that ends today has lapsed.
        paused.file.pause?.until = Self.asOf
        #expect(AutomationPlanner.safeguard(paused.file, c, .letterOne, asOf: Self.asOf) == nil)
    }

    @Test(arguments: [("9.99", false), ("10.00", true), ("10.01", true)])
    func letterMinimumBoundary(owed: String, passes: Bool) {
        let file = Self.letterOneCase(owed: gbp(owed))
        let c = ArrearsEngine.classify(file, asOf: Self.asOf, policy: .default)
        let skip = AutomationPlanner.safeguard(file, c, .letterOne, asOf: Self.asOf)
        #expect(skip == (passes ? nil : .belowMinimum(gbp("10.00"))), "owed \(owed)")
    }

    @Test func aCaseInCreditIsNotInArrears() {
        var b = CaseBuilder()
        b.collectable(gbp("-50.00"), asOf: Self.asOf)
        let c = ArrearsEngine.classify(b.file, asOf: Self.asOf, policy: .default)
        #expect(AutomationPlanner.safeguard(b.file, c, .letterOne, asOf: Self.asOf) == .notInArrears)
        b.collectable(.zero, asOf: Self.asOf)
        let zero = ArrearsEngine.classify(b.file, asOf: Self.asOf, policy: .default)
        #expect(AutomationPlanner.safeguard(b.file, zero, .letterOne, asOf: Self.asOf) == .notInArrears)
    }

    /// The same step inside its 28-day window is not taken again: 27 days ago blocks, 28 does not.
    @Test(arguments: [(27, true), (28, false), (29, false)])
    func repeatWindowBoundary(daysAgo: Int, blocked: Bool) {
        var b = CaseBuilder()
        b.file = Self.letterOneCase()
        let sent = Self.asOf.adding(days: -daysAgo)
        b.diary("IC1", on: sent)
        let c = ArrearsEngine.classify(Self.letterOneCase(), asOf: Self.asOf, policy: .default)
        let skip = AutomationPlanner.safeguard(b.file, c, .letterOne, asOf: Self.asOf)
        #expect(skip == (blocked ? .alreadySent(sent) : nil), "sent \(daysAgo) days ago")
    }

    @Test func aVoidedEntryDoesNotCountAsSent() {
        var file = Self.letterOneCase()
        file.diary = [DiaryEntry(id: 1, at: Timestamp(london: Self.asOf.adding(days: -2), hour: 10), code: "IC1", comment: "", user: "x", balance: .zero),
                      DiaryEntry(id: 2, at: Timestamp(london: Self.asOf.adding(days: -2), hour: 11), code: "VOI", comment: "", user: "x", balance: .zero, voids: 1)]
        let c = ArrearsEngine.classify(Self.letterOneCase(), asOf: Self.asOf, policy: .default)
        #expect(AutomationPlanner.safeguard(file, c, .letterOne, asOf: Self.asOf) == nil)
    }

    @Test func anOfficersLetterTodayStands() {
        var file = Self.letterOneCase()
        let at = Timestamp(london: Self.asOf, hour: 9)
        file.letters = [Letter(id: "x", accountRef: "T1", templateId: "rent_letter_1", contactId: 1, status: .queued,
                               author: "amy.agent", createdAt: at, updatedAt: at)]
        let c = ArrearsEngine.classify(file, asOf: Self.asOf, policy: .default)
        #expect(AutomationPlanner.safeguard(file, c, .letterOne, asOf: Self.asOf) == .officerLetterToday)
        // Yesterday's letter, or one the officer cancelled, does not stop tonight's step.
        file.letters[0].status = .cancelled
        #expect(AutomationPlanner.safeguard(file, c, .letterOne, asOf: Self.asOf) == nil)
    }

    @Test func missingDataPausesTheCaseNamingWhatIsMissing() {
        var noTenant = Self.letterOneCase()
        noTenant.account.contacts = []
        guard case .pauseForMissingData(.letterOne, _, let missing) = Self.decide(noTenant, Self.settings()) else {
            Issue.record("expected a missing-data pause"); return
        }
        #expect(missing.contains("Tenant"))

        var noPostcode = Self.letterOneCase()
        noPostcode.account.property = Property(addressLines: ["Flat 1 Test House", "London"], postcode: nil)
        guard case .pauseForMissingData(_, _, let why) = Self.decide(noPostcode, Self.settings()) else {
            Issue.record("expected a missing-data pause for the address"); return
        }
        #expect(why.lowercased().contains("postcode"))
    }

    @Test func smsNeedsAChannelAndAUKMobile() {
        var b = CaseBuilder()
        b.collectable(gbp("7.00"), asOf: Self.asOf)
        let sms = Self.settings(.firstSMS)
        #expect(ArrearsEngine.classify(b.file, asOf: Self.asOf, policy: .default).action == .sendFirstSMS)
        #expect(Self.decide(b.file, sms, sms: false) == .skip(.firstSMS, .noMessageChannel))
        #expect(Self.decide(b.file, sms, sms: true) == .skip(.firstSMS, .noMobile))
        b.file.account.contacts[0].phones = ["020 7946 0000", "07700 900123"]
        guard case .act(let act) = Self.decide(b.file, sms, sms: true) else { Issue.record("expected an SMS act"); return }
        #expect(act.mobile == "07700 900123")
    }

    @Test func stepsApplyOnlyToTheirSide() {
        #expect(AutomationStep.letterOne.applies(to: .secure))
        #expect(!AutomationStep.letterOne.applies(to: .leasehold))
        #expect(AutomationStep.serviceChargeLetterOne.applies(to: .sharedOwnership))
        #expect(!AutomationStep.majorWorksLetterTwo.applies(to: .garage))
        for step in AutomationStep.allCases { #expect(AutomationStep(action: step.action) == step) }
        #expect(AutomationStep(action: .sendNOSP) == nil)
    }
}
