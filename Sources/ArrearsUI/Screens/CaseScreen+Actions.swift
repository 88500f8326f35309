import ArrearsCore

/// The case screen as a screen of the stack: moving, panes, weeks, and opening the form of each
/// action that changes the case.
extension CaseScreen: Screen {
    var context: ActionContext { .caseDetails }

    /// Reads a case and shows it over the current screen.
    static func open(ref: String, session: Session) -> Outcome {
        do {
            guard let file = try session.data.loadCase(ref: ref) else {
                return .message("Case \(ref) is no longer in the database; \(session.key(.refresh, in: .caseDetails)) reloads the list.",
                                .error)
            }
            return .push(CaseScreen(file: file, summary: session.summary(ref: ref), audit: session.auditTrail(ref: ref),
                                   messages: session.notifyMessages(ref: ref)))
        } catch {
            return .message("Could not open case \(ref): \(error)", .error)
        }
    }

    mutating func fit(_ area: Rect, session: Session) { fit(area, context: session.context) }

    mutating func render(into grid: inout Grid, area: Rect, session: Session) -> Cursor? {
        render(into: &grid, area: area, context: session.context).map { ($0, 0) }
    }

    mutating func reload(session: Session) {
        guard let file = try? session.data.loadCase(ref: ref) else { return }
        var fresh = CaseScreen(file: file, summary: session.summary(ref: ref), audit: session.auditTrail(ref: ref),
                                   messages: session.notifyMessages(ref: ref))
        fresh.adopt(self)
        self = fresh
    }

    mutating func caseSaved(_ saved: SavedCase, old: CaseSummary, session: Session) {
        guard saved.file.ref == ref else { return }
        var fresh = CaseScreen(file: saved.file, summary: saved.summary, audit: session.auditTrail(ref: ref),
                               messages: session.notifyMessages(ref: ref))
        fresh.adopt(self)
        self = fresh
    }

    var accountOnScreen: Account? { file.account }
    var caseInFocus: (ref: String, name: String)? { (ref, name) }

    mutating func perform(_ id: ActionID, session: Session) -> Outcome? {
        let area = session.body, context = session.context
        if let motion = Motion(id) {
            move(motion, area: area, context: context)
            return .handled
        }
        if let pane = CasePane.allCases.first(where: { ActionID.pane($0) == id }) {
            show(pane, area: area, context: context)
            return .handled
        }
        switch id {
        case .nextPane: cyclePane(by: 1, area: area, context: context)
        case .previousPane: cyclePane(by: -1, area: area, context: context)
        case .toggleWeek:
            if let letter = selectedLetter { return LettersScreen.read(LetterListing.listing(of: letter, in: file), session: session) }
            if !openSelected(area: area, context: context) {
                return .message(pane == .overview
                    ? "This box has no pane of its own; \(session.key(.moveDown, in: .caseDetails)) moves to the next box or week."
                    : "Enter reads a letter (\(session.key(.pane(.letters), in: .caseDetails)), or a letter's diary line); "
                      + "weeks expand on the overview (\(session.key(.pane(.overview), in: .caseDetails))).")
            }
        case .goToTimeline: goToTimeline(area: area, context: context)
        case .toggleAllWeeks: toggleAllWeeks(area: area, context: context)
        case .toggleOtherCharges: toggleOtherCharges(area: area, context: context)
        case .why: return PagerOverlay.why(ref: ref, label: summary?.actionLabel ?? "not classified", session: session)
        default:
            if let letters = performLetterAction(id, session: session) { return letters }
            guard let work = WorkActions.byId[id], id != .undo else { return nil }
            return openForm(id, operation: work.operation, session: session)
        }
        return .handled
    }

    // MARK: Case forms

    /// The form of an action that changes the case, after the core's permission check for this account,
    /// so a refusal is said before anything is typed.
    private func openForm(_ id: ActionID, operation: AccessOperation, session: Session) -> Outcome? {
        if let denied = session.accessError(operation, account: file.account.type) { return .message("\(denied)", .error) }
        let today = session.asOf
        let activeAgreements = file.agreements.filter(\.isActive)
        let activeHolds = file.holds.filter { $0.isActive(asOf: today) }
        func key(_ id: ActionID) -> String { session.key(id, in: .caseDetails) }
        func refuse(_ text: String) -> Outcome { .message(text, .warning) }
        switch id {
        case .addDiaryEntry: return .overlay(DiaryEntryForm.overlay(for: file, today: today))
        case .pauseCase: return .overlay(PauseForm.overlay(for: file, today: today))
        case .endPause:
            guard let pause = file.pause, pause.isActive(asOf: today) else {
                return refuse("\(ref) is not paused; \(key(.pauseCase)) pauses it.")
            }
            return .overlay(EndPauseForm.overlay(for: file, pause: pause, today: today))
        case .recordPromise: return .overlay(PromiseForm.overlay(for: file, today: today))
        case .correctAddress, .correctPhones, .correctEmail:
            guard !file.account.responsibleContacts.isEmpty else {
                return refuse("\(ref) has no responsible contact whose details could be corrected.")
            }
            let form = id == .correctAddress ? AddressForm.overlay(for: file, today: today)
                : id == .correctPhones ? PhonesForm.overlay(for: file, today: today) : EmailForm.overlay(for: file, today: today)
            return .overlay(form)
        case .createAgreement: return .overlay(AgreementForm.overlay(for: file, today: today))
        case .replaceAgreement:
            guard let current = activeAgreements.max(by: { $0.id < $1.id }) else {
                return refuse("\(ref) has no live or breached agreement to replace; \(key(.createAgreement)) creates one.")
            }
            return .overlay(AgreementForm.overlay(for: file, today: today, replacing: current))
        case .cancelAgreement:
            guard !activeAgreements.isEmpty else { return refuse("\(ref) has no live or breached agreement to cancel.") }
            return .overlay(CancelAgreementForm.overlay(for: file, active: activeAgreements, today: today))
        case .recordNotice: return .overlay(NoticeForm.overlay(for: file, terms: session.noticeTerms(file.account.type), today: today))
        case .recordCourtDate: return .overlay(CourtDateForm.overlay(for: file, today: today))
        case .recordCourtOutcome:
            guard let court = file.latestCourtCase, let hearing = court.hearingDate else {
                return refuse("\(ref) has no court hearing yet; \(key(.recordCourtDate)) records the court date first.")
            }
            return .overlay(CourtOutcomeForm.overlay(for: file, court: court, hearing: hearing, today: today))
        case .recordEvictionDate: return .overlay(EvictionForm.overlay(for: file, today: today))
        case .recordLegalStep:
            guard !CaseActions.legalSteps(for: file.account).isEmpty else {
                return refuse("A \(file.account.type.label.lowercased()) account has no court application or referral to record; \(key(.addDiaryEntry)) adds a diary entry.")
            }
            return .overlay(LegalStepForm.overlay(for: file, recommended: summary?.actionId, today: today))
        case .startHold: return .overlay(StartHoldForm.overlay(for: file, today: today))
        case .endHold:
            guard !activeHolds.isEmpty else { return refuse("\(ref) has no active hold; \(key(.startHold)) starts one.") }
            return .overlay(EndHoldForm.overlay(for: file, active: activeHolds, today: today))
        case .sendMessage:
            guard let data = session.messages else { return refuse(Session.noMessages) }
            if let none = MessageRecipient.noneReason(in: file) { return refuse("\(ref) has \(none) for a responsible tenant.") }
            do {
                let settings = try data.messageSettings()
                return .overlay(MessageForm.overlay(for: file, arrears: summary?.collectableArrears ?? file.balance,
                                                    templates: settings.templates, smsHours: settings.smsHours, now: data.now, today: today))
            } catch {
                return .message("Could not read the GOV.UK Notify settings: \(error)", .error)
            }
        default:
            return nil
        }
    }

    /// A message needs somewhere to go: greyed, with why, when no tenant has a usable number or address.
    func unavailable(_ id: ActionID, session: Session) -> String? {
        guard id == .sendMessage else { return nil }
        guard session.messages != nil else { return "not available with this data source" }
        return MessageRecipient.noneReason(in: file)
    }
}
