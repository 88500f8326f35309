import ArrearsCore
import ArrearsUI

/// The policy what-if from the store: the same comparison as `arrears policy compare`, against the
/// policy of the last stored run (the one behind the counts the team lead sees), for the working date,
/// under the person at the workbench, so the core checks their role.
extension StoreWorkbenchData: PolicyWhatIfData {
    func beginPolicyComparison(with proposed: Policy) throws -> (tally: PolicyComparison.Tally, refs: [String]) {
        let tally = try PolicyComparison.begin(user: currentUser, asOf: asOf, current: try WorklistExplanations.recordedPolicy(store),
                                               proposed: proposed, examplesPerCell: .max)
        return (tally, try store.accountRefs())
    }

    func comparePolicyPart(_ refs: ArraySlice<String>, into tally: inout PolicyComparison.Tally) throws {
        try tally.addPart(store: store, refs: refs)
    }
}
