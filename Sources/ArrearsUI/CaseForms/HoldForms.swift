import ArrearsCore

/// `h`: start a hold. Breathing space needs the Insolvency Service's reference and protects the debt
/// at its start; a benefit claim may give its claim number; vulnerability and dispute need a note.
struct StartHoldForm: FormSpec {
    static let hold = "Hold"
    static let start = "Start date"
    static let reference = "Reference"
    static let debt = "Debt at start"
    static let note = "Note"

    let target: CaseTarget

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let kinds = HoldKind.allCases.map { Choice(id: $0.rawValue, label: $0.label) }
        var fields: [FormField] = [
            .choice(hold, kinds),
            .date(start, required: false, placeholder: "blank: today"),
            .text(reference),
            .money(debt, required: false, placeholder: "blank: the balance on the start date"),
            .comment(note),
        ]
        let active = file.holds.filter { $0.isActive(asOf: today) }
        if !active.isEmpty {
            fields.insert(.info("Active", active.map { "\($0.kind.label) from \($0.start.shortText)" }.joined(separator: "; "),
                                role: .hold), at: 0)
        }
        let form = Form(title: "Start a hold \u{00B7} \(target.subject)", today: today, fields: fields)
        return FormOverlay(form: form, spec: StartHoldForm(target: target))
    }

    private func chosen(_ form: Form) -> HoldKind? { form.choice(Self.hold).flatMap(HoldKind.init) }

    func update(_ form: inout Form) {
        let kind = chosen(form)
        let breathingSpace = kind?.isBreathingSpace ?? false
        form.setHidden(Self.reference, !(breathingSpace || kind == .benefitClaimPending))
        form[Self.reference].isRequired = breathingSpace
        form[Self.reference].placeholder = breathingSpace ? "the Insolvency Service's reference" : "the claim number, if known"
        form.setHidden(Self.debt, !breathingSpace)
        let needsNote = kind == .vulnerability || kind == .dispute
        form[Self.note].isRequired = needsNote
        form[Self.note].placeholder = needsNote ? "what the \(kind!.label.lowercased()) is" : "optional"
    }

    func request(from form: Form) throws -> ActionRequest {
        guard let kind = chosen(form) else { throw FieldProblem(Self.hold, "Choose the kind of hold from the list.") }
        let reference = form[Self.reference].isHidden ? ""
            : form[Self.reference].isRequired ? try form.requiredText(Self.reference) : form.text(Self.reference)
        let request = HoldRequest(kind: kind, start: try form.date(Self.start) ?? form.today, reference: reference,
                                  note: try form.comment(Self.note),
                                  debtAtStart: kind.isBreathingSpace ? try form.money(Self.debt) : nil)
        return target.request(.startHold(request))
    }
}

/// `H`: end a hold; it no longer applies from the date given.
struct EndHoldForm: FormSpec {
    static let hold = "Hold"
    static let endsOn = "Ends on"

    let target: CaseTarget

    static func overlay(for file: CaseFile, active: [Hold], today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let choices = active.map { h in
            Choice(id: String(h.id), label: "\(h.kind.label) from \(h.start.shortText)" + (h.end.map { " to \($0.shortText)" } ?? ""))
        }
        let form = Form(title: "End a hold \u{00B7} \(target.subject)", today: today, fields: [
            .choice(hold, choices, selected: choices.count == 1 ? choices[0].id : nil),
            .date(endsOn, required: false, placeholder: "blank: today, the first day it no longer applies"),
        ])
        return FormOverlay(form: form, spec: EndHoldForm(target: target))
    }

    func request(from form: Form) throws -> ActionRequest {
        guard let id = Int(try form.requiredChoice(Self.hold)) else { throw FieldProblem(Self.hold, "Choose the hold to end.") }
        return target.request(.endHold(id: id, endsOn: try form.date(Self.endsOn) ?? form.today))
    }
}
