import ArrearsCore

/// `e` on the automation settings: one cell's daily cap and start date, and whether it is on. The core
/// validates the cap (1 to 5,000) and the patch; the form reads the number and the date.
struct AutomationSettingForm: FormSpec {
    static let automated = "Automated"
    static let cap = "Daily cap"
    static let start = "Starts on"

    let key: AutomationSettings.Key

    static func overlay(key: AutomationSettings.Key, current: AutomationSetting?, today: CivilDate) -> FormOverlay {
        let on = current?.enabled ?? true
        let form = Form(title: "Automation \u{00B7} \(key.patch) \u{00B7} \(key.accountType.label) \u{00B7} \(key.step.label)",
                        today: today, fields: [
            .choice(automated, [Choice(id: "on", label: "On"), Choice(id: "off", label: "Off")], selected: on ? "on" : "off"),
            FormField(cap, .text(TextInput(String(current?.dailyCap ?? AutomationControl.defaultDailyCap))),
                      placeholder: "cases a night, 1 to \(Format.count(AutomationSettings.maximumDailyCap))"),
            FormField(start, .date(TextInput(current?.startDate?.isoText ?? "")), required: false,
                      placeholder: "2026-12-07 or +1w; empty: as it is"),
        ])
        return FormOverlay(form: form, spec: AutomationSettingForm(key: key))
    }

    func request(from form: Form) throws -> ActionRequest {
        let text = try form.requiredText(Self.cap).replacingOccurrences(of: ",", with: "")
        guard let cap = Int(text) else { throw FieldProblem(Self.cap, "Enter a whole number of cases, such as 50.") }
        let change = AutomationControl.Change(patches: [key.patch], accountTypes: [key.accountType], steps: [key.step],
                                              enabled: try form.requiredChoice(Self.automated) == "on", dailyCap: cap,
                                              startDate: try form.date(Self.start))
        return .changeAutomation(change)
    }
}
