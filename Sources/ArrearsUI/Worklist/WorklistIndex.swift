import Foundation
import ArrearsCore

/// All case summaries as loaded, shared by every worklist on the navigation stack, with what is
/// derived from them once: folded search text and the values each filter can take.
public final class WorklistIndex {
    public private(set) var summaries: [CaseSummary]
    private let positionByRef: [String: Int]

    public init(summaries: [CaseSummary]) {
        self.summaries = summaries
        var positions: [String: Int] = [:]
        positions.reserveCapacity(summaries.count)
        for (i, s) in summaries.enumerated() { positions[s.ref] = i }
        positionByRef = positions
    }

    public func position(ofRef ref: String) -> Int? { positionByRef[ref] }

    /// Each case's place in reference order, for the reference sort. Built when first needed.
    public private(set) lazy var referenceRank: [Int32] = {
        var rank = Array(repeating: Int32(0), count: summaries.count)
        for (r, i) in summaries.indices.sorted(by: { summaries[$0].ref < summaries[$1].ref }).enumerated() { rank[i] = Int32(r) }
        return rank
    }()

    /// Reference, payment reference, name, address and postcode of every case, folded for searching
    /// (`/` and find-anywhere). Built on the first search, not at start-up.
    public var searchText: FoldedText {
        if let builtSearchText { return builtSearchText }
        let made = FoldedText(summaries.map(WorklistIndex.searchable))
        builtSearchText = made
        return made
    }

    private var builtSearchText: FoldedText?

    /// The find-anywhere index (`FindScreen`), built on first use for the user running the workbench.
    var finder: (login: String, finder: CaseFinder)?

    /// The core's, so that find-anywhere searches this same folded text.
    private static func searchable(_ s: CaseSummary) -> String { CaseFinder.searchableText(s) }

    /// Puts one case's new summary in its place (after an action saved the case), so every worklist
    /// sharing this index sees it without reading the others again. Returns the summary it replaced,
    /// or nil when the case is not loaded here (the caller then reloads).
    @discardableResult
    public func replace(_ summary: CaseSummary) -> CaseSummary? {
        guard let i = positionByRef[summary.ref] else { return nil }
        let old = summaries[i]
        summaries[i] = summary
        optionsByArea[old.type.serviceArea] = nil
        optionsByArea[summary.type.serviceArea] = nil
        if WorklistIndex.searchable(old) != WorklistIndex.searchable(summary) { builtSearchText = nil; finder = nil }
        return old
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
