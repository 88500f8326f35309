import ArrearsCore

/// What the three contact-detail forms share: which responsible contact they edit (a choice when the
/// case has joint tenants, the fields refilled with that contact's details when it changes), and the
/// "Check" line that shows the core's verdict as the officer types.
enum ContactFormFields {
    static let contact = "Contact"
    static let check = "Check"
    /// Hidden: the contact whose details the fields were filled with.
    static let filledFor = "Filled for"

    /// The fields of a form for the case's responsible contacts, filled with the first one's details.
    static func fields(for contacts: [Contact], details: [(label: String, placeholder: String)],
                       values: (Contact) -> [String]) -> [FormField] {
        guard let first = contacts.first else { return [] }
        var fields: [FormField] = []
        if contacts.count > 1 {
            fields.append(.choice(contact, contacts.map { Choice(id: String($0.id), label: $0.fullName) }, selected: String(first.id)))
        }
        var hidden = FormField.info(filledFor, String(first.id))
        hidden.isHidden = true
        fields.append(hidden)
        for (detail, value) in zip(details, values(first) + Array(repeating: "", count: max(0, details.count - values(first).count))) {
            fields.append(FormField(detail.label, .text(TextInput(value)), required: false, placeholder: detail.placeholder))
        }
        fields.append(.info(check))
        return fields
    }

    /// The contact the form edits.
    static func contact(in form: Form, of contacts: [Contact]) -> Contact? {
        let id = (form.index(of: contact) != nil ? form.choice(contact) : nil).flatMap(Int.init) ?? Int(filledForId(form) ?? "")
        return contacts.first { $0.id == id }
    }

    private static func filledForId(_ form: Form) -> String? {
        if case .info(let text, _) = form[filledFor].kind { return text }
        return nil
    }

    /// After an edit: when another contact was chosen, the fields take that contact's details.
    static func refill(_ form: inout Form, contacts: [Contact], labels: [String], values: (Contact) -> [String]) {
        guard form.index(of: contact) != nil, let chosen = contact(in: form, of: contacts), filledForId(form) != String(chosen.id) else { return }
        let current = values(chosen)
        for (i, label) in labels.enumerated() {
            form[label].kind = .text(TextInput(i < current.count ? current[i] : ""))
        }
        form.setInfo(filledFor, String(chosen.id))
    }

    /// The "Check" line: the core's verdict on the values as typed.
    static func showVerdict(_ form: inout Form, _ verdict: Result<String, ActionRefused>) {
        switch verdict {
        case .success(let text): form.setInfo(check, text, role: .success)
        case .failure(let refused): form.setInfo(check, (refused.field.map { "\($0): " } ?? "") + refused.message, role: .error)
        }
    }

    /// The value the core accepts, or its refusal as the form's problem, naming the field.
    static func accepted<T>(_ result: Result<T, ActionRefused>) throws -> T {
        switch result {
        case .success(let value): return value
        case .failure(let refused): throw FieldProblem(refused.field, refused.message)
        }
    }

    /// The form's contact, or the refusal when the case has none.
    static func requiredContact(in form: Form, of contacts: [Contact]) throws -> Contact {
        guard let chosen = contact(in: form, of: contacts) else { throw FieldProblem(contact, "Choose the contact to correct.") }
        return chosen
    }
}
