import ArrearsCore

/// `c`: a hearing date and time. While the latest court case has no outcome its hearing moves;
/// otherwise a new court case starts.
struct CourtDateForm: FormSpec {
    static let now = "Now"
    static let date = "Hearing date"
    static let time = "Hearing time"

    let target: CaseTarget

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        var fields: [FormField] = [.date(date, placeholder: "24/12/2026 or +3w"), .time(time, placeholder: "10:30 or 2pm")]
        if let latest = file.latestCourtCase, latest.outcome == nil, let hearing = latest.hearingDate {
            let at = latest.hearingTimeText.map { " at \($0)" } ?? ""
            fields.insert(.info(now, "Court case \(latest.id) is set for \(hearing.shortText)\(at); this moves it.", role: .warning), at: 0)
        }
        let form = Form(title: "Record a court date \u{00B7} \(target.subject)", today: today, fields: fields)
        return FormOverlay(form: form, spec: CourtDateForm(target: target))
    }

    func request(from form: Form) throws -> ActionRequest {
        target.request(.recordCourtDate(try form.requiredDate(Self.date), minutes: try form.time(Self.time)))
    }
}

/// `C`: the outcome of the latest hearing: one of the 11 outcomes; the terms and disrepair questions
/// only for the seven that can carry terms; terms lead on to the court agreement.
struct CourtOutcomeForm: FormSpec {
    static let hearing = "Hearing"
    static let outcome = "Outcome"
    static let outcomeDate = "Outcome date"
    static let balance = "Balance on that day"
    static let strikeOut = "Strike out date"
    static let terms = "Terms"
    static let disrepair = "Disrepair claim"
    static let next = "Next"

    let target: CaseTarget

    static func overlay(for file: CaseFile, court: CourtCase, hearing: CivilDate, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let time = court.hearingTimeText.map { " at \($0)" } ?? ""
        let replaces = court.outcome.map { "; replaces the outcome \($0.label.lowercased())" } ?? ""
        let heardText = "Court case \(court.id), heard \(hearing.shortText)\(time)\(replaces)"
        var balanceField = FormField.money(balance, required: false, placeholder: "blank: the ledger's balance that day")
        balanceField.otherNames = ["Balance on outcome date"]
        var disrepairField = FormField.yesNo(disrepair)
        disrepairField.otherNames = ["Disrepair counter claim"]
        let form = Form(title: "Record a court outcome \u{00B7} \(target.subject)", today: today, fields: [
            .info(Self.hearing, heardText),
            .choice(outcome, choices),
            .date(outcomeDate, required: false, placeholder: "blank: the hearing date"),
            balanceField,
            .date(strikeOut, required: false, placeholder: "blank: none"),
            .yesNo(terms),
            disrepairField,
            .info(next),
        ])
        return FormOverlay(form: form, spec: CourtOutcomeForm(target: target))
    }

    /// The outcomes in three groups, each with its code.
    static var choices: [Choice] {
        CourtOutcome.allCases.map { o in
            let group = o.canHaveTerms ? (o.rawValue.hasPrefix("A") ? "Adjourned" : "Orders on terms")
                : o.isOutrightPossession ? "Possession" : "Ended"
            return Choice(id: o.rawValue, label: "\(o.rawValue) \(o.label)", group: group)
        }
    }

    private func chosen(_ form: Form) -> CourtOutcome? { form.choice(Self.outcome).flatMap(CourtOutcome.init) }

    func update(_ form: inout Form) {
        let canHaveTerms = chosen(form)?.canHaveTerms ?? false
        form.setHidden(Self.terms, !canHaveTerms)
        form.setHidden(Self.disrepair, !canHaveTerms)
        let withTerms = canHaveTerms && (try? form.yesNo(Self.terms)) == true
        form.setHidden(Self.next, !withTerms)
        form.setInfo(Self.next, "With terms, the court agreement's form follows.", role: .muted)
    }

    func request(from form: Form) throws -> ActionRequest {
        guard let outcome = chosen(form) else { throw FieldProblem(Self.outcome, "Choose the court's outcome from the list.") }
        var request = CourtOutcomeRequest(outcome: outcome, outcomeDate: try form.date(Self.outcomeDate),
                                          balanceOnOutcomeDate: try form.money(Self.balance),
                                          strikeOutDate: try form.date(Self.strikeOut))
        if outcome.canHaveTerms {
            request.terms = try form.yesNo(Self.terms)
            request.disrepairCounterClaim = try form.yesNo(Self.disrepair)
        }
        return target.request(.recordCourtOutcome(request))
    }
}

/// `E`: an eviction date. It is the day the tenant loses their home, so the form asks before recording it.
struct EvictionForm: FormSpec {
    static let recorded = "Recorded"
    static let date = "Eviction date"

    let target: CaseTarget

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        var fields: [FormField] = [.date(date, placeholder: "the date the court set")]
        if !file.evictions.isEmpty {
            let dates = file.evictions.sorted { $0.date < $1.date }.map(\.date.shortText).joined(separator: ", ")
            fields.insert(.info(recorded, dates, role: .warning), at: 0)
        }
        let form = Form(title: "Record an eviction date \u{00B7} \(target.subject)", today: today, fields: fields)
        return FormOverlay(form: form, spec: EvictionForm(target: target))
    }

    func request(from form: Form) throws -> ActionRequest {
        target.request(.recordEvictionDate(try form.requiredDate(Self.date)))
    }

    func confirmation(of request: ActionRequest) -> String? {
        guard case .onCase(_, _, .recordEvictionDate(let date)) = request else { return nil }
        return "Record an eviction on \(FormField.weekdays[date.isoWeekday - 1]) \(date.longText) for \(target.subject)?"
    }
}
