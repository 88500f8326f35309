import ArrearsCore

/// A team lead's rent campaign (`M` on the team lead view, after its form): the preview the command
/// line's `notify campaign --dry-run` prints (the core's `MessageCampaign.Preview.report`), made a
/// part at a time while no key waits so that 100,000 cases never freeze the workbench; then `s`
/// queues it, after a question, in one audited transaction. Queueing the same campaign again the same
/// day adds nothing: the preview counts those cases as "already queued by this campaign today".
public struct CampaignScreen: ScrollingDocumentScreen {
    /// Cases read per part: a few hundred case loads, so a key waits at most one part (measured by
    /// `arrears bench --only notify`, docs/benchmarks.md).
    public static let casesPerPart = 500

    let campaign: MessageCampaign
    /// Every case's summary in reference order, as the core's own preview goes through them.
    private(set) var summaries: [CaseSummary]
    private(set) var checked = 0
    private(set) var preview = MessageCampaign.Preview()
    /// Why the preview stopped, when it could not finish.
    private(set) var failure: String?
    var viewport = DocumentViewport()
    private var cache: (width: Int, document: Document)?

    init(campaign: MessageCampaign, summaries: [CaseSummary]) {
        self.campaign = campaign
        self.summaries = summaries.sorted { $0.ref < $1.ref }
    }

    var isChecking: Bool { checked < summaries.count && failure == nil }

    /// The next part of the preview; the last part audits it, as the core's preview does.
    mutating func prepareNextPart(_ data: MessageData) {
        guard isChecking else { return }
        let end = min(summaries.count, checked + Self.casesPerPart)
        do {
            try data.prepareCampaign(campaign, summaries[checked..<end], into: &preview)
            checked = end
            if checked == summaries.count { try data.recordCampaignPreview(campaign, preview) }
        } catch {
            failure = "\(error)"
        }
        cache = nil
    }

    mutating func document(width: Int) -> Document {
        if let cache, cache.width == width { return cache.document }
        var doc = Document()
        let lines = preview.report(campaign, queued: false)
        for part in WordWrap.lines(lines[0], width: max(1, width)) { doc.append(StyledLine(part, .title)) }
        doc.append(StyledLine.empty)
        if let failure {
            doc.append(StyledLine("The preview stopped: \(failure)", .error))
        } else if isChecking {
            doc.append(StyledLine("Checking cases: \(Format.count(checked)) of \(Format.count(summaries.count))…", .muted))
        }
        for line in lines.dropFirst() {
            // The report indents skip reasons and the example; the wrap keeps that indent on every line.
            let indent = String(line.prefix { $0 == " " })
            for part in WordWrap.lines(String(line.dropFirst(indent.count)), width: max(1, width - indent.count)) {
                doc.appendItem([StyledLine(indent + part)])
            }
        }
        cache = (width, doc)
        return doc
    }
}
