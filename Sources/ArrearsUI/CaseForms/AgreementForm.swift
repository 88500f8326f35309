import ArrearsCore

/// `a` (create) and `r` (cancel and replace): an agreement's terms, with the end date worked out by
/// `AgreementSchedule` as they are typed. A court agreement carries the terms of a court case and
/// starts from the balance on the outcome date; an informal one from the balance now.
struct AgreementForm: FormSpec {
    static let replaces = "Replaces"
    static let reason = "Reason for cancelling"
    static let kind = "Agreement type"
    static let court = "Court case"
    static let pattern = "Pattern"
    static let frequency = "Frequency"
    static let instalment = "Instalment"
    static let start = "Start date"
    static let lumpSum = "Lump sum"
    static let lumpSumDate = "Lump sum date"
    static let notes = "Notes"
    static let plan = "Plan"

    let target: CaseTarget
    let balanceNow: Money
    /// The court case a court agreement would carry, and the balance on its outcome date.
    let courtCase: (id: Int, balance: Money)?
    /// Cancel and replace: the agreement being replaced.
    let replacing: Agreement?

    /// - Parameters:
    ///   - courtCaseId: the court case whose terms were just recorded (the form then starts as a court agreement).
    static func overlay(for file: CaseFile, today: CivilDate, replacing: Agreement? = nil, courtCaseId: Int? = nil) -> FormOverlay {
        let target = CaseTarget(file)
        let terms = courtCaseWithTerms(in: file, id: courtCaseId)
        var kinds = [Choice(id: AgreementKind.informal.rawValue, label: AgreementKind.informal.label)]
        if terms != nil { kinds.append(Choice(id: AgreementKind.formal.rawValue, label: AgreementKind.formal.label)) }
        var fields: [FormField] = []
        if let old = replacing {
            fields += [.info(replaces, "Agreement \(old.id): \(describe(old))"), .text(reason)]
        }
        fields += [
            .choice(kind, kinds, selected: (courtCaseId != nil && terms != nil ? AgreementKind.formal : .informal).rawValue),
            .info(court, terms.map { "\($0.text); starts from \($0.balance.tableText)" } ?? ""),
            .choice(pattern, PaymentPattern.allCases.map { Choice(id: $0.rawValue, label: $0.label) },
                    selected: PaymentPattern.regular.rawValue),
            .choice(frequency, [AgreementFrequency.weekly, .fortnightly, .fourWeekly, .monthly].map { Choice(id: $0.rawValue, label: $0.label) },
                    selected: AgreementFrequency.weekly.rawValue),
            .money(instalment),
            .date(start),
            .money(lumpSum),
            .date(lumpSumDate),
            .comment(notes, required: false, placeholder: "optional"),
            .info(plan),
        ]
        let verb = replacing == nil ? "Create an agreement" : "Replace agreement \(replacing!.id)"
        let form = Form(title: "\(verb) \u{00B7} \(target.subject)", today: today, fields: fields)
        let spec = AgreementForm(target: target, balanceNow: file.balance,
                                 courtCase: terms.map { ($0.id, $0.balance) }, replacing: replacing)
        return FormOverlay(form: form, spec: spec)
    }

    /// The latest court case with terms (or the one named), as the core will choose it.
    private static func courtCaseWithTerms(in file: CaseFile, id: Int?) -> (id: Int, balance: Money, text: String)? {
        guard let court = id.map({ id in file.courtCases.first { $0.id == id } }) ?? file.latestCourtCase,
              court.terms == true else { return nil }
        let on = court.outcomeDate ?? court.hearingDate
        var ledger = Money.zero
        for t in file.transactions where on.map({ t.date <= $0 }) ?? true { ledger += t.amount }
        let balance = court.balanceOnOutcomeDate ?? ledger
        let outcome = court.outcome?.label ?? "outcome not recorded"
        return (court.id, balance, "Court case \(court.id): \(outcome)" + (on.map { ", \($0.shortText)" } ?? ""))
    }

    /// `Informal, £10.00 weekly from 7 Dec 2026 (live)`.
    static func describe(_ a: Agreement) -> String {
        "\(a.kind.label), \(a.instalment.tableText) \(a.frequency.label.lowercased()) from \(a.startDate.shortText) (\(a.state.rawValue))"
    }

    // MARK: Reading the form

    private func chosenKind(_ form: Form) -> AgreementKind { form.choice(Self.kind).flatMap(AgreementKind.init) ?? .informal }
    private func chosenPattern(_ form: Form) -> PaymentPattern { form.choice(Self.pattern).flatMap(PaymentPattern.init) ?? .regular }
    private func chosenFrequency(_ form: Form) -> AgreementFrequency {
        form.choice(Self.frequency).flatMap(AgreementFrequency.init) ?? .weekly
    }

    private func balance(for kind: AgreementKind) -> Money {
        kind == .formal ? courtCase?.balance ?? balanceNow : balanceNow
    }

    func update(_ form: inout Form) {
        let kind = chosenKind(form), pattern = chosenPattern(form)
        form.setHidden(Self.court, kind != .formal)
        form.setHidden(Self.frequency, pattern == .oneOff)
        form.setHidden(Self.lumpSum, pattern != .variable)
        form.setHidden(Self.lumpSumDate, pattern != .variable)
        form[Self.instalment].placeholder = pattern == .oneOff ? "the single payment" : "each payment"
        form[Self.start].placeholder = pattern == .oneOff ? "the payment date" : "the first payment"
        let plan = planText(form, kind: kind, pattern: pattern)
        form.setInfo(Self.plan, plan.text, role: plan.role)
    }

    /// The end date as the terms stand, or what is missing, or why there can be no plan.
    private func planText(_ form: Form, kind: AgreementKind, pattern: PaymentPattern) -> (text: String, role: StyleRole) {
        let owed = balance(for: kind)
        guard let instalment = try? form.money(Self.instalment), let start = try? form.date(Self.start) else {
            return ("Owed \(owed.tableText). Type the instalment and start date to see the end date.", .muted)
        }
        let lump = pattern == .variable ? (try? form.money(Self.lumpSum)) ?? nil : nil
        switch AgreementPlan.plan(pattern: pattern, frequency: chosenFrequency(form), balance: owed, instalment: instalment,
                                      startDate: start, initialPayment: lump) {
        case .success(let schedule): return ("Owed \(owed.tableText): \(schedule.text)", .success)
        case .failure(let refusal): return (refusal.message, .error)
        }
    }

    func request(from form: Form) throws -> ActionRequest {
        let reason = replacing == nil ? "" : try form.requiredText(Self.reason)
        let kind = chosenKind(form), pattern = chosenPattern(form)
        var request = AgreementRequest(kind: kind, courtCaseId: kind == .formal ? courtCase?.id : nil, pattern: pattern,
                                       frequency: chosenFrequency(form), instalment: try form.requiredMoney(Self.instalment),
                                       startDate: try form.requiredDate(Self.start), notes: try form.comment(Self.notes))
        if pattern == .variable {
            request.initialPayment = try form.requiredMoney(Self.lumpSum)
            request.initialPaymentDate = try form.requiredDate(Self.lumpSumDate)
        }
        if case .failure(let refusal) = AgreementPlan.plan(
            pattern: pattern, frequency: request.frequency, balance: balance(for: kind), instalment: request.instalment,
            startDate: request.startDate, initialPayment: request.initialPayment) {
            throw FieldProblem(refusal.field, refusal.message)
        }
        guard let old = replacing else { return target.request(.createAgreement(request)) }
        return target.request(.replaceAgreement(id: old.id, reason: reason, replacement: request))
    }

    func confirmation(of request: ActionRequest) -> String? {
        guard let old = replacing else { return nil }
        return "Cancel agreement \(old.id) on \(target.subject) and replace it? A cancelled agreement cannot be revived."
    }
}
