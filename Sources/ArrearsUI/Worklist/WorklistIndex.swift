import Foundation
import ArrearsCore

/// All case summaries as loaded, shared by every worklist on the navigation stack, with what is
/// derived from them once: folded search text and the values each filter can take.
public final class WorklistIndex {
    public let summaries: [CaseSummary]
    private let positionByRef: [String: Int]

    public init(summaries: [CaseSummary]) {
        self.summaries = summaries
        var positions: [String: Int] = [:]
        positions.reserveCapacity(summaries.count)
        for (i, s) in summaries.enumerated() { positions[s.ref] = i }
        positionByRef = positions
    }

    public func position(ofRef ref: String) -> Int? { positionByRef[ref] }

    /// Reference, payment reference, name, address and postcode, lower-cased and without accents so
    /// that "zoe" finds Zoë. Built on the first search, not at start-up.
    public private(set) lazy var searchText: [String] = summaries.map {
        WorklistIndex.fold("\($0.ref) \($0.paymentRef) \($0.tenantName) \($0.shortAddress) \($0.postcode)")
    }

    public static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    private var optionsByArea: [ServiceArea: FilterOptions] = [:]

    /// The values each filter can take, from the cases of one service area actually loaded.
    public func options(for area: ServiceArea) -> FilterOptions {
        if let known = optionsByArea[area] { return known }
        let made = FilterOptions(summaries: summaries.filter { $0.type.serviceArea == area })
        optionsByArea[area] = made
        return made
    }
}

/// Choices for the filter editor, sorted the way people look for them.
public struct FilterOptions: Sendable {
    public var patches: [String]
    public var hasUnassigned: Bool
    public var officers: [String]
    /// Recommended action ids with their labels, by label.
    public var actions: [(id: String, label: String)]
    public var accountTypes: [AccountType]

    init(summaries: [CaseSummary]) {
        var patches = Set<String>(), officers = Set<String>(), types = Set<AccountType>()
        var actions: [String: String] = [:]
        var unassigned = false
        for s in summaries {
            if let p = s.patch { patches.insert(p) } else { unassigned = true }
            if let o = s.officer { officers.insert(o) }
            types.insert(s.type)
            actions[s.actionId] = s.actionLabel
        }
        self.patches = patches.sorted()
        hasUnassigned = unassigned
        self.officers = officers.sorted()
        self.actions = actions.map { ($0.key, $0.value) }.sorted { ($0.label, $0.id) < ($1.label, $1.id) }
        accountTypes = AccountType.allCases.filter(types.contains)
    }
}
