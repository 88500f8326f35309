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
struct TeamLeadReport {
    var tables: [TeamLeadTable]
    /// Lines above the tables (last night's automation), wrapped to the screen; none without it.
    var preface: [StyledLine] = []
    /// Open cases in the area, for the area tab's count.
    var openCount: Int

    init(summaries: [CaseSummary], area: ServiceArea, asOf: CivilDate, snapshots: [ClassifySnapshot],
         letters: [LetterStatus: Int], officerName: (String?) -> String, glyphs: Glyphs) {
        // Positions in `summaries`, not copies: a summary holds a dozen strings, and copying 100,000 of
        // them into every grouping below was most of the cost of the team lead's first frame.
        var open: [Int] = [], paused: [Int] = []
        for i in summaries.indices where summaries[i].type.serviceArea == area {
            if WorklistTab.fullPatch.includes(summaries[i], asOf: asOf) { open.append(i) }
            if WorklistTab.paused.includes(summaries[i], asOf: asOf) { paused.append(i) }
        }
        openCount = open.count
        func drill(_ tab: WorklistTab = .fullPatch, _ change: (inout WorklistFilter) -> Void) -> WorklistDrill {
            var f = WorklistFilter(patch: .all)
            change(&f)
            return WorklistDrill(area: area, tab: tab, filter: f)
        }
        func bandRow<Key>(_ label: String, _ cases: [Int], key: Key, _ set: @escaping (inout WorklistFilter, Key) -> Void) -> TeamLeadRow {
            var cells: [TeamLeadCell] = []
            for band in Band.rag {
                let inBand = cases.filter { summaries[$0].band == band }
                cells.append(TeamLeadReport.countCell(inBand, of: summaries, role: Format.role(for: band),
                                                      drill: drill { set(&$0, key); $0.band = band }))
            }
            cells.append(TeamLeadReport.countCell(cases, of: summaries, role: .normal, drill: drill { set(&$0, key) }))
            return TeamLeadRow(label: label, cells: cells)
        }
        // Cases not in arrears (clear) are in no band column; "All" counts every open case.
        let bandColumns = Band.rag.map { "\($0.letter) \($0.label)" } + ["All"]

        var tables: [TeamLeadTable] = []
        let patches = Dictionary(grouping: open) { summaries[$0].patch ?? "" }
        // Unassigned last, just above the total.
        var patchRows = patches.keys.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }.map { p -> TeamLeadRow in
            p.isEmpty ? bandRow("Unassigned", patches[p]!, key: WorklistFilter.PatchChoice.unassigned) { $0.patch = $1 }
                      : bandRow(p, patches[p]!, key: WorklistFilter.PatchChoice.patch(p)) { $0.patch = $1 }
        }
        patchRows.append(bandRow("All patches", open, key: WorklistFilter.PatchChoice.all) { $0.patch = $1 })
        tables.append(TeamLeadTable(title: "Cases and arrears by band and patch", columns: bandColumns, rows: patchRows))

        let types = Dictionary(grouping: open) { summaries[$0].type }
        tables.append(TeamLeadTable(title: "By band and account type", columns: bandColumns,
                                    rows: AccountType.allCases.filter { types[$0] != nil }.map { t in
                                        bandRow(t.label, types[t]!, key: t) { $0.accountType = $1 } }))

        let officers = Dictionary(grouping: open.filter { summaries[$0].officer != nil }) { summaries[$0].officer! }
        var officerNote: String?
        let withoutOfficer = open.count - officers.values.reduce(0) { $0 + $1.count }
        if withoutOfficer > 0 {
            officerNote = withoutOfficer == 1 ? "1 open case has no officer (unassigned patch)."
                                              : "\(Format.count(withoutOfficer)) open cases have no officer (unassigned patch)."
        }
        tables.append(TeamLeadTable(title: "Caseload by band and officer", columns: bandColumns,
                                    rows: officers.keys.sorted { (officerName($0), $0) < (officerName($1), $1) }.map { o in
                                        bandRow(officerName(o), officers[o]!, key: o) { $0.officer = $1 } },
                                    note: officerNote))

        let actions = Dictionary(grouping: open) { summaries[$0].actionId }
        func label(_ id: String) -> String { summaries[actions[id]![0]].actionLabel }
        let actionRows = actions.keys.sorted { (actions[$0]!.count, label($1)) > (actions[$1]!.count, label($0)) }
            .map { id -> TeamLeadRow in
                TeamLeadRow(label: label(id),
                            cells: [TeamLeadReport.countCell(actions[id]!, of: summaries, role: .normal, drill: drill { $0.action = id })])
            }
        tables.append(TeamLeadTable(title: "Next recommended action", columns: ["Cases"], rows: actionRows))

        let weekEnd = asOf.startOfISOWeek.adding(days: 6)
        let ending = paused.filter { (summaries[$0].pauseUntil ?? asOf) <= weekEnd }
        var pauseRows = [
            TeamLeadRow(label: "Paused now", cells: [TeamLeadReport.plainCount(paused.count, drill: drill(.paused) { _ in })]),
            TeamLeadRow(label: "Pauses ending by \(weekEnd.shortText)",
                        cells: [TeamLeadReport.plainCount(ending.count, drill: drill(.paused) { $0.pauseEndsBy = weekEnd })]),
        ]
        let reasons = Dictionary(grouping: paused.filter { summaries[$0].pauseReason != nil }) { summaries[$0].pauseReason! }
        pauseRows += PauseReason.allCases.filter { reasons[$0] != nil }.map { r in
            TeamLeadRow(label: "  " + r.label, cells: [TeamLeadReport.plainCount(reasons[r]!.count, drill: drill(.paused) { $0.pauseReason = r })])
        }
        tables.append(TeamLeadTable(title: "Paused", columns: ["Cases"], rows: pauseRows))

        tables.append(TeamLeadReport.lettersTable(letters))

        tables.append(TeamLeadReport.changeTable(open: open, of: summaries, area: area, asOf: asOf, snapshots: snapshots, glyphs: glyphs,
                                                 drill: { band in drill { $0.band = band } }))
        self.tables = tables
    }

    /// Band totals now against the newest snapshot taken before the as-of date. The earlier figure
    /// sums the snapshot's `patch:<patch>:<band>` counts over this area's patches, so rent and
    /// leasehold stay apart. Only red, amber and green are compared: "All bands" is their sum, without
    /// the cases not in arrears.
    private static func changeTable(open: [Int], of summaries: [CaseSummary], area: ServiceArea, asOf: CivilDate, snapshots: [ClassifySnapshot],
                                    glyphs: Glyphs, drill: (Band?) -> WorklistDrill) -> TeamLeadTable {
        guard let previous = snapshots.first(where: { $0.asOf < asOf }) else {
            return TeamLeadTable(title: "Change since the previous snapshot", columns: ["Now"], rows: [],
                                 note: "No earlier classify snapshot to compare with.")
        }
        let patches = Set(open.compactMap { summaries[$0].patch })
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
            let now = open.filter { band == nil ? summaries[$0].band.isRAG : summaries[$0].band == band }.count
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

    /// The number of cases at `cases` (positions in `summaries`) and their total balance.
    static func countCell(_ cases: [Int], of summaries: [CaseSummary], role: StyleRole, drill: WorklistDrill) -> TeamLeadCell {
        let total = cases.reduce(Money.zero) { $0 + summaries[$1].balance }
        let count = Format.count(cases.count)
        return TeamLeadCell(text: "\(count) \(Format.wholePounds(total))", shortText: count, role: role, drill: drill)
    }

    static func plainCount(_ n: Int, drill: WorklistDrill?, role: StyleRole = .normal) -> TeamLeadCell {
        TeamLeadCell(text: Format.count(n), shortText: Format.count(n), role: role, drill: drill)
    }
}
