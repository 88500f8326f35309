import ArrearsCore

/// The worklist's filters as the `f` editor shows them.
extension WorklistScreen: FilterableScreen {
    enum FilterField: CaseIterable {
        case patch, band, accountType, action, pauseReason, officer, pauseEndsBy

        var title: String {
            switch self {
            case .patch: return "Patch"
            case .band: return "Band"
            case .accountType: return "Account type"
            case .action: return "Next action"
            case .pauseReason: return "Pause reason"
            case .officer: return "Officer"
            case .pauseEndsBy: return "Pause ends by"
            }
        }
    }

    var filterEditorTitle: String { "Filters" }
    var filterNameWidth: Int { 14 }

    /// The fields offered: the pause-end date is only shown when a drill-down set it.
    static func filterFields(for filter: WorklistFilter) -> [FilterField] {
        FilterField.allCases.filter { $0 != .pauseEndsBy || filter.pauseEndsBy != nil }
    }

    /// Every value a field can take, in cycling order, for this area.
    static func values(of field: FilterField, filter: WorklistFilter, options: FilterOptions, area: ServiceArea) -> [WorklistFilter] {
        func with(_ change: (inout WorklistFilter) -> Void) -> WorklistFilter { var f = filter; change(&f); return f }
        switch field {
        case .patch:
            var choices: [WorklistFilter.PatchChoice] = [.mine, .all]
            if options.hasUnassigned { choices.append(.unassigned) }
            choices += options.patches.map { .patch($0) }
            return choices.map { c in with { $0.patch = c } }
        case .band:
            return ([nil] + Band.allCases).map { b in with { $0.band = b } }
        case .accountType:
            let types = options.accountTypes.filter { $0.serviceArea == area }
            return ([nil] + types).map { t in with { $0.accountType = t } }
        case .action:
            return ([nil] + options.actions.map(\.id)).map { a in with { $0.action = a } }
        case .pauseReason:
            return ([nil] + PauseReason.allCases).map { r in with { $0.pauseReason = r } }
        case .officer:
            return ([nil] + options.officers).map { o in with { $0.officer = o } }
        case .pauseEndsBy:
            return [filter, with { $0.pauseEndsBy = nil }]
        }
    }

    func filterRows(context: ScreenContext) -> [(name: String, value: String)] {
        let options = index.options(for: area)
        return WorklistScreen.filterFields(for: filter).map { ($0.title, valueText($0, options: options, context: context)) }
    }

    mutating func cycleFilter(_ row: Int, by delta: Int, session: Session) {
        let fields = WorklistScreen.filterFields(for: filter)
        let values = WorklistScreen.values(of: fields[min(row, fields.count - 1)], filter: filter, options: index.options(for: area),
                                           area: area)
        let i = values.firstIndex(of: filter) ?? 0
        setFilter(values[((i + delta) % values.count + values.count) % values.count], user: session.user, asOf: session.asOf)
    }

    mutating func resetFilter(_ row: Int, session: Session) {
        var f = filter
        let fields = WorklistScreen.filterFields(for: filter)
        switch fields[min(row, fields.count - 1)] {
        case .patch: f.patch = WorklistFilter.initial(for: session.user).patch
        case .band: f.band = nil
        case .accountType: f.accountType = nil
        case .action: f.action = nil
        case .pauseReason: f.pauseReason = nil
        case .officer: f.officer = nil
        case .pauseEndsBy: f.pauseEndsBy = nil
        }
        setFilter(f, user: session.user, asOf: session.asOf)
    }

    var filterSummary: String {
        let count = counts[tab] ?? 0
        return "\(Format.count(count)) case\(count == 1 ? "" : "s") in \(tab.title)"
    }

    private func valueText(_ field: FilterField, options: FilterOptions, context: ScreenContext) -> String {
        switch field {
        case .patch:
            switch filter.patch {
            case .mine: return context.user.patches.isEmpty ? "mine (assigned to me)" : "mine (\(context.user.patches.joined(separator: ", ")))"
            case .all: return "all patches"
            case .unassigned: return "unassigned"
            case .patch(let p): return p
            }
        case .band: return filter.band?.label ?? "any"
        case .accountType: return filter.accountType?.label ?? "any"
        case .action: return filter.action.map { a in options.actions.first { $0.id == a }?.label ?? a } ?? "any"
        case .pauseReason: return filter.pauseReason?.label ?? "any"
        case .officer: return filter.officer.map(context.officerName) ?? "any"
        case .pauseEndsBy: return filter.pauseEndsBy?.shortText ?? "any"
        }
    }
}
