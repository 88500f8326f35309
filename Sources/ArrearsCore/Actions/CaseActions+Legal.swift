/// Notices, court dates and outcomes, and eviction dates: legal facts, recorded as they happened.
/// None can be undone by `u`; a mistake is corrected by a diary entry and a fresh record.
extension CaseActions {
    static let legalFactCannotBeUndone = "it records a legal step that happened; add a diary entry to correct it"

    /// Records the notice the account type needs (NOSP, notice of proceedings, NTQ or letter before
    /// action) served on `servedOn`, with its dates from `terms`.
    public func recordNotice(ref: String, expectedVersion: Int?, servedOn: CivilDate, terms: NoticeTerms) throws -> ActionOutcome {
        guard servedOn <= asOf else {
            throw ActionRefused(field: "Served on", "A notice is recorded once served; \(servedOn.shortText) is after today.")
        }
        guard terms.noticeDays >= 0, terms.validityWeeks >= 0 else {
            throw ActionRefused(field: "Notice period", "The notice period and validity cannot be negative.")
        }
        return try perform(.recordNotice, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: Self.legalFactCannotBeUndone) { file, _ in
            let kind = NoticeRoute.kind(for: file.account.type)
            let notice = Notice(id: nextId(file.notices.map(\.id)), kind: kind, servedOn: servedOn,
                                mayBeginOn: terms.mayBeginOn(servedOn: servedOn), validUntil: terms.validUntil(servedOn: servedOn))
            file.notices.append(notice)
            let code = NoticeRoute.diaryCode(for: file.account)
            return CaseChange(
                diary: [.init(code: code, comment: "\(kind.label) served on \(servedOn.longText). Proceedings may begin on \(notice.mayBeginOn.longText); valid until \(notice.validUntil.longText).")],
                auditSummary: "\(kind.rawValue) notice \(notice.id) recorded, served \(servedOn.isoText)",
                before: nil, after: AuditJSON.encode(AuditedNotice(notice)),
                message: "Recorded \(kind.shortLabel) served on \(servedOn.shortText) for \(ref); proceedings may begin \(notice.mayBeginOn.shortText)")
        }
    }

    /// Sets the hearing date and time (CDS). While the latest court case has no outcome its date is
    /// changed; otherwise a new court case is opened.
    public func recordCourtDate(ref: String, expectedVersion: Int?, date: CivilDate, minutes: Int) throws -> ActionOutcome {
        guard (0..<(24 * 60)).contains(minutes) else {
            throw ActionRefused(field: "Hearing time", "The hearing time must be between 00:00 and 23:59.")
        }
        return try perform(.recordCourtDate, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: Self.legalFactCannotBeUndone) { file, _ in
            var before: CourtCase?
            let court: CourtCase
            if let latest = file.latestCourtCase, latest.outcome == nil, let index = file.courtCases.firstIndex(of: latest) {
                before = latest
                file.courtCases[index].hearingDate = date
                file.courtCases[index].hearingMinutes = minutes
                court = file.courtCases[index]
            } else {
                court = CourtCase(id: nextId(file.courtCases.map(\.id)), hearingDate: date, hearingMinutes: minutes)
                file.courtCases.append(court)
            }
            let time = court.hearingTimeText ?? ""
            let changed = before?.hearingDate.map { " (was \($0.longText))" } ?? ""
            return CaseChange(diary: [.init(code: "CDS", comment: "Court date set for \(date.longText) at \(time)\(changed).")],
                              auditSummary: "Court case \(court.id) hearing set for \(date.isoText) \(time)",
                              before: AuditJSON.encode(before.map(CourtCaseFacts.init)),
                              after: AuditJSON.encode(CourtCaseFacts(court)),
                              message: "Court date \(date.shortText) at \(time) recorded for \(ref)")
        }
    }

    /// Records the outcome of the latest hearing (IC6). Outcomes that can carry terms need the terms
    /// and disrepair answers; terms lead on to a court agreement (`ActionFollowUp.createCourtAgreement`).
    public func recordCourtOutcome(ref: String, expectedVersion: Int?, _ request: CourtOutcomeRequest) throws -> ActionOutcome {
        let outcome = request.outcome
        if outcome.canHaveTerms {
            guard request.terms != nil else {
                throw ActionRefused(field: "Terms", "\(outcome.label): say whether there are terms.")
            }
            guard request.disrepairCounterClaim != nil else {
                throw ActionRefused(field: "Disrepair counter claim", "\(outcome.label): say whether there is a disrepair counter claim.")
            }
        } else if request.terms != nil || request.disrepairCounterClaim != nil {
            throw ActionRefused(field: "Terms", "\(outcome.label) cannot carry terms; leave the terms and disrepair questions unanswered.")
        }
        if let balance = request.balanceOnOutcomeDate, balance.isNegative {
            throw ActionRefused(field: "Balance on outcome date", "The balance on the outcome date cannot be negative.")
        }
        return try perform(.recordCourtOutcome, ref: ref, expectedVersion: expectedVersion,
                           cannotUndoBecause: Self.legalFactCannotBeUndone) { file, _ in
            guard let latest = file.latestCourtCase, let index = file.courtCases.firstIndex(of: latest),
                  let hearing = latest.hearingDate else {
                throw ActionRefused(field: "Court case", "There is no court hearing on \(ref); record the court date first.")
            }
            let outcomeDate = request.outcomeDate ?? hearing
            guard outcomeDate >= hearing, outcomeDate <= asOf else {
                throw ActionRefused(field: "Outcome date", "The outcome date must be between the hearing (\(hearing.shortText)) and today.")
            }
            if let strikeOut = request.strikeOutDate, strikeOut < outcomeDate {
                throw ActionRefused(field: "Strike out date", "The strike out date cannot be before the outcome date (\(outcomeDate.shortText)).")
            }
            file.courtCases[index].outcome = outcome
            file.courtCases[index].outcomeDate = outcomeDate
            file.courtCases[index].balanceOnOutcomeDate = request.balanceOnOutcomeDate ?? file.transactions.balance(asOf: outcomeDate)
            file.courtCases[index].strikeOutDate = request.strikeOutDate
            file.courtCases[index].terms = request.terms
            file.courtCases[index].disrepairCounterClaim = request.disrepairCounterClaim
            let court = file.courtCases[index]
            let changed = latest.outcome.map { " (was \($0.label))" } ?? ""
            var detail = ""
            if let terms = request.terms, let disrepair = request.disrepairCounterClaim {
                detail = " Terms: \(terms ? "yes" : "no"). Disrepair counter claim: \(disrepair ? "yes" : "no")."
            }
            let next = request.terms == true ? "; there are terms: create the court agreement next" : ""
            return CaseChange(diary: [.init(code: "IC6", comment: "Court outcome added: \(outcome.label)\(changed).\(detail)")],
                              auditSummary: "Court case \(court.id) outcome \(outcome.rawValue)",
                              before: AuditJSON.encode(CourtCaseFacts(latest)), after: AuditJSON.encode(CourtCaseFacts(court)),
                              message: "Recorded court outcome \(outcome.rawValue) for \(ref)\(next)",
                              followUp: request.terms == true ? .createCourtAgreement(courtCaseId: court.id) : nil)
        }
    }

    /// Records an eviction date (EDS).
    public func recordEvictionDate(ref: String, expectedVersion: Int?, date: CivilDate) throws -> ActionOutcome {
        try perform(.recordEvictionDate, ref: ref, expectedVersion: expectedVersion,
                    cannotUndoBecause: Self.legalFactCannotBeUndone) { file, _ in
            if file.evictions.contains(where: { $0.date == date }) {
                throw ActionRefused(field: "Eviction date", "An eviction on \(date.shortText) is already recorded on \(ref).")
            }
            let eviction = Eviction(id: nextId(file.evictions.map(\.id)), date: date)
            file.evictions.append(eviction)
            return CaseChange(diary: [.init(code: "EDS", comment: "Eviction date set to \(date.longText).")],
                              auditSummary: "Eviction \(eviction.id) set for \(date.isoText)",
                              before: nil, after: AuditJSON.encode(EvictionFacts(eviction)),
                              message: "Eviction date \(date.shortText) recorded for \(ref)")
        }
    }
}
