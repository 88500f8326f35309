import ArrearsCore

/// "Tonight's run would send" (`N` from the team lead view or the settings): the nightly automation
/// previewed with `AutomationRun.run(… dryRun: true)`, the same code as the real run, writing nothing.
/// Counts per patch and step, the skip reasons with their counts, the cases it would pause for missing
/// data and every case it would act on; Enter opens the selected case.
struct AutomationPreviewScreen: ScrollingDocumentScreen {
    let report: AutomationReport
    /// The refs behind the selectable lines, in order.
    private(set) var refs: [String] = []
    var viewport = DocumentViewport()
    private var cache: (width: Int, document: Document)?
    /// Tenant names from the loaded summaries, so a case reads as more than its reference.
    private let names: [String: String]

    init(report: AutomationReport, names: [String: String]) {
        self.report = report
        self.names = names
    }

    var crumb: String { "Tonight's run would send" }

    var selectedRef: String? { viewport.selectedItem.flatMap { $0 < refs.count ? refs[$0] : nil } }

    mutating func adopt(_ old: AutomationPreviewScreen) { viewport = old.viewport }

    mutating func document(width: Int) -> Document {
        if let cache, cache.width == width { return cache.document }
        let (doc, refs) = layOut(width: width)
        self.refs = refs
        cache = (width, doc)
        return doc
    }

    private func layOut(width: Int) -> (Document, [String]) {
        var doc = Document()
        var refs: [String] = []
        let head = "Tonight's run for \(report.asOf.shortText) would act on \(Format.count(report.acted.count)) "
            + "case\(report.acted.count == 1 ? "" : "s") (\(Format.count(report.letters)) letters). Nothing is written."
        for part in WordWrap.lines(head, width: max(1, width)) { doc.append(StyledLine(part, .title)) }
        for part in WordWrap.lines(report.countsLine + ".", width: max(1, width)) { doc.append(StyledLine(part, .muted)) }

        func section(_ title: String) {
            doc.append(StyledLine.empty)
            doc.append(StyledLine(title, .heading))
        }
        section("By patch and step")
        let byStep = report.actedByPatchAndStep
        if byStep.isEmpty { doc.append(StyledLine("  Nothing: no setting that is on has a case to act on tonight.", .muted)) }
        for row in byStep {
            doc.append(StyledLine("  " + DisplayWidth.pad(row.patch, to: 8) + DisplayWidth.pad(row.step.label, to: 25)
                                  + DisplayWidth.pad(Format.count(row.cases), to: 7, alignRight: true)))
        }

        section("Left to officers, by reason")
        let skips = report.skipCounts
        if skips.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        for (key, label) in AutomationSkip.keyLabels {
            guard let n = skips[key] else { continue }
            doc.append(StyledLine("  " + DisplayWidth.pad(label, to: 40) + DisplayWidth.pad(Format.count(n), to: 7, alignRight: true)))
        }

        func caseLine(_ r: AutomationRun.CaseResult, _ detail: String) -> StyledLine {
            var line = StyledLine("  " + DisplayWidth.pad(r.ref, to: 12), .link)
            line.append(DisplayWidth.pad(names[r.ref] ?? "", to: 24) + "  " + DisplayWidth.pad(r.patch, to: 8))
            line.append(detail, .muted)
            return line
        }
        let paused = report.pausedForMissingData
        section("Would pause for missing data (RMD) (\(Format.count(paused.count)))")
        if paused.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        for r in paused {
            guard case .pausedForMissingData(let missing) = r.kind else { continue }
            doc.appendItem([caseLine(r, "\(r.step.label): \(missing)")])
            refs.append(r.ref)
        }
        let acted = report.acted
        section("Cases it would act on (\(Format.count(acted.count)))")
        if acted.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        for r in acted {
            doc.appendItem([caseLine(r, r.step.label)])
            refs.append(r.ref)
        }
        return (doc, refs)
    }
}
