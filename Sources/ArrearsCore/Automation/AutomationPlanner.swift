/// What automation would do with one case tonight: the same decision for the preview (`arrears run
/// --dry-run`, the team lead's screen) and the real run, so the preview can be trusted. Pure: a
/// function of the case, its classification, the settings and the date.
public enum AutomationPlanner {
    /// One case's decision.
    public enum Decision: Hashable, Sendable {
        /// The recommended action is not one automation ever takes (an officer's step, or nothing).
        case notAutomated
        /// Take the step: queue these letters (one per responsible tenant) or send the SMS.
        case act(Act)
        /// Leave the case alone tonight, for this reason.
        case skip(AutomationStep, AutomationSkip)
        /// The letter cannot go because data is missing: pause the case for an officer (RMD) with a
        /// comment that names what is missing, as Hackney's automation did.
        case pauseForMissingData(AutomationStep, AutomationSetting, missing: String)

        public var step: AutomationStep? {
            switch self {
            case .notAutomated: return nil
            case .act(let act): return act.step
            case .skip(let step, _), .pauseForMissingData(let step, _, _): return step
            }
        }
    }

    public struct Act: Hashable, Sendable {
        public var step: AutomationStep
        public var setting: AutomationSetting
        /// The rule that fired, for the diary: the action id and the conditions it met.
        public var rule: String
        public var letters: [PreparedLetter]
        public var template: LetterTemplate?
        /// The mobile number an SMS goes to (UK form), for SMS steps.
        public var mobile: String?
    }

    /// What the planner needs besides the case.
    public struct Context: Sendable {
        public var asOf: CivilDate
        public var settings: AutomationSettings
        public var catalogue: LetterTemplateCatalogue
        public var sender: LetterSender
        /// Normalises a phone number to a UK mobile, or nil when it is not one (Notify's rule).
        public var ukMobile: @Sendable (String) -> String?
        /// Whether the program can send SMS at all (Notify configured for SMS).
        public var canSendSMS: Bool

        public init(asOf: CivilDate, settings: AutomationSettings, catalogue: LetterTemplateCatalogue = .standard,
                    sender: LetterSender = .example, ukMobile: @escaping @Sendable (String) -> String?, canSendSMS: Bool) {
            self.asOf = asOf; self.settings = settings; self.catalogue = catalogue; self.sender = sender
            self.ukMobile = ukMobile; self.canSendSMS = canSendSMS
        }
    }

    public static func decide(_ file: CaseFile, _ classification: Classification, _ context: Context) -> Decision {
        guard let step = AutomationStep(action: classification.action) else { return .notAutomated }
        let asOf = context.asOf
        let key = AutomationSettings.Key(patch: AutomationSettings.patch(of: file.account), accountType: file.account.type, step: step)
        guard let setting = context.settings.setting(for: key), setting.enabled else { return .skip(step, .settingOff) }
        if let start = setting.startDate, start > asOf { return .skip(step, .notStarted(start)) }
        if let skip = safeguard(file, classification, step, asOf: asOf) { return .skip(step, skip) }
        let rule = ruleText(classification)
        if step.isSMS {
            guard context.canSendSMS else { return .skip(step, .noMessageChannel) }
            let numbers = file.account.responsibleContacts.flatMap(\.phones)
            guard let mobile = numbers.lazy.compactMap(context.ukMobile).first else { return .skip(step, .noMobile) }
            return .act(Act(step: step, setting: setting, rule: rule, letters: [], template: nil, mobile: mobile))
        }
        guard let template = letterTemplate(for: step, file.account, context.catalogue) else {
            return .pauseForMissingData(step, setting, missing: "no \(step.label.lowercased()) template fits a \(file.account.type.label.lowercased()) account")
        }
        let prepared = LetterPreparation.prepare(template, caseFile: file,
                                                 figures: LetterFigures(collectableArrears: classification.measures.collectableArrears),
                                                 asOf: asOf, sender: context.sender, role: .teamLead)
        if let problem = prepared.problems.first {
            return .pauseForMissingData(step, setting, missing: problem.message)
        }
        let refused = prepared.letters.flatMap(\.verdict.messages)
        if !refused.isEmpty {
            return .pauseForMissingData(step, setting, missing: refused.joined(separator: "; "))
        }
        return .act(Act(step: step, setting: setting, rule: rule, letters: prepared.letters, template: template, mobile: nil))
    }

    /// The safeguards, in the order an officer would give them: anything that needs a person first.
    static func safeguard(_ file: CaseFile, _ classification: Classification, _ step: AutomationStep,
                          asOf: CivilDate) -> AutomationSkip? {
        if let hold = file.holds.first(where: { $0.isActive(asOf: asOf) }) { return .hold(hold.kind) }
        if let pause = file.pause, pause.isActive(asOf: asOf) { return .paused(pause.reason) }
        if classification.conflict != nil { return .conflict }
        let measures = classification.measures
        if measures.collectableArrears.pence <= 0 { return .notInArrears }
        let minimum = minimumArrears(for: step, classification.policy)
        if owed(for: step, measures) < minimum { return .belowMinimum(minimum) }
        if let last = lastTaken(step, file, type: file.account.type), asOf.dayNumber - last.dayNumber < Int32(step.repeatWindowDays) {
            return .alreadySent(last)
        }
        let officerToday = file.letters.contains {
            $0.author != AutomationRun.author && $0.createdAt.londonDate == asOf && ($0.status == .queued || $0.status == .sent)
        }
        if officerToday { return .officerLetterToday }
        return nil
    }

    /// The policy's smallest debt for the step: the same thresholds the engine's rules use.
    static func minimumArrears(for step: AutomationStep, _ policy: Policy) -> Money {
        switch step {
        case .firstSMS: return policy.rules.smsMinimumArrears
        case .letterOne, .letterTwo: return policy.rules.letterMinimumArrears
        case .serviceChargeLetterOne, .serviceChargeLetterTwo, .majorWorksLetterOne, .majorWorksLetterTwo:
            return policy.otherRoutes.leaseholdMinimumArrears
        }
    }

    /// The debt the step's threshold is measured on, as the engine's rules measure it: rent letters
    /// on the arrears after a week's grace, the SMS and leasehold letters on the collectable arrears.
    static func owed(for step: AutomationStep, _ measures: Measures) -> Money {
        switch step {
        case .letterOne, .letterTwo: return measures.arrearsAfterGrace
        default: return measures.collectableArrears
        }
    }

    /// The last date the step's diary code was written on the case (a voided entry does not count).
    static func lastTaken(_ step: AutomationStep, _ file: CaseFile, type: AccountType) -> CivilDate? {
        guard let code = step.action.diaryCode(for: type) else { return nil }
        let voided = Set(file.diary.compactMap(\.voids))
        return file.diary.filter { $0.code == code && !voided.contains($0.id) }.map(\.at.londonDate).max()
    }

    /// The template that carries out a letter step for this account: the one whose diary code is the
    /// step's and that is written for the account's type and debt.
    public static func letterTemplate(for step: AutomationStep, _ account: Account, _ catalogue: LetterTemplateCatalogue) -> LetterTemplate? {
        guard !step.isSMS, let code = step.action.diaryCode(for: account.type) else { return nil }
        return catalogue.templates.first { $0.diaryCode == code && $0.isFor(account.type, debtKind: account.debtKind) }
    }

    /// `send_letter_one (arrears after one week's grace of at least £10.00; …)` — the rule that fired and
    /// the requirements it met, so an officer reading the diary sees why the letter went.
    static func ruleText(_ classification: Classification) -> String {
        guard let chosen = classification.trace.first(where: { $0.status == .chosen }) else { return classification.action.id }
        let met = chosen.conditions.map(\.requirement)
        return classification.action.id + (met.isEmpty ? "" : " (" + met.joined(separator: "; ") + ")")
    }
}
