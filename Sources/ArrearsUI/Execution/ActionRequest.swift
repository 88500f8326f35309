import ArrearsCore

/// What the user asked for, typed and validated by a form, for the host to carry out with
/// `ActionExecutor`. The App never changes data itself: it hands these out as `AppEffect.perform`.
public enum ActionRequest: Equatable, Sendable {
    /// One action on one case, refused if the case changed since `expectedVersion` (the version the
    /// user had on screen).
    case onCase(ref: String, expectedVersion: Int, CaseRequest)
    /// Reverse this run's last action.
    case undo
    case reassignCases(refs: [String], officer: String)
    case reassignPatch(patch: String, officer: String)
    case acceptSuggestion(RebalanceSuggestion)
    /// A team lead's change to the automation settings (`AutomationControl.apply` in the core).
    case changeAutomation(AutomationControl.Change)
    /// A team lead's rent campaign (`CaseActions.queueCampaign` in the core): every message in one transaction.
    case queueCampaign(MessageCampaign)
}

/// The actions on one case, with the values their forms collected.
public enum CaseRequest: Equatable, Sendable {
    case addDiaryEntry(code: String, comment: String)
    case pause(until: CivilDate, reason: PauseReason, comment: String)
    case unpause(comment: String)
    case recordPromise(amount: Money, dueOn: CivilDate, comment: String)
    case createAgreement(AgreementRequest)
    case cancelAgreement(id: Int, reason: String)
    case replaceAgreement(id: Int, reason: String, replacement: AgreementRequest)
    case recordNotice(servedOn: CivilDate, terms: NoticeTerms)
    case recordCourtDate(CivilDate, minutes: Int)
    case recordCourtOutcome(CourtOutcomeRequest)
    case recordEvictionDate(CivilDate)
    case recordLegalStep(RecommendedAction, comment: String)
    case startHold(HoldRequest)
    case endHold(id: Int, endsOn: CivilDate)
    /// A text message or email to one tenant (`contactId`) at a number or address of theirs.
    case queueMessage(template: MessageTemplate, contactId: Int, recipient: String)
    case correctAddress(contactId: Int, lines: [String], postcode: String)
    case correctPhones(contactId: Int, mobile: String, home: String, work: String)
    case correctEmail(contactId: Int, email: String)
}
