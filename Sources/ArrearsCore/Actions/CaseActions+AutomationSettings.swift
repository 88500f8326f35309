/// A team lead's change to the automation settings from the workbench, under this service's user and
/// clock: `AutomationControl.apply` checks the role, validates, saves and audits in one transaction.
extension CaseActions {
    /// Returns the status line: the one cell changed, how many changed, or that nothing did.
    public func changeAutomation(_ change: AutomationControl.Change) throws -> String {
        let changed = try AutomationControl.apply(change, store: store, user: user, at: runner.now())
        switch changed.count {
        case 0: return "No automation setting changed."
        case 1: return "Automation: \(changed[0].text)."
        default: return "\(changed.count) automation settings \(change.enabled ? "switched on" : "switched off")."
        }
    }
}
