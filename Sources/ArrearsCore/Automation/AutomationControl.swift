/// Reading and changing the automation settings: the permission check, the validation and the audit
/// row, in the core, for the command line and the team lead's screen alike.
public enum AutomationControl {
    /// A change to many cells at once: every patch × type × step named, where the step applies to the type.
    public struct Change: Hashable, Sendable {
        public var patches: [String]
        public var accountTypes: [AccountType]
        public var steps: [AutomationStep]
        public var enabled: Bool
        /// Nil keeps each cell's cap (a new cell gets `defaultDailyCap`).
        public var dailyCap: Int?
        /// Nil keeps each cell's start date.
        public var startDate: CivilDate?

        public init(patches: [String], accountTypes: [AccountType], steps: [AutomationStep], enabled: Bool,
                    dailyCap: Int? = nil, startDate: CivilDate? = nil) {
            self.patches = patches; self.accountTypes = accountTypes; self.steps = steps; self.enabled = enabled
            self.dailyCap = dailyCap; self.startDate = startDate
        }
    }

    /// The cap a cell gets when it is first switched on without one.
    public static let defaultDailyCap = 100

    /// The stored settings, all off when none were ever saved.
    public static func load(_ store: CaseStore) throws -> AutomationSettings {
        guard let text = try store.meta(AutomationSettings.metaKey), !text.isEmpty else { return .allOff }
        return try AutomationSettings.parse(text)
    }

    /// The settings for someone who may look at them: any enabled user of the database (they hold
    /// no personal data); a login that is not a user is refused.
    public static func read(_ store: CaseStore, login: String) throws -> AutomationSettings {
        guard let user = try store.user(login: login), !user.disabled else {
            throw AccessDenied(login: login, role: .agent, operation: .manageAutomation, account: nil,
                               reason: "this login is not an enabled user of this database")
        }
        return try load(store)
    }

    /// The patches a setting may name: every patch an officer holds or a case is in, and `(none)`.
    public static func knownPatches(_ store: CaseStore) throws -> Set<String> {
        var patches = Set(try store.users().flatMap(\.patches))
        for summary in try store.summaries() { patches.insert(summary.patch ?? AutomationSettings.noPatch) }
        patches.insert(AutomationSettings.noPatch)
        return patches
    }

    /// The known patches for checking the names given: the officers' patches answer for almost every
    /// change (a toggle on the settings screen), so the summaries are read only for a name no officer holds.
    static func patchesToCheck(_ named: [String], _ store: CaseStore) throws -> Set<String> {
        let held = Set(try store.users().flatMap(\.patches)).union([AutomationSettings.noPatch])
        return named.allSatisfy(held.contains) ? held : try knownPatches(store)
    }

    /// Applies a change as one transaction with its audit row; returns the cells that changed.
    @discardableResult
    public static func apply(_ change: Change, store: CaseStore, user: User, at: Timestamp) throws -> [AutomationSetting] {
        try Access.check(user: user, operation: .manageAutomation, account: nil)
        try validate(change, known: try patchesToCheck(change.patches, store))
        return try store.atomically {
            guard let current = try store.user(login: user.login) else {
                throw AccessDenied(login: user.login, role: user.role, operation: .manageAutomation, account: nil,
                                   reason: "this login is no longer a user of this database")
            }
            try Access.check(user: current, operation: .manageAutomation, account: nil)
            let before = try load(store)
            var after = before
            var changed: [AutomationSetting] = []
            for patch in change.patches {
                for type in change.accountTypes {
                    for step in change.steps where step.applies(to: type) {
                        let key = AutomationSettings.Key(patch: patch, accountType: type, step: step)
                        let old = before.setting(for: key)
                        let cell = AutomationSetting(
                            patch: patch, accountType: type, step: step, enabled: change.enabled,
                            dailyCap: change.dailyCap ?? old?.dailyCap ?? defaultDailyCap,
                            startDate: change.startDate ?? old?.startDate)
                        if cell != old { after.set(cell); changed.append(cell) }
                    }
                }
            }
            guard !changed.isEmpty else { return [] }
            try store.setMeta(AutomationSettings.metaKey, after.json)
            let what = changed.count == 1 ? changed[0].text : "\(changed.count) settings " + (change.enabled ? "switched on" : "switched off")
            try store.appendAudit(AuditRecord(at: at, user: current.login, operation: .manageAutomation, accountRef: nil,
                                              summary: "Automation: \(what)", before: before.json, after: after.json))
            return changed
        }
    }

    static func validate(_ change: Change, known: Set<String>) throws {
        guard !change.patches.isEmpty else { throw AutomationSettingsError("Patch: name at least one patch (or 'all').") }
        guard !change.accountTypes.isEmpty else { throw AutomationSettingsError("Account type: name at least one account type (or 'all').") }
        guard !change.steps.isEmpty else { throw AutomationSettingsError("Step: name at least one step (or 'all').") }
        for patch in change.patches where !known.contains(patch) {
            throw AutomationSettingsError("Patch: there is no patch '\(patch)'; patches are \(known.sorted().joined(separator: ", ")).")
        }
        if let cap = change.dailyCap, !(1...AutomationSettings.maximumDailyCap).contains(cap) {
            throw AutomationSettingsError("Daily cap: \(cap) is not between 1 and \(AutomationSettings.maximumDailyCap); switch the step off to send none.")
        }
        let pairs = change.accountTypes.flatMap { type in change.steps.map { (type, $0) } }
        if !pairs.contains(where: { $0.1.applies(to: $0.0) }) {
            throw AutomationSettingsError("Step: none of the steps named applies to the account types named (rent steps are for rent accounts, service-charge and major-works letters for leasehold ones).")
        }
    }
}
