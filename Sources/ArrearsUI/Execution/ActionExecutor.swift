import ArrearsCore

/// Carries out the App's requests with the core's `CaseActions` (one transaction each, permission
/// checked, re-classified, audited) and hands the result back to the App. The host builds it once:
///
/// ```swift
/// let executor = ActionExecutor(actions: CaseActions(store: store, user: user, now: clock, asOf: asOf,
///                                                    reclassify: { engine.classify($0, asOf: asOf) }))
/// // for each effect of app.handle(key):
/// case .perform(let request): executor.run(request, in: &app)
/// ```
public final class ActionExecutor {
    public let actions: CaseActions

    public init(actions: CaseActions) { self.actions = actions }

    /// Performs the request and shows its result: the status message, the case and the worklist
    /// reloaded, a refused value against its form field.
    public func run(_ request: ActionRequest, in app: inout App) {
        app.apply(perform(request))
    }

    /// Performs the request. Refusals are results, not errors: the App shows each in its own way.
    public func perform(_ request: ActionRequest) -> ActionResult {
        func result(_ outcome: ActionResult.Outcome, _ message: String, saved: SavedCase? = nil) -> ActionResult {
            ActionResult(request: request, outcome: outcome, message: message, undoable: actions.lastAction, saved: saved)
        }
        do {
            switch request {
            case let .onCase(ref, version, caseRequest):
                let outcome = try perform(caseRequest, ref: ref, expectedVersion: version)
                return result(.done(followUp: outcome.followUp), outcome.message,
                              saved: SavedCase(file: outcome.caseFile, summary: outcome.summary))
            case .undo:
                return result(.done(followUp: nil), try actions.undoLast())
            case let .reassignCases(refs, officer):
                return result(.done(followUp: nil), try actions.reassignCases(refs, to: officer))
            case let .reassignPatch(patch, officer):
                return result(.done(followUp: nil), try actions.reassignPatch(patch, to: officer))
            case .acceptSuggestion(let suggestion):
                return result(.done(followUp: nil), try actions.accept(suggestion))
            case .changeAutomation(let change):
                return result(.done(followUp: nil), try actions.changeAutomation(change))
            case .queueCampaign(let campaign):
                return result(.done(followUp: nil), try actions.queueCampaign(campaign))
            }
        } catch let refused as ActionRefused {
            return result(.refused(field: refused.field), refused.message)
        } catch let denied as AccessDenied {
            return result(.refused(field: nil), denied.description)
        } catch let problem as MessageTemplate.Problem {
            return result(.refused(field: nil), problem.description)
        } catch let setting as AutomationSettingsError {
            return result(.refused(field: nil), setting.description)
        } catch let stale as StoreError {
            if case .staleCase = stale { return result(.changedElsewhere, stale.description) }
            return result(.failed, "Nothing was saved: \(stale)")
        } catch {
            return result(.failed, "Nothing was saved: \(error)")
        }
    }

    private func perform(_ request: CaseRequest, ref: String, expectedVersion: Int) throws -> ActionOutcome {
        let version: Int? = expectedVersion
        switch request {
        case let .addDiaryEntry(code, comment):
            return try actions.addDiaryEntry(ref: ref, expectedVersion: version, code: code, comment: comment)
        case let .pause(until, reason, comment):
            return try actions.pause(ref: ref, expectedVersion: version, until: until, reason: reason, comment: comment)
        case .unpause(let comment):
            return try actions.unpause(ref: ref, expectedVersion: version, comment: comment)
        case let .recordPromise(amount, dueOn, comment):
            return try actions.recordPromise(ref: ref, expectedVersion: version, amount: amount, dueOn: dueOn, comment: comment)
        case let .correctAddress(contactId, lines, postcode):
            return try actions.correctAddress(ref: ref, expectedVersion: version, contactId: contactId, lines: lines, postcode: postcode)
        case let .correctPhones(contactId, mobile, home, work):
            return try actions.correctPhones(ref: ref, expectedVersion: version, contactId: contactId, mobile: mobile, home: home, work: work)
        case let .correctEmail(contactId, email):
            return try actions.correctEmail(ref: ref, expectedVersion: version, contactId: contactId, email: email)
        case .createAgreement(let agreement):
            return try actions.createAgreement(ref: ref, expectedVersion: version, agreement)
        case let .cancelAgreement(id, reason):
            return try actions.cancelAgreement(ref: ref, expectedVersion: version, agreementId: id, reason: reason)
        case let .replaceAgreement(id, reason, replacement):
            return try actions.cancelAndReplaceAgreement(ref: ref, expectedVersion: version, agreementId: id, reason: reason,
                                                         replacement: replacement)
        case let .recordNotice(servedOn, terms):
            return try actions.recordNotice(ref: ref, expectedVersion: version, servedOn: servedOn, terms: terms)
        case let .recordCourtDate(date, minutes):
            return try actions.recordCourtDate(ref: ref, expectedVersion: version, date: date, minutes: minutes)
        case .recordCourtOutcome(let outcome):
            return try actions.recordCourtOutcome(ref: ref, expectedVersion: version, outcome)
        case let .recordLegalStep(step, comment):
            return try actions.recordLegalStep(ref: ref, expectedVersion: version, step: step, comment: comment)
        case .recordEvictionDate(let date):
            return try actions.recordEvictionDate(ref: ref, expectedVersion: version, date: date)
        case .startHold(let hold):
            return try actions.startHold(ref: ref, expectedVersion: version, hold)
        case let .endHold(id, endsOn):
            return try actions.endHold(ref: ref, expectedVersion: version, holdId: id, endsOn: endsOn)
        case let .queueMessage(template, contactId, recipient):
            return try actions.queueMessage(ref: ref, expectedVersion: version, template: template, contactId: contactId,
                                            recipient: recipient)
        }
    }
}

/// How a request went, for the App to show.
public struct ActionResult: Equatable, Sendable {
    public enum Outcome: Equatable, Sendable {
        /// Saved. A court outcome with terms leads on to the court agreement.
        case done(followUp: ActionFollowUp?)
        /// A value or the state of the case was refused (naming the form field when there is one), or
        /// the role was.
        case refused(field: String?)
        /// Someone else saved the case since it was opened: nothing was saved.
        case changedElsewhere
        case failed
    }

    public var request: ActionRequest
    public var outcome: Outcome
    public var message: String
    /// What `u` would reverse now.
    public var undoable: String?
    /// The case as saved and its new summary, when the request changed one case: the screens update
    /// that case in place instead of reading every summary again.
    public var saved: SavedCase?

    public init(request: ActionRequest, outcome: Outcome, message: String, undoable: String?, saved: SavedCase? = nil) {
        self.request = request; self.outcome = outcome; self.message = message; self.undoable = undoable; self.saved = saved
    }
}

/// One case as an action saved it, with the summary the action re-classified it to.
public struct SavedCase: Equatable, Sendable {
    public var file: CaseFile
    public var summary: CaseSummary

    public init(file: CaseFile, summary: CaseSummary) { self.file = file; self.summary = summary }
}
