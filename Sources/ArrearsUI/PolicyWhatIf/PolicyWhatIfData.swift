import ArrearsCore

/// What the policy what-if screen reads beyond `WorkbenchData`. A protocol of its own, so that a data
/// source without it still runs the rest of the workbench (the key then says why).
public protocol PolicyWhatIfData: WorkbenchData {
    /// `PolicyComparison.run` for the working date: every case under the policy of the last stored run
    /// and under `proposed`, keeping every reference that moves. Writes nothing; the core checks the
    /// role (`run_classify`, as `arrears policy compare` does).
    func comparePolicy(with proposed: Policy) throws -> PolicyComparison
}

extension Session {
    /// The what-if data, or nil when this data source cannot compare policies.
    var policyWhatIf: PolicyWhatIfData? { data as? PolicyWhatIfData }

    static let noPolicyWhatIf = "Policy what-if is not available with this data source."
}
