import ArrearsCore

/// `A`: correct a responsible contact's correspondence address. Checked as it is typed against GOV.UK
/// Notify's address rules with the addressee's name first, as the letter prints it; the "Check" line
/// names the line that breaks a rule. Every line left empty: letters go to the property again.
struct AddressForm: FormSpec {
    static let printsAs = "Prints as"
    static var labels: [String] { ContactDetailsInput.addressLineFields + [ContactDetailsInput.postcodeField] }

    let target: CaseTarget
    let contacts: [Contact]
    let property: Property

    static func overlay(for file: CaseFile, today: CivilDate) -> FormOverlay {
        let contacts = file.account.responsibleContacts
        var details = ContactDetailsInput.addressLineFields.map { (label: $0, placeholder: "") }
        details[0].placeholder = "all empty: letters go to the property"
        details.append((ContactDetailsInput.postcodeField, "E8 1HY, or the country for an address abroad"))
        var fields = ContactFormFields.fields(for: contacts, details: details, values: formValues)
        fields.append(.info(printsAs))
        let form = Form(title: "Correspondence address \u{00B7} \(CaseTarget(file).subject)", today: today, fields: fields)
        return FormOverlay(form: form, spec: AddressForm(target: CaseTarget(file), contacts: contacts, property: file.account.property))
    }

    /// The stored lines spread over the form: the last in Postcode, the others in Line 1–5 (more
    /// than five joined into Line 5, so nothing on file is lost from view).
    static func formValues(_ contact: Contact) -> [String] {
        guard let stored = contact.correspondenceAddress, let last = stored.last else { return [] }
        var lines = Array(stored.dropLast())
        let count = ContactDetailsInput.addressLineFields.count
        if lines.count > count { lines = Array(lines.prefix(count - 1)) + [lines.dropFirst(count - 1).joined(separator: ", ")] }
        return lines + Array(repeating: "", count: count - lines.count) + [last]
    }

    func update(_ form: inout Form) {
        ContactFormFields.refill(&form, contacts: contacts, labels: Self.labels, values: Self.formValues)
        guard let contact = ContactFormFields.contact(in: form, of: contacts) else { return }
        let verdict = checked(form, contact)
        ContactFormFields.showVerdict(&form, verdict.map { lines in
            lines == nil ? "No correspondence address: letters go to the property." : "GOV.UK Notify will accept this address."
        })
        let printed: String
        switch verdict {
        case .success(let lines?): printed = NotifyAddress.check([contact.fullName] + lines).normalisedLines.joined(separator: " / ")
        case .success(nil): printed = ([contact.fullName] + property.fullLines).joined(separator: " / ")
        case .failure: printed = ""
        }
        form.setInfo(Self.printsAs, printed, role: .muted)
        form.setHidden(Self.printsAs, printed.isEmpty)
    }

    private func checked(_ form: Form, _ contact: Contact) -> Result<[String]?, ActionRefused> {
        ContactDetailsInput.address(lines: ContactDetailsInput.addressLineFields.map(form.text),
                                    postcode: form.text(ContactDetailsInput.postcodeField), addressee: contact.fullName)
    }

    func request(from form: Form) throws -> ActionRequest {
        let contact = try ContactFormFields.requiredContact(in: form, of: contacts)
        _ = try ContactFormFields.accepted(checked(form, contact))
        return target.request(.correctAddress(contactId: contact.id, lines: ContactDetailsInput.addressLineFields.map(form.text),
                                              postcode: form.text(ContactDetailsInput.postcodeField)))
    }
}
