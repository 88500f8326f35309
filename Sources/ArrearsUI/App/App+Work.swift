import ArrearsCore

/// Actions that change cases: each opens its form (or asks), after the same permission check the core
/// makes, so a refusal is said before anything is typed.
extension App {
    /// Runs a work action (`WorkActions`). Returns false for other actions.
    mutating func performWork(_ id: ActionID) -> Bool {
        guard overlay == nil, let work = WorkActions.byId[id] else { return false }
        switch id {
        case .undo: askToUndo()
        case .markCase, .clearMarks, .reassignCases, .reassignPatch: performAssignment(id)
        case .caseload: openCaseload()
        case .acceptSuggestion: message = StatusMessage("Suggestions are accepted on the caseload screen (c from the team lead view).")
        default: openCaseForm(id, operation: work.operation)
        }
        return true
    }

    /// Why the user's role may not run an action, in the core's words where the core decides it.
    func refusal(of action: ActionSpec) -> String {
        let operation = WorkActions.byId[action.id]?.operation ?? (action.id == .pane(.audit) ? .viewAudit : nil)
        if let operation, let error = accessError(operation) { return "\(error)" }
        return "\(action.title) is not available to \(user.role.withArticle)."
    }

    /// Whether to offer an action (status bar hints): the role may, and on a case screen the account's
    /// side allows it too.
    func offers(_ action: ActionSpec) -> Bool {
        guard action.allows(user.role) else { return false }
        guard let work = WorkActions.byId[action.id] else { return true }
        return accessError(work.operation) == nil
    }

    /// The core's refusal of an operation on the case on screen (or on any account elsewhere).
    func accessError(_ operation: AccessOperation) -> AccessDenied? {
        var type: AccountType?
        if case .caseDetails(let c)? = stack.last { type = c.file.account.type }
        do {
            try Access.check(user: user, operation: operation, account: type)
            return nil
        } catch let denied as AccessDenied {
            return denied
        } catch {
            return nil
        }
    }

    /// A case's audit history, for the roles that may read it.
    func auditTrail(ref: String) -> [AuditRecord]? {
        guard Access.allows(user: user, operation: .viewAudit, account: nil) else { return nil }
        return (try? data.audit(ref: ref)) ?? []
    }

    // MARK: Case forms

    private mutating func openCaseForm(_ id: ActionID, operation: AccessOperation) {
        guard case .caseDetails(let c)? = stack.last else {
            message = StatusMessage("Open a case first: this acts on the case on screen.", kind: .warning)
            return
        }
        if let denied = accessError(operation) {
            message = StatusMessage("\(denied)", kind: .error)
            return
        }
        let file = c.file, today = asOf
        let activeAgreements = file.agreements.filter(\.isActive)
        let activeHolds = file.holds.filter { $0.isActive(asOf: today) }
        switch id {
        case .addDiaryEntry: open(DiaryEntryForm.overlay(for: file, today: today))
        case .pauseCase: open(PauseForm.overlay(for: file, today: today))
        case .endPause:
            guard let pause = file.pause, pause.isActive(asOf: today) else { return refuse("\(file.ref) is not paused; p pauses it.") }
            open(EndPauseForm.overlay(for: file, pause: pause, today: today))
        case .createAgreement: open(AgreementForm.overlay(for: file, today: today))
        case .replaceAgreement:
            guard let current = activeAgreements.max(by: { $0.id < $1.id }) else {
                return refuse("\(file.ref) has no live or breached agreement to replace; a creates one.")
            }
            open(AgreementForm.overlay(for: file, today: today, replacing: current))
        case .cancelAgreement:
            guard !activeAgreements.isEmpty else { return refuse("\(file.ref) has no live or breached agreement to cancel.") }
            open(CancelAgreementForm.overlay(for: file, active: activeAgreements, today: today))
        case .recordNotice: open(NoticeForm.overlay(for: file, terms: noticeTerms(file.account.type), today: today))
        case .recordCourtDate: open(CourtDateForm.overlay(for: file, today: today))
        case .recordCourtOutcome:
            guard let court = file.latestCourtCase, let hearing = court.hearingDate else {
                return refuse("\(file.ref) has no court hearing yet; c records the court date first.")
            }
            open(CourtOutcomeForm.overlay(for: file, court: court, hearing: hearing, today: today))
        case .recordEvictionDate: open(EvictionForm.overlay(for: file, today: today))
        case .startHold: open(StartHoldForm.overlay(for: file, today: today))
        case .endHold:
            guard !activeHolds.isEmpty else { return refuse("\(file.ref) has no active hold; h starts one.") }
            open(EndHoldForm.overlay(for: file, active: activeHolds, today: today))
        default:
            break
        }
    }

    mutating func open(_ form: FormOverlay) { overlay = .form(form) }

    private mutating func refuse(_ text: String) { message = StatusMessage(text, kind: .warning) }

    // MARK: Undo

    private mutating func askToUndo() {
        guard let last = undoable, let action = registry[.undo] else {
            message = StatusMessage("Nothing to undo: you have not changed anything in this session.")
            return
        }
        overlay = .confirm(ConfirmPrompt(action: action, then: .perform(.undo), text: "Undo \u{201C}\(last)\u{201D}?"))
    }
}
