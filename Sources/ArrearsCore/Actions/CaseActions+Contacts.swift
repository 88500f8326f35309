/// Correcting a responsible contact's correspondence address, phone numbers and email address
/// (issue 11 §8). Each change is checked by `ContactDetailsInput` (Notify's address rules, Notify's
/// UK mobile rule, Notify's email check), saved in one transaction with the version check, written in
/// the diary with the value it replaced (`ContactChangeNote`), and audited without the values.
extension CaseActions {
    /// Sets the contact's correspondence address; all fields empty removes it, so letters go to the
    /// property again. Writes CAC.
    public func correctAddress(ref: String, expectedVersion: Int?, contactId: Int, lines: [String], postcode: String) throws -> ActionOutcome {
        try correctContact(ref: ref, expectedVersion: expectedVersion, contactId: contactId, kind: .address) { contact in
            let address = try ContactDetailsInput.address(lines: lines, postcode: postcode, addressee: contact.fullName).get()
            contact.correspondenceAddress = address
        }
    }

    /// Sets the contact's mobile, home and work numbers (an empty one is removed). Writes CPC.
    public func correctPhones(ref: String, expectedVersion: Int?, contactId: Int, mobile: String, home: String,
                              work: String) throws -> ActionOutcome {
        let phones = try ContactPhones.checked(mobile: mobile, home: home, work: work).get()
        return try correctContact(ref: ref, expectedVersion: expectedVersion, contactId: contactId, kind: .phones) { contact in
            // Numbers beyond the three kinds the form shows are kept, after them.
            let shown = ContactPhones(contact.phones).list
            var extra = contact.phones
            for number in shown { if let i = extra.firstIndex(of: number) { extra.remove(at: i) } }
            contact.phones = phones.list + extra
        }
    }

    /// Sets the contact's email address (the first one; others are kept); empty removes it. Writes CEC.
    public func correctEmail(ref: String, expectedVersion: Int?, contactId: Int, email: String) throws -> ActionOutcome {
        let address = try ContactDetailsInput.email(email).get()
        return try correctContact(ref: ref, expectedVersion: expectedVersion, contactId: contactId, kind: .email) { contact in
            let others = Array(contact.emails.dropFirst())
            contact.emails = (address.isEmpty ? [] : [address]) + others
        }
    }

    /// The shared path: find the responsible contact, apply the change, refuse a change that changes
    /// nothing, and write the diary entry with the old value.
    private func correctContact(ref: String, expectedVersion: Int?, contactId: Int, kind: ContactChangeNote.Kind,
                                _ change: (inout Contact) throws -> Void) throws -> ActionOutcome {
        try perform(.editContactDetails, ref: ref, expectedVersion: expectedVersion,
                    cannotUndoBecause: "correct the \(kind.noun) again; the diary keeps the value it replaced") { file, _ in
            guard let i = file.account.contacts.firstIndex(where: { $0.id == contactId }) else {
                throw ActionRefused(field: "Contact", "There is no contact \(contactId) on \(ref).")
            }
            guard file.account.contacts[i].responsible else {
                throw ActionRefused(field: "Contact", "\(file.account.contacts[i].fullName) is not a responsible contact of \(ref); only their details are kept here.")
            }
            let before = file.account.contacts[i]
            try change(&file.account.contacts[i])
            let after = file.account.contacts[i]
            let was = kind.value(of: before), now = kind.value(of: after)
            guard was != now else {
                throw ActionRefused(field: kind.firstField, "The \(kind.noun) is unchanged; nothing was saved.")
            }
            let note = ContactChangeNote(kind: kind, contactId: contactId, name: after.fullName, now: now, was: was)
            return CaseChange(diary: [.init(code: kind.diaryCode, comment: note.comment)],
                              auditSummary: "Contact \(contactId): \(kind.noun) corrected",
                              before: AuditJSON.encode(AuditedContactDetail(kind: kind, contactId: contactId, values: was)),
                              after: AuditJSON.encode(AuditedContactDetail(kind: kind, contactId: contactId, values: now)),
                              message: "\(kind.noun.prefix(1).uppercased() + kind.noun.dropFirst()) of \(after.fullName) on \(ref) saved")
        }
    }
}

/// A contact change in the audit trail: which contact and field, how many values, never the values
/// (the audit trail holds no addresses or numbers; the case's diary does).
struct AuditedContactDetail: Encodable {
    var contact: Int
    var field: String
    var values: Int
    init(kind: ContactChangeNote.Kind, contactId: Int, values: [String]) {
        contact = contactId; field = kind.rawValue; self.values = values.count
    }
}
