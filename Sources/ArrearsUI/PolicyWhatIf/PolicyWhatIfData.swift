import ArrearsCore

/// What the policy what-if screen reads beyond `WorkbenchData`. A protocol of its own, so that a data
/// source without it still runs the rest of the workbench (the key then says why).
public protocol PolicyWhatIfData: WorkbenchData {
    /// `PolicyComparison.begin` for the working date: the policy of the last stored run against
    /// `proposed`, keeping every reference that moves, and the store's references to feed it in order.
    /// Writes nothing; the core checks the role (`run_classify`, as `arrears policy compare` does).
    func beginPolicyComparison(with proposed: Policy) throws -> (tally: PolicyComparison.Tally, refs: [String])
    /// Reads the cases `refs` names and adds them to `tally` (`PolicyComparison.Tally.addPart`).
    func comparePolicyPart(_ refs: ArraySlice<String>, into tally: inout PolicyComparison.Tally) throws
}

extension Session {
    /// The what-if data, or nil when this data source cannot compare policies.
    var policyWhatIf: PolicyWhatIfData? { data as? PolicyWhatIfData }

    static let noPolicyWhatIf = "Policy what-if is not available with this data source."
}
