import ArrearsCore

/// One way to build the core's action service, for the commands and the workbench alike: the
/// engine re-classifies each case as it is saved, and the officer is worked out as the nightly run does.
enum CaseActionsFactory {
    static func make(store: CaseStore, user: User, context: Context, asOf: CivilDate, policy: Policy) throws -> CaseActions {
        let officers = CaseOfficer(users: try store.users())
        return CaseActions(store: store, user: user, now: { context.now }, asOf: asOf) { file in
            ArrearsEngine.summary(of: file, ArrearsEngine.classify(file, asOf: asOf, policy: policy),
                                  officer: officers.officer(of: file.account))
        }
    }
}
