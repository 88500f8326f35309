import ArrearsCore

/// Policy what-if (`P` from the team lead view): every case classified under the current policy and
/// under a policy file, as `arrears policy compare` does (`PolicyComparison`), writing nothing. The
/// comparison is made a part at a time while no key waits (as the rent campaign's preview is), so
/// 100,000 cases never freeze the workbench. Then the band → band and action → action tables; Enter
/// on a row that moves lists the cases behind it (the same screen, narrowed to that row), and Enter
/// there opens the case.
struct PolicyWhatIfScreen: ScrollingDocumentScreen {
    /// Cases compared per part: a few hundred case loads, each classified under both policies, so a
    /// key waits at most one part.
    static let casesPerPart = 500

    /// The comparison while it is made: the store's references, how many have been added.
    struct Progress {
        var tally: PolicyComparison.Tally
        let refs: [String]
        var done = 0
    }

    /// Which of the two tables a row belongs to.
    enum Table: Equatable {
        case bands, actions
    }

    /// The row the screen is narrowed to: the cases that make one cell of a table.
    struct Focus {
        var table: Table
        var cell: PolicyComparison.Cell
    }

    /// The finished comparison; nil while it is being made (or when it stopped).
    private(set) var comparison: PolicyComparison?
    private(set) var progress: Progress?
    /// Why the comparison stopped, when it could not finish.
    private(set) var failure: String?
    /// The policy file as the user typed it.
    let name: String
    let focus: Focus?
    /// The selectable lines, in order: moved cells on the tables, cases when narrowed.
    private(set) var targets: [Target] = []
    var viewport = DocumentViewport()
    private var cache: (width: Int, document: Document)?
    /// What the loaded summaries say of each case (name, patch, balance), so a case reads as more than its reference.
    private let summaries: [String: CaseSummary]

    enum Target: Equatable {
        case cell(Table, PolicyComparison.Cell)
        case ref(String)
    }

    init(comparison: PolicyComparison, name: String, focus: Focus? = nil, summaries: [String: CaseSummary]) {
        self.comparison = comparison
        self.name = name
        self.focus = focus
        self.summaries = summaries
    }

    /// The screen before its comparison: the tables come once every reference has been added.
    init(comparing tally: PolicyComparison.Tally, refs: [String], name: String, summaries: [String: CaseSummary]) {
        progress = Progress(tally: tally, refs: refs)
        self.name = name
        focus = nil
        self.summaries = summaries
        if refs.isEmpty { comparison = tally.comparison; progress = nil }
    }

    var isComparing: Bool { progress != nil && failure == nil }

    /// "n of N" for the progress line and the message of a key that waits for the comparison.
    var progressText: String {
        guard let progress else { return "" }
        return "\(Format.count(progress.done)) of \(Format.count(progress.refs.count))"
    }

    /// The next part of the comparison; the last part makes the tables.
    mutating func compareNextPart(_ data: PolicyWhatIfData) {
        guard isComparing, var progress else { return }
        let end = min(progress.refs.count, progress.done + Self.casesPerPart)
        do {
            try data.comparePolicyPart(progress.refs[progress.done..<end], into: &progress.tally)
            progress.done = end
            if end == progress.refs.count {
                comparison = progress.tally.comparison
                self.progress = nil
            } else {
                self.progress = progress
            }
        } catch {
            failure = "\(error)"
        }
        cache = nil
    }

    var crumb: String {
        guard let focus else { return "Policy what-if" }
        return "\(Self.label(focus.cell.from, focus.table)) → \(Self.label(focus.cell.to, focus.table))"
    }

    var selected: Target? { viewport.selectedItem.flatMap { $0 < targets.count ? targets[$0] : nil } }

    /// The same comparison narrowed to one moved row.
    func narrowed(to table: Table, _ cell: PolicyComparison.Cell) -> PolicyWhatIfScreen? {
        guard let comparison else { return nil }
        return PolicyWhatIfScreen(comparison: comparison, name: name, focus: Focus(table: table, cell: cell), summaries: summaries)
    }

    static func label(_ value: String, _ table: Table) -> String {
        switch table {
        case .bands: return Band(rawValue: value)?.label ?? value
        case .actions: return RecommendedAction(rawValue: value)?.label ?? value
        }
    }

    mutating func document(width: Int) -> Document {
        if let cache, cache.width == width { return cache.document }
        var doc = Document()
        targets = []
        guard let comparison else {
            layOutProgress(into: &doc, width: width)
            cache = (width, doc)
            return doc
        }
        let head = "Compared the current policy with \(name) as of \(comparison.asOf.shortText): "
            + "\(Format.count(comparison.total)) cases. \(Format.count(comparison.bandMoves)) would change band and "
            + "\(Format.count(comparison.actionMoves)) next action. Nothing is stored."
        for part in WordWrap.lines(head, width: max(1, width)) { doc.append(StyledLine(part, .title)) }
        if let focus { layOutCases(focus, into: &doc) } else { layOutTables(comparison, into: &doc, width: width) }
        cache = (width, doc)
        return doc
    }

    /// While the comparison is made (or after it stopped): what is compared and how far it has got.
    private func layOutProgress(into doc: inout Document, width: Int) {
        let asOf = progress?.tally.asOf.shortText ?? ""
        let head = "Comparing the current policy with \(name) as of \(asOf). Nothing is stored."
        for part in WordWrap.lines(head, width: max(1, width)) { doc.append(StyledLine(part, .title)) }
        doc.append(StyledLine.empty)
        if let failure {
            doc.append(StyledLine("The comparison stopped: \(failure)", .error))
        } else {
            doc.append(StyledLine("Comparing cases: \(progressText)…", .muted))
        }
    }

    private mutating func layOutTables(_ comparison: PolicyComparison, into doc: inout Document, width: Int) {
        for (table, cells, title) in [(Table.bands, comparison.bands, "Band now → band under the file"),
                                      (.actions, comparison.actions, "Next action now → under the file")] {
            doc.append(StyledLine.empty)
            doc.append(StyledLine(title, .heading))
            let labels = cells.map { cell in
                cell.moved ? "\(Self.label(cell.from, table)) → \(Self.label(cell.to, table))" : "\(Self.label(cell.from, table)) (unchanged)"
            }
            let labelWidth = min(max(20, width - 12), (labels.map { DisplayWidth.of($0) }.max() ?? 0) + 2)
            for (label, cell) in zip(labels, cells) {
                let text = "  " + DisplayWidth.pad(label, to: labelWidth) + DisplayWidth.pad(Format.count(cell.cases), to: 8, alignRight: true)
                if cell.moved {
                    doc.appendItem([StyledLine(text, .link)])
                    targets.append(.cell(table, cell))
                } else {
                    doc.append(StyledLine(text, .muted))
                }
            }
        }
    }

    private mutating func layOutCases(_ focus: Focus, into doc: inout Document) {
        doc.append(StyledLine.empty)
        let count = focus.cell.examples.count
        doc.append(StyledLine("\(crumb): \(Format.count(count)) case\(count == 1 ? "" : "s")", .heading))
        for ref in focus.cell.examples {
            let summary = summaries[ref]
            var line = StyledLine("  " + DisplayWidth.pad(ref, to: 12), .link)
            line.append(DisplayWidth.pad(summary?.tenantName ?? "", to: 24) + "  " + DisplayWidth.pad(summary?.patch ?? "", to: 8))
            if let balance = summary?.balance {
                line.append(DisplayWidth.pad(balance.tableText, to: 11, alignRight: true), Format.role(forBalance: balance))
            }
            doc.appendItem([line])
            targets.append(.ref(ref))
        }
    }
}
