import ArrearsCore

extension ActionID {
    public static let automationSettings: ActionID = "automation-settings"
    public static let automationPreview: ActionID = "automation-preview"
    public static let automationToggle: ActionID = "automation-toggle"
    public static let automationEdit: ActionID = "automation-edit"
}

/// The automation screens' actions. Their roles come from the core's permission matrix, like the work
/// actions': the settings are a team lead's (`manage_automation`), the preview is for whoever may run
/// the nightly job (`run_automation`). Anyone else sees them greyed with the core's reason.
enum AutomationActions {
    static let all: [WorkAction] = [
        WorkAction(id: .automationSettings, title: "Automation settings: what the nightly run sends by itself",
                   keys: ["A"], operation: .manageAutomation, contexts: [.teamLead, .worklist], group: .automation),
        WorkAction(id: .automationPreview, title: "Tonight's run would send: preview the nightly automation",
                   keys: ["N"], operation: .runAutomation, contexts: [.teamLead, .automation], group: .automation,
                   hint: "tonight"),
        WorkAction(id: .automationToggle, title: "Switch the selected automation setting on or off", keys: ["<Space>"],
                   operation: .manageAutomation, contexts: [.automation], group: .automation, hint: "on/off"),
        WorkAction(id: .automationEdit, title: "Change the selected setting's daily cap and start date", keys: ["e"],
                   operation: .manageAutomation, contexts: [.automation], group: .automation, hint: "edit"),
    ]
}
