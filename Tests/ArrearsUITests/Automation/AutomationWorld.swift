import ArrearsCore
@testable import ArrearsUI

/// The store-backed test data answers the automation screens as the executable's data does: the
/// settings and patches from `AutomationControl`, the preview from `AutomationRun.run` as a dry run.
extension StoreData: AutomationData {
    func automationSettings() throws -> AutomationSettings { try AutomationControl.read(store, login: currentUser.login) }
    func automationPatches() throws -> Set<String> { try AutomationControl.knownPatches(store) }
    func lastAutomationRun() throws -> RunRecord? { try RunRecord.latest(store) }
    func automationPreview() throws -> AutomationReport {
        try AutomationRun.run(store: store, user: currentUser, options: Self.previewOptions(asOf: asOf, policy: .default, firstSMS: nil),
                              now: { Timestamp(london: Fixtures.asOf) })
    }
}

/// Worlds for the automation screens: the fixture caseload classified by the real engine (so the
/// recommendations are the engine's letters and SMS), with settings switched on as a team lead would.
enum AutomationWorld {
    static let lead = FixtureData.teamLead

    static func world(user: User = lead) throws -> StoreWorld {
        let world = try StoreWorld(user: user)
        try world.store.saveSummaries(Fixtures.cases.map(classify), snapshot: nil)
        world.app.press("R")
        world.app.message = nil
        return world
    }

    static func classify(_ file: CaseFile) -> CaseSummary {
        ArrearsEngine.summary(of: file, ArrearsEngine.classify(file, asOf: Fixtures.asOf, policy: .default), officer: nil)
    }

    /// Switches every step on for every patch, as a team lead at the command line would.
    static func switchEverythingOn(_ store: CaseStore, cap: Int? = nil) throws {
        let patches = Array(try AutomationControl.knownPatches(store))
        try AutomationControl.apply(.init(patches: patches, accountTypes: AccountType.allCases, steps: AutomationStep.allCases,
                                          enabled: true, dailyCap: cap),
                                    store: store, user: lead, at: Fixtures.at(2026, 3, 10, 17))
    }

    /// Records a run for the night before, as `arrears run` would.
    static func runLastNight(_ store: CaseStore) throws {
        let night = Fixtures.asOf.adding(days: -1)
        _ = try AutomationRun.run(store: store, user: lead,
                                  options: .init(asOf: night, policy: .default, dryRun: false, firstSMS: nil),
                                  now: { Fixtures.at(2026, 3, 10, 2) })
    }
}

extension App {
    var automationSettings: AutomationSettingsScreen? { stack.last as? AutomationSettingsScreen }
    var automationPreview: AutomationPreviewScreen? { stack.last as? AutomationPreviewScreen }
}
