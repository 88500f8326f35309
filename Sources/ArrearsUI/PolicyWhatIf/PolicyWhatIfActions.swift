import ArrearsCore

extension ActionID {
    public static let policyWhatIf: ActionID = "policy-what-if"
}

/// The team lead's policy what-if. Its role comes from the core's permission matrix: comparing reads
/// every case as a classify run does (`run_classify`); anyone else sees it greyed with the core's reason.
enum PolicyWhatIfActions {
    static let all: [WorkAction] = [
        WorkAction(id: .policyWhatIf, title: "Policy what-if: compare a policy file with the current policy",
                   keys: ["P"], operation: .runClassify, contexts: [.teamLead], group: .screens, hint: "what-if"),
    ]
}
