import ArrearsCore

/// `M` on the team lead view: what a rent campaign sends and to whom, as `arrears notify campaign`
/// takes it (patches, account types, bands, arrears from and up to; a template from the Notify
/// settings or another template id; the wording). Enter opens the campaign screen, which previews it.
struct CampaignForm: FormOpener {
    static let name = "Campaign name"
    static let patches = "Patches"
    static let types = "Account types"
    static let bands = "Bands"
    static let minimum = "Arrears from"
    static let maximum = "Arrears up to"
    static let channel = "Send as"

    let templates: [MessageTemplate]

    /// The form over the team lead view, after the core's check that this user may run campaigns.
    static func ask(session: Session) -> Outcome {
        guard let data = session.messages else { return .message(Session.noMessages, .warning) }
        if let denied = session.accessError(.sendCampaign, account: nil) { return .message("\(denied)", .error) }
        let templates: [MessageTemplate]
        do { templates = try data.messageSettings().templates } catch {
            return .message("Could not read the GOV.UK Notify settings: \(error)", .error)
        }
        let form = Form(title: "Rent campaign", today: session.asOf, fields: [
            .text(name, placeholder: "a-z, 0-9 and _, as rent_dec: part of each message's reference"),
            .text(patches, required: false, placeholder: "every patch, or E1, E2"),
            .text(types, required: false, placeholder: "every type, or SEC, INT"),
            .text(bands, required: false, placeholder: "every band, or red, amber"),
            .money(minimum, required: false, placeholder: "no lower limit"),
            .money(maximum, required: false, placeholder: "no upper limit"),
            .choice(channel, [Choice(id: "sms", label: "Text message"), Choice(id: "email", label: "Email")], selected: "sms"),
        ] + MessageForm.templateFields(templates))
        return .overlay(FormOverlay(form: form, spec: CampaignForm(templates: templates)))
    }

    func update(_ form: inout Form) { MessageForm.showTemplateId(&form) }

    /// The campaign the values make, or the first problem, naming its field.
    func campaign(from form: Form) throws -> MessageCampaign {
        func checked<T>(_ field: String, _ make: () throws(MessageTemplate.Problem) -> T) throws -> T {
            do { return try make() } catch { throw FieldProblem(field, error.description) }
        }
        var filter = CampaignFilter()
        filter.patches = Set(CampaignFilter.list(form.text(Self.patches)))
        filter.accountTypes = try checked(Self.types) { () throws(MessageTemplate.Problem) in try CampaignFilter.accountTypes(CampaignFilter.list(form.text(Self.types))) }
        filter.bands = try checked(Self.bands) { () throws(MessageTemplate.Problem) in try CampaignFilter.bands(CampaignFilter.list(form.text(Self.bands))) }
        filter.minimumArrears = try form.money(Self.minimum)
        filter.maximumArrears = try form.money(Self.maximum)
        let channel: OutboxMessage.Channel = form.choice(Self.channel) == "email" ? .email : .sms
        let template = try MessageForm.template(from: form, templates, channel: channel)
        return try checked(Self.name) { () throws(MessageTemplate.Problem) in
            try MessageCampaign(name: form.text(Self.name).trimmingCharacters(in: .whitespaces), template: template, filter: filter)
        }
    }

    func open(from form: Form, session: Session) throws -> Outcome {
        CampaignScreen.open(try campaign(from: form), session: session)
    }
}
