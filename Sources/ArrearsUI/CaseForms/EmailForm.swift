import ArrearsCore

/// `@`: correct a responsible contact's email address, checked as it is typed by GOV.UK Notify's
/// email rule. Empty removes it.
struct EmailForm: FormSpec {
    static let label = ContactDetailsInput.emailField

    let target: CaseTarget
    let contacts: [Contact]

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let contacts = file.account.responsibleContacts
        let form = Form(title: "Email address \u{00B7} \(CaseTarget(file).subject)", today: today,
                        fields: ContactFormFields.fields(for: contacts, details: [(label, "such as name@example.org; empty removes it")],
                                                         values: formValues))
        return FormOverlay(form: form, spec: EmailForm(target: CaseTarget(file), contacts: contacts))
    }

    static func formValues(_ contact: Contact) -> [String] { Array(contact.emails.prefix(1)) }

    func update(_ form: inout Form) {
        ContactFormFields.refill(&form, contacts: contacts, labels: [Self.label], values: Self.formValues)
        ContactFormFields.showVerdict(&form, ContactDetailsInput.email(form.text(Self.label)).map { email in
            email.isEmpty ? "No email address: emails cannot be sent." : "GOV.UK Notify will accept this address."
        })
    }

    func request(from form: Form) throws -> ActionRequest {
        let contact = try ContactFormFields.requiredContact(in: form, of: contacts)
        _ = try ContactFormFields.accepted(ContactDetailsInput.email(form.text(Self.label)))
        return target.request(.correctEmail(contactId: contact.id, email: form.text(Self.label)))
    }
}
