import ArrearsCore

/// Where a count on the team lead view leads: a worklist showing exactly the cases counted.
public struct WorklistDrill: Hashable, Sendable {
    public var area: ServiceArea
    public var tab: WorklistTab
    public var filter: WorklistFilter
}

struct TeamLeadCell: Hashable {
    var text: String
    /// Shown instead of `text` when the table is too wide for the screen.
    var shortText: String
    var role: StyleRole = .normal
    var drill: WorklistDrill?
    /// Letter counts open the Letters screen instead.
    var letters: LetterFilter?
}

struct TeamLeadRow: Hashable {
    var label: String
    var cells: [TeamLeadCell]
}

struct TeamLeadTable: Hashable {
    var title: String
    var columns: [String]
    var rows: [TeamLeadRow]
    var note: String?
}

/// The team lead's counts for one service area (issue 4 §4). Cases are counted as the Full patch
/// tab counts them (in arrears, not paused) so that every count opens a worklist of exactly those
/// cases; paused cases are counted as the Paused tab counts them.
///
/// Built from `SummaryGroups`, not from every summary: the first frame draws it from the counts the
/// store keeps (a few thousand groups), and the workbench moves one case between groups after an action.
struct TeamLeadReport {
    var tables: [TeamLeadTable]
    /// Lines above the tables (last night's automation), wrapped to the screen; none without it.
    var preface: [StyledLine] = []
    /// Open cases in the area, for the area tab's count.
    var openCount: Int

    typealias Group = (key: SummaryGroupKey, total: SummaryGroupTotal)

    init(groups: SummaryGroups, area: ServiceArea, asOf: CivilDate, snapshots: [ClassifySnapshot],
         letters: [LetterStatus: Int], officerName: (String?) -> String, glyphs: Glyphs) {
        var open: [Group] = [], paused: [Group] = []
        for (key, total) in groups.totals where key.type.serviceArea == area {
            let group = (key: key, total: total)
            let isPaused = group.key.isPaused(asOf: asOf)
            if group.key.inArrears && !isPaused { open.append(group) }
            if isPaused { paused.append(group) }
        }
        openCount = TeamLeadReport.cases(open)
        func drill(_ tab: WorklistTab = .fullPatch, _ change: (inout WorklistFilter) -> Void) -> WorklistDrill {
            var f = WorklistFilter(patch: .all)
            change(&f)
            return WorklistDrill(area: area, tab: tab, filter: f)
        }
        func bandRow<Key>(_ label: String, _ groups: [Group], key: Key, _ set: @escaping (inout WorklistFilter, Key) -> Void) -> TeamLeadRow {
            var cells: [TeamLeadCell] = []
            for band in Band.rag {
                cells.append(TeamLeadReport.countCell(groups.filter { $0.key.band == band }, role: Format.role(for: band),
                                                      drill: drill { set(&$0, key); $0.band = band }))
            }
            cells.append(TeamLeadReport.countCell(groups, role: .normal, drill: drill { set(&$0, key) }))
            return TeamLeadRow(label: label, cells: cells)
        }
        // Cases not in arrears (clear) are in no band column; "All" counts every open case.
        let bandColumns = Band.rag.map { "\($0.letter) \($0.label)" } + ["All"]

        var tables: [TeamLeadTable] = []
        let patches = Dictionary(grouping: open) { $0.key.patch ?? "" }
        // Unassigned last, just above the total.
        var patchRows = patches.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }.map { p -> TeamLeadRow in
            p.isEmpty ? bandRow("Unassigned", patches[p]!, key: WorklistFilter.PatchChoice.unassigned) { $0.patch = $1 }
                      : bandRow(p, patches[p]!, key: WorklistFilter.PatchChoice.patch(p)) { $0.patch = $1 }
        }
        patchRows.append(bandRow("All patches", open, key: WorklistFilter.PatchChoice.all) { $0.patch = $1 })
        tables.append(TeamLeadTable(title: "Cases and arrears by band and patch", columns: bandColumns, rows: patchRows))

        let types = Dictionary(grouping: open) { $0.key.type }
        tables.append(TeamLeadTable(title: "By band and account type", columns: bandColumns,
                                    rows: AccountType.allCases.filter { types[$0] != nil }.map { t in
                                        bandRow(t.label, types[t]!, key: t) { $0.accountType = $1 } }))

        let officers = Dictionary(grouping: open.filter { $0.key.officer != nil }) { $0.key.officer! }
        var officerNote: String?
        let withoutOfficer = TeamLeadReport.cases(open.filter { $0.key.officer == nil })
        if withoutOfficer > 0 {
            officerNote = withoutOfficer == 1 ? "1 open case has no officer (unassigned patch)."
                                              : "\(Format.count(withoutOfficer)) open cases have no officer (unassigned patch)."
        }
        tables.append(TeamLeadTable(title: "Caseload by band and officer", columns: bandColumns,
                                    rows: officers.keys.sorted { (officerName($0), $0) < (officerName($1), $1) }.map { o in
                                        bandRow(officerName(o), officers[o]!, key: o) { $0.officer = $1 } },
                                    note: officerNote))

        let actions = Dictionary(grouping: open) { $0.key.actionId }
        let actionCases = actions.mapValues(TeamLeadReport.cases)
        // Every case with one action id carries the same label; the smallest is taken so the choice never varies.
        let labels = actions.mapValues { $0.map(\.total.actionLabel).min()! }
        let actionRows = actions.keys.sorted { (actionCases[$0]!, labels[$1]!) > (actionCases[$1]!, labels[$0]!) }
            .map { id -> TeamLeadRow in
                TeamLeadRow(label: labels[id]!,
                            cells: [TeamLeadReport.countCell(actions[id]!, role: .normal, drill: drill { $0.action = id })])
            }
        tables.append(TeamLeadTable(title: "Next recommended action", columns: ["Cases"], rows: actionRows))

        let weekEnd = asOf.startOfISOWeek.adding(days: 6)
        let ending = paused.filter { ($0.key.pauseUntil ?? asOf) <= weekEnd }
        var pauseRows = [
            TeamLeadRow(label: "Paused now", cells: [TeamLeadReport.plainCount(TeamLeadReport.cases(paused), drill: drill(.paused) { _ in })]),
            TeamLeadRow(label: "Pauses ending by \(weekEnd.shortText)",
                        cells: [TeamLeadReport.plainCount(TeamLeadReport.cases(ending), drill: drill(.paused) { $0.pauseEndsBy = weekEnd })]),
        ]
        let reasons = Dictionary(grouping: paused.filter { $0.key.pauseReason != nil }) { $0.key.pauseReason! }
        pauseRows += PauseReason.allCases.filter { reasons[$0] != nil }.map { r in
            TeamLeadRow(label: "  " + r.label,
                        cells: [TeamLeadReport.plainCount(TeamLeadReport.cases(reasons[r]!), drill: drill(.paused) { $0.pauseReason = r })])
        }
        tables.append(TeamLeadTable(title: "Paused", columns: ["Cases"], rows: pauseRows))

        tables.append(TeamLeadReport.lettersTable(letters))

        tables.append(TeamLeadReport.changeTable(open: open, area: area, asOf: asOf, snapshots: snapshots, glyphs: glyphs,
                                                 drill: { band in drill { $0.band = band } }))
        self.tables = tables
    }

    static func cases(_ groups: [Group]) -> Int { groups.reduce(0) { $0 + $1.total.cases } }

    /// Band totals now against the newest snapshot taken before the as-of date. The earlier figure
    /// sums the snapshot's `patch:<patch>:<band>` counts over this area's patches, so rent and
    /// leasehold stay apart. Only red, amber and green are compared: "All bands" is their sum, without
    /// the cases not in arrears.
    private static func changeTable(open: [Group], area: ServiceArea, asOf: CivilDate, snapshots: [ClassifySnapshot],
                                    glyphs: Glyphs, drill: (Band?) -> WorklistDrill) -> TeamLeadTable {
        guard let previous = snapshots.first(where: { $0.asOf < asOf }) else {
            return TeamLeadTable(title: "Change since the previous snapshot", columns: ["Now"], rows: [],
                                 note: "No earlier classify snapshot to compare with.")
        }
        let patches = Set(open.compactMap(\.key.patch))
        func then(_ band: Band?) -> Int {
            previous.counts.reduce(0) { total, entry in
                let parts = entry.key.split(separator: ":", omittingEmptySubsequences: false)
                guard parts.count == 3, parts[0] == "patch", patches.contains(String(parts[1])),
                      let counted = Band(rawValue: String(parts[2])), counted.isRAG else { return total }
                return band == nil || counted == band ? total + entry.value : total
            }
        }
        var rows: [TeamLeadRow] = []
        for band in Band.rag as [Band?] + [nil] {
            let now = cases(open.filter { band == nil ? $0.key.band.isRAG : $0.key.band == band })
            let before = then(band)
            let delta = now - before
            let label = band.map { "\($0.letter) \($0.label)" } ?? "All bands"
            rows.append(TeamLeadRow(label: label, cells: [
                plainCount(now, drill: drill(band), role: band.map(Format.role) ?? .normal),
                plainCount(before, drill: nil, role: .muted),
                TeamLeadCell(text: Format.change(delta, glyphs: glyphs), shortText: Format.change(delta, glyphs: glyphs),
                             role: delta > 0 ? .warning : delta < 0 ? .success : .muted),
            ]))
        }
        return TeamLeadTable(title: "Change since \(previous.asOf.shortText)", columns: ["Now", "Then", "Change"], rows: rows)
    }

    /// The number of cases in `groups` and their total balance.
    static func countCell(_ groups: [Group], role: StyleRole, drill: WorklistDrill) -> TeamLeadCell {
        let total = groups.reduce(Money.zero) { $0 + $1.total.balance }
        let count = Format.count(cases(groups))
        return TeamLeadCell(text: "\(count) \(Format.wholePounds(total))", shortText: count, role: role, drill: drill)
    }

    static func plainCount(_ n: Int, drill: WorklistDrill?, role: StyleRole = .normal) -> TeamLeadCell {
        TeamLeadCell(text: Format.count(n), shortText: Format.count(n), role: role, drill: drill)
    }
}
