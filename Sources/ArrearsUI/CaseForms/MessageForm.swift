import ArrearsCore

/// `m`: a text message or email to one tenant through GOV.UK Notify (Hackney's "Send SMS"). The
/// officer picks a number or address the core judged usable (landlines and bad addresses are listed
/// as refused, with Notify's reason), a template from the Notify settings or another template id, and
/// the wording (the first template's, to change as needed); the form shows the message as the tenant will read it and, for a text message, its
/// characters and fragments as they are typed, refuses more than 918, and says when it will wait
/// for the SMS hours. The core queues it with its diary entry (`CaseActions.queueMessage`).
struct MessageForm: FormSpec {
    static let to = "To"
    static let refused = "Refused"
    static let template = "Template"
    static let templateId = "Template id"
    static let message = "Message"
    static let reads = "Reads"
    static let length = "Length"
    /// The template choice that reveals the template id field.
    static let otherTemplate = "other"

    let target: CaseTarget
    let file: CaseFile
    let arrears: Money
    let recipients: [MessageRecipient]
    let templates: [MessageTemplate]
    let smsHours: SMSHours
    let now: Timestamp

    static func overlay(for file: CaseFile, arrears: Money, templates: [MessageTemplate], smsHours: SMSHours,
                        now: Timestamp, today: CivilDate) -> FormOverlay {
        let target = CaseTarget(file)
        let all = MessageRecipient.all(in: file)
        let usable = all.filter { $0.refusal == nil }
        let refusals = all.filter { $0.refusal != nil }.map { "\($0.given) (\($0.contact.displayName)) \($0.refusal ?? "")" }
        var fields: [FormField] = [
            .choice(to, usable.enumerated().map { i, r in
                Choice(id: "\(i)", label: "\(r.channel == .email ? "Email" : "SMS") \(r.given) \u{00B7} \(r.contact.displayName)")
            }, selected: usable.isEmpty ? nil : "0"),
        ]
        if !refusals.isEmpty { fields.append(.info(refused, refusals.joined(separator: "; "), role: .muted)) }
        fields += templateFields(templates) + [.info(reads), .info(length)]
        let form = Form(title: "Send a text message or email \u{00B7} \(target.subject)", today: today, fields: fields)
        return FormOverlay(form: form, spec: MessageForm(target: target, file: file, arrears: arrears, recipients: usable,
                                                         templates: templates, smsHours: smsHours, now: now))
    }

    /// The template (from the settings, or another id typed) and its wording, first the settings' first
    /// template's: the campaign form asks the same way.
    static func templateFields(_ templates: [MessageTemplate]) -> [FormField] {
        let choices = templates.map { Choice(id: $0.id, label: "\($0.channel == .email ? "Email" : "SMS") \($0.id.prefix(8))…") }
            + [Choice(id: otherTemplate, label: "Another template id")]
        return [
            .choice(template, choices, selected: choices[0].id),
            .text(templateId, placeholder: "the GOV.UK Notify template's id (a UUID)"),
            FormField(message, .comment(CommentEditor(templates.first?.text ?? "", limit: FreeText.maximumLength)),
                      placeholder: "the template's wording; fields: " + MessageTemplate.fields.map { "((\($0)))" }.joined(separator: " ")),
        ]
    }

    /// The template id field shows only for another template id.
    static func showTemplateId(_ form: inout Form) {
        form.setHidden(templateId, form.choice(template) != otherTemplate)
    }

    /// The template the fields make for `channel`, or the first problem, naming its field.
    static func template(from form: Form, _ templates: [MessageTemplate], channel: OutboxMessage.Channel) throws -> MessageTemplate {
        let chosen = form.choice(template)
        if let known = templates.first(where: { $0.id == chosen }), known.channel != channel {
            throw FieldProblem(template, "That is \(known.channel == .email ? "an email" : "a text message") template; the message is \(channel == .email ? "an email" : "a text message").")
        }
        let id = chosen == otherTemplate ? try form.requiredText(templateId) : try form.requiredChoice(template)
        do { return try MessageTemplate(channel: channel, id: id, text: form.text(message)) } catch {
            throw FieldProblem(error.description.hasPrefix("template id") ? (chosen == otherTemplate ? templateId : template) : message,
                               error.description)
        }
    }

    func recipient(in form: Form) -> MessageRecipient? {
        form.choice(Self.to).flatMap(Int.init).flatMap { recipients.indices.contains($0) ? recipients[$0] : nil }
    }

    /// The wording filled in for the chosen tenant.
    func body(_ form: Form) -> String {
        guard let contact = recipient(in: form)?.contact ?? file.account.responsibleContacts.first else { return form.text(Self.message) }
        return MessageTemplate.render(form.text(Self.message), MessageTemplate.values(for: file, contact: contact, arrears: arrears))
    }

    func update(_ form: inout Form) {
        Self.showTemplateId(&form)
        let body = body(form)
        form.setInfo(Self.reads, body.isEmpty ? "the message as the tenant will read it" : body, role: body.isEmpty ? .muted : .overlay)
        let (text, role) = Self.lengthLine(body, channel: recipient(in: form)?.channel ?? .sms, hours: smsHours, now: now)
        form.setInfo(Self.length, text, role: role)
    }

    /// `143 characters, 1 fragment (GSM-7)`, refused over 918, and whether it waits for the SMS hours.
    static func lengthLine(_ body: String, channel: OutboxMessage.Channel, hours: SMSHours, now: Timestamp) -> (String, StyleRole) {
        guard channel == .sms else { return ("An email: no length limit; it goes on the next send.", .muted) }
        let measured = SMSLength(body)
        if measured.characters > SMSLength.characterLimit {
            return ("\(measured.text): refused, GOV.UK Notify takes at most \(SMSLength.characterLimit) characters", .error)
        }
        let waits = hours.contains(now) ? ""
            : "; outside the SMS hours (\(hours) London time) it will wait until \(FormField.clockText(minutes: hours.start))"
        return (measured.text + waits, .overlay)
    }

    func request(from form: Form) throws -> ActionRequest {
        guard let recipient = recipient(in: form) else { throw FieldProblem(Self.to, "Choose a number or address from the list.") }
        let template = try Self.template(from: form, templates, channel: recipient.channel)
        if recipient.channel == .sms, let problem = SMSLength(body(form)).problem { throw FieldProblem(Self.message, problem) }
        return target.request(.queueMessage(template: template, contactId: recipient.contact.id, recipient: recipient.given))
    }

    func confirmation(of request: ActionRequest) -> String? {
        guard case .onCase(_, _, .queueMessage(let template, let contactId, let given)) = request else { return nil }
        let name = file.account.contacts.first { $0.id == contactId }?.displayName ?? ""
        return "Queue this \(template.channel == .email ? "email" : "text message") to \(given) (\(name)) for GOV.UK Notify?"
    }
}
