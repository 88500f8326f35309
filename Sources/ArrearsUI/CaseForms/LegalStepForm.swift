import ArrearsCore

/// `s`: record a court application (PCL) or a referral for debt recovery (DRF) or legal action (LRL),
/// made outside the workbench. Offers the steps of this account's route, starting on the recommended one.
struct LegalStepForm: FormSpec {
    static let step = "Step"
    static let comment = "Comment"

    let target: CaseTarget

    static func overlay(for file: CaseFile, recommended: String?, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let steps = CaseActions.legalSteps(for: file.account)
        let choices = steps.map { step in
            Choice(id: step.id, label: "\(step.label) (\(step.diaryCode(for: file.account.type) ?? ""))")
        }
        let selected = steps.first { $0.id == recommended }?.id ?? steps.first?.id
        let form = Form(title: "Record a legal step \u{00B7} \(target.subject)", today: today, fields: [
            .choice(step, choices, selected: selected),
            .comment(comment, placeholder: "the court's claim number or the solicitor's reference, and what was sent"),
        ])
        return FormOverlay(form: form, spec: LegalStepForm(target: target))
    }

    func request(from form: Form) throws -> ActionRequest {
        guard let step = RecommendedAction(rawValue: try form.requiredChoice(Self.step)) else {
            throw FieldProblem(Self.step, "Choose a step from the list.")
        }
        return target.request(.recordLegalStep(step, comment: try form.comment(Self.comment)))
    }
}
