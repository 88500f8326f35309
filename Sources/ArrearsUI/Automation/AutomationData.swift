import ArrearsCore

/// What the automation screens read beyond `WorkbenchData`. A second protocol, so that a data source
/// without automation still runs the rest of the workbench (the automation keys then say why). The
/// executable backs it with the store; changes go as `ActionRequest.changeAutomation` to the host.
public protocol AutomationData: WorkbenchData {
    /// The stored settings (`AutomationControl.read`: any enabled user may look).
    func automationSettings() throws -> AutomationSettings
    /// The patches a setting may name (`AutomationControl.knownPatches`).
    func automationPatches() throws -> Set<String>
    /// "Tonight's run would send": `AutomationRun.run` for the working date with `dryRun` set, the same
    /// code as the nightly run, writing nothing.
    func automationPreview() throws -> AutomationReport
    /// The latest run on record (`RunRecord.latest`), nil before the first.
    func lastAutomationRun() throws -> RunRecord?
}

extension AutomationData {
    /// The options of a preview: as `arrears run --dry-run` takes them, with the first SMS's template
    /// when the Notify settings name one.
    public static func previewOptions(asOf: CivilDate, policy: Policy, firstSMS: MessageTemplate?) -> AutomationRun.Options {
        AutomationRun.Options(asOf: asOf, policy: policy, dryRun: true, firstSMS: firstSMS)
    }
}

extension Session {
    /// The automation data, or the reason the screens cannot show it.
    var automation: AutomationData? { data as? AutomationData }

    static let noAutomation = "Automation is not available with this data source."
}
