import ArrearsCore

/// `$`: record a tenant's promise to pay an amount by a date. The case is paused (promise of payment)
/// until the day after; the nightly run then reads the ledger and records the promise kept or broken.
struct PromiseForm: FormSpec {
    static let amount = "Amount"
    static let payBy = "Pay by"
    static let comment = "Comment"

    let target: CaseTarget

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        var fields: [FormField] = [
            .info("Balance", file.balance.tableText),
            .money(amount, placeholder: "what the tenant will pay, such as 50.00"),
            .date(payBy, placeholder: "the last day: 24/12/2026, +1w or +3d"),
            .comment(comment, required: false, placeholder: "optional: how and where they will pay"),
        ]
        if let open = file.promises.last(where: \.isOpen) {
            fields.insert(.info("Open", "A promise of \(open.shortText) is open; this replaces it.", role: .warning), at: 1)
        }
        let form = Form(title: "Promise to pay \u{00B7} \(target.subject)", today: today, fields: fields)
        return FormOverlay(form: form, spec: PromiseForm(target: target))
    }

    func request(from form: Form) throws -> ActionRequest {
        target.request(.recordPromise(amount: try form.requiredMoney(Self.amount), dueOn: try form.requiredDate(Self.payBy),
                                      comment: try form.comment(Self.comment)))
    }
}
