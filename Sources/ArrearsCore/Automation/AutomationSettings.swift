import Foundation

/// What a team lead has switched on: one cell per patch × account type × step. A cell that is not
/// there is off — the default for everything, so a new database automates nothing.
public struct AutomationSetting: Hashable, Sendable, Codable {
    /// The patch, or `AutomationSettings.noPatch` for accounts without one.
    public var patch: String
    public var accountType: AccountType
    public var step: AutomationStep
    public var enabled: Bool
    /// At most this many cases a day get this step from automation in this cell.
    public var dailyCap: Int
    /// Automation takes the step from this date on (nil: from the day it was switched on).
    public var startDate: CivilDate?

    public init(patch: String, accountType: AccountType, step: AutomationStep, enabled: Bool, dailyCap: Int,
                startDate: CivilDate?) {
        self.patch = patch; self.accountType = accountType; self.step = step; self.enabled = enabled
        self.dailyCap = dailyCap; self.startDate = startDate
    }

    public var key: AutomationSettings.Key { .init(patch: patch, accountType: accountType, step: step) }

    /// `E01 · Secure · Letter 1: on, cap 50, from 2026-12-01`.
    public var text: String {
        let state = enabled ? "on, cap \(dailyCap)" + (startDate.map { ", from \($0.isoText)" } ?? "") : "off"
        return "\(patch) · \(accountType.label) · \(step.label): \(state)"
    }
}

public struct AutomationSettings: Hashable, Sendable {
    public struct Key: Hashable, Sendable, Comparable {
        public var patch: String
        public var accountType: AccountType
        public var step: AutomationStep

        public init(patch: String, accountType: AccountType, step: AutomationStep) {
            self.patch = patch; self.accountType = accountType; self.step = step
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.patch, a.accountType.rawValue, a.step.rawValue) < (b.patch, b.accountType.rawValue, b.step.rawValue)
        }
    }

    /// The name used for accounts that belong to no patch.
    public static let noPatch = "(none)"
    /// The most a cell may send in a day: far above any team's caseload, low enough that a typo in a
    /// cap cannot empty Notify's daily letter allowance (20,000) in one cell.
    public static let maximumDailyCap = 5_000
    /// Where the settings live in the store's settings table.
    static let metaKey = "automation_settings"

    public private(set) var cells: [Key: AutomationSetting]

    public init(_ settings: [AutomationSetting] = []) {
        cells = Dictionary(settings.map { ($0.key, $0) }, uniquingKeysWith: { _, b in b })
    }

    public static let allOff = AutomationSettings()

    /// Every setting, in patch, type and step order.
    public var all: [AutomationSetting] { cells.keys.sorted().compactMap { cells[$0] } }
    public var enabledCount: Int { cells.values.filter(\.enabled).count }

    public static func patch(of account: Account) -> String { account.patch ?? noPatch }

    public func setting(for key: Key) -> AutomationSetting? { cells[key] }

    public mutating func set(_ setting: AutomationSetting) { cells[setting.key] = setting }

    // MARK: Stored form

    private struct Stored: Codable {
        var version: Int
        var settings: [StoredSetting]
    }

    private struct StoredSetting: Codable {
        var patch: String
        var accountType: String
        var step: String
        var enabled: Bool
        var dailyCap: Int
        var startDate: String?
    }

    /// Compact JSON with sorted keys: the stored form and the audit trail's before and after.
    public var json: String {
        let stored = Stored(version: 1, settings: all.map {
            StoredSetting(patch: $0.patch, accountType: $0.accountType.rawValue, step: $0.step.rawValue,
                          enabled: $0.enabled, dailyCap: $0.dailyCap, startDate: $0.startDate?.isoText)
        })
        return AuditJSON.encode(stored) ?? "{}"
    }

    /// Reads the stored form; anything it does not understand is an error that names it, never a
    /// silent "all off" that would hide a damaged row.
    public static func parse(_ text: String) throws -> AutomationSettings {
        let stored: Stored
        do { stored = try JSONDecoder().decode(Stored.self, from: Data(text.utf8)) } catch {
            throw AutomationSettingsError("the stored automation settings cannot be read (\(error.localizedDescription))")
        }
        guard stored.version == 1 else {
            throw AutomationSettingsError("the stored automation settings are version \(stored.version); this program reads version 1")
        }
        var settings: [AutomationSetting] = []
        for (i, s) in stored.settings.enumerated() {
            guard let type = AccountType(rawValue: s.accountType) else {
                throw AutomationSettingsError("stored automation setting \(i + 1): unknown account type '\(s.accountType)'")
            }
            guard let step = AutomationStep(rawValue: s.step) else {
                throw AutomationSettingsError("stored automation setting \(i + 1): unknown step '\(s.step)'")
            }
            var start: CivilDate?
            if let text = s.startDate {
                guard let date = CivilDate.parseISO(text) else {
                    throw AutomationSettingsError("stored automation setting \(i + 1): start date '\(text)' is not YYYY-MM-DD")
                }
                start = date
            }
            settings.append(AutomationSetting(patch: s.patch, accountType: type, step: step, enabled: s.enabled,
                                              dailyCap: s.dailyCap, startDate: start))
        }
        return AutomationSettings(settings)
    }
}

public struct AutomationSettingsError: Error, CustomStringConvertible, Equatable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
