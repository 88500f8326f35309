import ArrearsCore

/// `X`: cancel an active agreement with a reason. It cannot be revived, so the form asks first.
struct CancelAgreementForm: FormSpec {
    static let agreement = "Agreement"
    static let reason = "Reason for cancelling"

    let target: CaseTarget
    let agreements: [Agreement]

    static func overlay(for file: CaseFile, active: [Agreement], today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let choices = active.map { Choice(id: String($0.id), label: "\($0.id): \(AgreementForm.describe($0))") }
        let form = Form(title: "Cancel an agreement \u{00B7} \(target.subject)", today: today, fields: [
            .choice(agreement, choices, selected: choices.last?.id),
            .text(reason),
        ])
        return FormOverlay(form: form, spec: CancelAgreementForm(target: target, agreements: active))
    }

    func request(from form: Form) throws -> ActionRequest {
        guard let id = Int(try form.requiredChoice(Self.agreement)) else {
            throw FieldProblem(Self.agreement, "Choose the agreement to cancel.")
        }
        return target.request(.cancelAgreement(id: id, reason: try form.requiredText(Self.reason)))
    }

    func confirmation(of request: ActionRequest) -> String? {
        guard case .onCase(_, _, .cancelAgreement(let id, _)) = request,
              let agreement = agreements.first(where: { $0.id == id }) else { return nil }
        return "Cancel agreement \(id) (\(AgreementForm.describe(agreement))) on \(target.subject)? A cancelled agreement cannot be revived."
    }
}
