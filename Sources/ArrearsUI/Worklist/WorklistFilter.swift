import ArrearsCore

/// Which cases the worklist shows, on top of its tab. Every field is also shown on the filter line.
public struct WorklistFilter: Hashable, Sendable {
    public enum PatchChoice: Hashable, Sendable {
        /// The user's patches and the cases assigned to them.
        case mine
        case all
        case unassigned
        case patch(String)
    }

    public var patch: PatchChoice
    public var band: Band?
    public var accountType: AccountType?
    /// A recommended action id.
    public var action: String?
    public var pauseReason: PauseReason?
    /// An officer's login.
    public var officer: String?
    /// Only pauses ending on or before this date (the team lead's "pauses ending this week").
    public var pauseEndsBy: CivilDate?

    public init(patch: PatchChoice = .mine, band: Band? = nil, accountType: AccountType? = nil, action: String? = nil,
                pauseReason: PauseReason? = nil, officer: String? = nil, pauseEndsBy: CivilDate? = nil) {
        self.patch = patch; self.band = band; self.accountType = accountType; self.action = action
        self.pauseReason = pauseReason; self.officer = officer; self.pauseEndsBy = pauseEndsBy
    }

    /// A user with patches starts on their own; anyone else (team leads, auditors) on all patches.
    public static func initial(for user: User) -> WorklistFilter {
        WorklistFilter(patch: user.patches.isEmpty ? .all : .mine)
    }

    public func matches(_ s: CaseSummary, user: User) -> Bool {
        switch patch {
        case .all: break
        case .mine: guard s.patch.map(user.patches.contains) ?? false || s.officer == user.login else { return false }
        case .unassigned: guard s.patch == nil else { return false }
        case .patch(let p): guard s.patch == p else { return false }
        }
        if let band, s.band != band { return false }
        if let accountType, s.type != accountType { return false }
        if let action, s.actionId != action { return false }
        if let pauseReason, s.pauseReason != pauseReason { return false }
        if let officer, s.officer != officer { return false }
        if let pauseEndsBy, !(s.pauseUntil.map { $0 <= pauseEndsBy } ?? false) { return false }
        return true
    }

    /// True when nothing narrows the list beyond the user's starting point.
    public func isInitial(for user: User) -> Bool { self == WorklistFilter.initial(for: user) }
}
