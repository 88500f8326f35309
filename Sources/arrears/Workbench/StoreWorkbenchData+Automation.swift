import ArrearsCore
import ArrearsUI

/// The automation screens' data from the store. The preview runs the nightly automation as a dry run
/// for the working date under the person at the workbench, so the core checks their role.
extension StoreWorkbenchData: AutomationData {
    func automationSettings() throws -> AutomationSettings { try AutomationControl.read(store, login: currentUser.login) }
    func automationPatches() throws -> Set<String> { try AutomationControl.knownPatches(store) }
    func lastAutomationRun() throws -> RunRecord? { try RunRecord.latest(store) }

    func automationPreview() throws -> AutomationReport {
        let asOf = asOf
        let firstSMS = try NotifySettings.load(from: store).firstSMS
        return try AutomationRun.run(store: store, user: currentUser, options: Self.previewOptions(asOf: asOf, policy: policy, firstSMS: firstSMS),
                                     now: { Timestamp(london: asOf) })
    }
}
