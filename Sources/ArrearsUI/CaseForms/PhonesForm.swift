import ArrearsCore

/// `N`: correct a responsible contact's mobile, home and work numbers. The mobile is checked as it is
/// typed by GOV.UK Notify's UK mobile rule (texts go only to it); home and work take any UK or
/// international number. An empty field removes that number.
struct PhonesForm: FormSpec {
    static let labels = [ContactDetailsInput.mobileField, ContactDetailsInput.homeField, ContactDetailsInput.workField]

    let target: CaseTarget
    let contacts: [Contact]

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let contacts = file.account.responsibleContacts
        let details = [(label: ContactDetailsInput.mobileField, placeholder: "a UK mobile, such as 07700 900123"),
                       (label: ContactDetailsInput.homeField, placeholder: "such as 020 7946 0123"),
                       (label: ContactDetailsInput.workField, placeholder: "optional")]
        let form = Form(title: "Phone numbers \u{00B7} \(CaseTarget(file).subject)", today: today,
                        fields: ContactFormFields.fields(for: contacts, details: details, values: formValues))
        return FormOverlay(form: form, spec: PhonesForm(target: CaseTarget(file), contacts: contacts))
    }

    static func formValues(_ contact: Contact) -> [String] {
        let phones = ContactPhones(contact.phones)
        return [phones.mobile, phones.home, phones.work]
    }

    func update(_ form: inout Form) {
        ContactFormFields.refill(&form, contacts: contacts, labels: Self.labels, values: Self.formValues)
        ContactFormFields.showVerdict(&form, checked(form).map { phones in
            phones.mobile.isEmpty ? "No mobile: texts cannot be sent." : "Texts go to \(phones.mobile)."
        })
    }

    private func checked(_ form: Form) -> Result<ContactPhones, ActionRefused> {
        ContactPhones.checked(mobile: form.text(Self.labels[0]), home: form.text(Self.labels[1]), work: form.text(Self.labels[2]))
    }

    func request(from form: Form) throws -> ActionRequest {
        let contact = try ContactFormFields.requiredContact(in: form, of: contacts)
        _ = try ContactFormFields.accepted(checked(form))
        return target.request(.correctPhones(contactId: contact.id, mobile: form.text(Self.labels[0]),
                                             home: form.text(Self.labels[1]), work: form.text(Self.labels[2])))
    }
}
