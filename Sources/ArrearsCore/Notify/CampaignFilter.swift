/// Which cases a message campaign goes to, matched on the stored worklist summaries: every field
/// left empty matches everything, so a campaign names what narrows it.
public struct CampaignFilter: Hashable, Sendable {
    public var patches: Set<String> = []
    public var bands: Set<Band> = []
    public var accountTypes: Set<AccountType> = []
    /// Collectable arrears from (inclusive) and up to (inclusive).
    public var minimumArrears: Money?
    public var maximumArrears: Money?
    /// Recommended action ids (`send_first_sms`, …).
    public var actions: Set<String> = []

    public init() {}

    public func matches(_ s: CaseSummary) -> Bool {
        (patches.isEmpty || s.patch.map(patches.contains) == true)
            && (bands.isEmpty || bands.contains(s.band))
            && (accountTypes.isEmpty || accountTypes.contains(s.type))
            && minimumArrears.map { s.collectableArrears >= $0 } ?? true
            && maximumArrears.map { s.collectableArrears <= $0 } ?? true
            && (actions.isEmpty || actions.contains(s.actionId))
    }

    /// `patches E1, E2; bands amber; arrears £10.00 to £500.00`, for the preview and the audit row.
    public var text: String {
        var parts: [String] = []
        if !patches.isEmpty { parts.append("patches " + patches.sorted().joined(separator: ", ")) }
        if !bands.isEmpty { parts.append("bands " + bands.sorted().map(\.rawValue).joined(separator: ", ")) }
        if !accountTypes.isEmpty { parts.append("account types " + accountTypes.map(\.rawValue).sorted().joined(separator: ", ")) }
        switch (minimumArrears, maximumArrears) {
        case let (low?, high?): parts.append("arrears \(low.tableText) to \(high.tableText)")
        case let (low?, nil): parts.append("arrears from \(low.tableText)")
        case let (nil, high?): parts.append("arrears up to \(high.tableText)")
        case (nil, nil): break
        }
        if !actions.isEmpty { parts.append("actions " + actions.sorted().joined(separator: ", ")) }
        return parts.isEmpty ? "every case" : parts.joined(separator: "; ")
    }
}

extension CampaignFilter {
    /// Bands named as typed (`red, Amber`), for the command line and the workbench alike.
    public static func bands(_ names: [String]) throws(MessageTemplate.Problem) -> Set<Band> {
        var bands: Set<Band> = []
        for text in names {
            guard let band = Band(rawValue: text.lowercased()) else {
                throw MessageTemplate.Problem(description: "'\(text)' is not red, amber, green or clear")
            }
            bands.insert(band)
        }
        return bands
    }

    /// Account types named as typed (`sec, INT`).
    public static func accountTypes(_ names: [String]) throws(MessageTemplate.Problem) -> Set<AccountType> {
        var types: Set<AccountType> = []
        for text in names {
            guard let type = AccountType(rawValue: text.uppercased()) else {
                throw MessageTemplate.Problem(description: "'\(text)' is not an account type (" + AccountType.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            types.insert(type)
        }
        return types
    }

    /// `E1, E2` → `["E1", "E2"]`: a typed list, blanks dropped.
    public static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
