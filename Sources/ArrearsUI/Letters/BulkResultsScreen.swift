import ArrearsCore

/// The second step of bulk letters: the "ready" and "cannot send" lists with counts, reasons and
/// fields, and a preview of the first ready letter (beside the lists on a wide screen, below them
/// otherwise). `s` queues every ready letter in one confirmed step.
struct BulkResultsScreen {
    /// A letter that will be queued, with the id it will be stored under.
    struct ReadyLetter: Hashable {
        var reference: String
        var letter: PreparedLetter
        var id: String
    }

    /// A reference or letter that will not be sent, and why.
    struct Refusal: Hashable {
        var reference: String
        var recipientName: String?
        var fields: String
        var reason: String
    }

    let template: LetterTemplate
    let referenceCount: Int
    let duplicatesRemoved: Int
    let ready: [ReadyLetter]
    /// The plan's refusals, then letters already queued today (they are not queued twice).
    let cannotSend: [Refusal]
    var viewport = DocumentViewport()
    /// What `s` queues: one item per case, each with the copy of its case the check read, as
    /// `arrears letters queue` makes them (`BulkQueue.items`).
    let run: BulkLetterRun
    /// Set once the ready letters are queued, so they are not queued twice.
    var queued: String?
    private var cache: (width: Int, sideBySide: Bool, document: Document)?

    /// - Parameter cases: the cases the plan was made from (their letters already stored count too).
    init(plan: BulkLetterPlan, cases: BulkQueue.Cases, sender: LetterSender, minimumBalance: Money, session: Session) {
        let asOf = session.asOf
        // The core stamps each letter with its author and the time it is queued; the working date stands in.
        run = BulkLetterRun(items: BulkQueue.items(plan: plan, cases: cases, author: session.user.login, asOf: asOf,
                                                   at: Timestamp(london: asOf)).cases,
                            template: plan.template, sender: sender, minimumBalance: minimumBalance)
        template = plan.template
        referenceCount = plan.references.count
        duplicatesRemoved = plan.duplicatesRemoved
        var ready: [ReadyLetter] = []
        var cannotSend = plan.cannotSend.map {
            Refusal(reference: $0.reference, recipientName: $0.recipientName, fields: $0.fields, reason: $0.reason)
        }
        for r in plan.ready {
            let rendered = r.letter.rendered
            switch LetterIds.assign(rendered, asOf: asOf, existing: cases.file(ref: rendered.accountRef)?.letters ?? []) {
            case .new(let id): ready.append(ReadyLetter(reference: r.reference, letter: r.letter, id: id))
            case .alreadyQueued(let earlier):
                cannotSend.append(Refusal(reference: r.reference, recipientName: rendered.recipientName, fields: "Letter",
                                          reason: "Letter: already queued today as \(earlier.id)"))
            }
        }
        self.ready = ready
        self.cannotSend = cannotSend
    }

    var crumb: String { "Results" }

    /// Ready letters over Notify's page limit, to be printed and posted locally.
    var localPrintCount: Int { ready.filter(\.letter.verdict.localPrint).count }

    /// The ready letter behind the selected row, if a ready row is selected.
    var selectedReady: ReadyLetter? {
        guard let i = viewport.selectedItem, i < ready.count else { return nil }
        return ready[i]
    }

    var selectedRefusal: Refusal? {
        guard let i = viewport.selectedItem, i >= ready.count, i - ready.count < cannotSend.count else { return nil }
        return cannotSend[i - ready.count]
    }

    static let headerHeight = 2
    /// From this width the preview sits beside the lists.
    static let sideBySideWidth = 110

    static func listArea(in area: Rect) -> Rect {
        let top = area.y + headerHeight
        let width = area.width >= sideBySideWidth ? area.width - LetterPages.framedWidth - 1 : area.width
        return Rect(x: area.x, y: top, width: width, height: max(0, area.height - headerHeight))
    }

    mutating func move(_ motion: Motion, area: Rect, context: ScreenContext) {
        let list = BulkResultsScreen.listArea(in: area)
        viewport.apply(motion, in: document(width: list.width, sideBySide: area.width >= BulkResultsScreen.sideBySideWidth,
                                            context: context), visibleRows: list.height)
    }

    mutating func fit(_ area: Rect, context: ScreenContext) {
        let list = BulkResultsScreen.listArea(in: area)
        viewport.fit(document(width: list.width, sideBySide: area.width >= BulkResultsScreen.sideBySideWidth, context: context),
                     visibleRows: list.height)
    }

    // MARK: Drawing

    private mutating func document(width: Int, sideBySide: Bool, context: ScreenContext) -> Document {
        let glyphs = context.glyphs
        if let cache, cache.width == width, cache.sideBySide == sideBySide { return cache.document }
        var doc = Document()
        doc.append(StyledLine("Ready to queue (\(Format.count(ready.count)))", .heading))
        let references = ready.map(\.reference) + cannotSend.map(\.reference)
        let refWidth = min(16, max(9, references.map { DisplayWidth.of($0) }.max() ?? 0))
        if ready.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        for r in ready {
            let rendered = r.letter.rendered
            // The name comes first: on a narrow list the page count and postage give way to it.
            var line = StyledLine("  " + DisplayWidth.pad(r.reference, to: refWidth) + "  ")
            line.append(rendered.recipientName)
            line.append(" \(glyphs.separator) \(rendered.pageCount) page\(rendered.pageCount == 1 ? "" : "s") \(glyphs.separator) ", .muted)
            line.append(r.letter.verdict.localPrint ? "local print" : "Notify", r.letter.verdict.localPrint ? .warning : .muted)
            doc.appendItem([line.fitted(to: width, glyphs: glyphs)])
        }
        doc.append(.empty)
        doc.append(StyledLine("Cannot send (\(Format.count(cannotSend.count)))", .heading))
        if cannotSend.isEmpty { doc.append(StyledLine("  None.", .muted)) }
        let fieldWidth = min(22, max(5, cannotSend.map { DisplayWidth.of($0.fields) }.max() ?? 0))
        for c in cannotSend { doc.appendItem(refusalLines(c, refWidth: refWidth, fieldWidth: fieldWidth, width: width)) }
        if !sideBySide, let first = ready.first {
            doc.append(.empty)
            doc.append(previewHeading(first, context: context))
            doc.append(LetterPages.lines(first.letter.rendered.pages, width: width, glyphs: glyphs, limit: 1))
        }
        cache = (width, sideBySide, doc)
        return doc
    }

    /// Reference, field and reason in columns; on a narrow list the reason goes under the other two.
    private func refusalLines(_ c: Refusal, refWidth: Int, fieldWidth: Int, width: Int) -> [StyledLine] {
        let reason = (c.recipientName.map { "\($0): " } ?? "") + c.reason
        let lead = "  " + DisplayWidth.pad(c.reference, to: refWidth) + "  "
        guard width >= 60 else {
            var first = StyledLine(lead)
            first.append(c.fields, .heading)
            return [first] + WordWrap.lines(reason, width: max(10, width - 4)).map { StyledLine("    " + $0, .error) }
        }
        return WordWrap.lines(reason, width: max(10, width - refWidth - fieldWidth - 6)).enumerated().map { i, part in
            var line = StyledLine(i == 0 ? lead : String(repeating: " ", count: refWidth + 4))
            line.append(DisplayWidth.pad(i == 0 ? c.fields : "", to: fieldWidth) + "  ", .heading)
            line.append(part, .error)
            return line
        }
    }

    private func previewHeading(_ r: ReadyLetter, context: ScreenContext) -> StyledLine {
        StyledLine("First ready letter: \(r.reference), \(r.letter.rendered.recipientName) "
                   + "(page 1; \(context.keys(.bulkPreview, in: .bulkLetters)) reads it all)", .heading)
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Int {
        let g = context.glyphs
        let sep = " \(g.separator) "
        grid.fill(area, role: .normal)
        var head = StyledLine(template.title, .title)
        head.append(" (\(template.diaryCode))" + sep + LetterQuestions.count(referenceCount, "reference") + " checked", .muted)
        if duplicatesRemoved > 0 { head.append(sep + LetterQuestions.count(duplicatesRemoved, "duplicate") + " removed", .muted) }
        grid.draw(head.fitted(to: area.width, glyphs: g), row: area.y, column: area.x, width: area.width)
        var summary = StyledLine()
        if let queued {
            summary.append(queued, .success)
        } else {
            summary.append("Ready \(Format.count(ready.count))", ready.isEmpty ? .muted : .success)
            summary.append(sep)
            summary.append("Cannot send \(Format.count(cannotSend.count))", cannotSend.isEmpty ? .muted : .error)
            if localPrintCount > 0 { summary.append(sep + "\(Format.count(localPrintCount)) for local print", .warning) }
        }
        grid.draw(summary.fitted(to: area.width, glyphs: g), row: area.y + 1, column: area.x, width: area.width)

        let sideBySide = area.width >= BulkResultsScreen.sideBySideWidth
        let list = BulkResultsScreen.listArea(in: area)
        let doc = document(width: list.width, sideBySide: sideBySide, context: context)
        viewport.fit(doc, visibleRows: list.height)
        let cursor = viewport.render(doc, into: &grid, area: list, glyphs: g)
        if sideBySide {
            let pane = Rect(x: list.maxX + 1, y: list.y, width: area.maxX - list.maxX - 1, height: list.height)
            if let first = ready.first {
                grid.draw(previewHeading(first, context: context).fitted(to: pane.width, glyphs: g), row: pane.y, column: pane.x, width: pane.width)
                let pages = LetterPages.lines(first.letter.rendered.pages, width: pane.width, glyphs: g, limit: 1)
                for (i, line) in pages.prefix(max(0, pane.height - 1)).enumerated() {
                    grid.draw(line, row: pane.y + 1 + i, column: pane.x, width: pane.width)
                }
            } else if pane.height > 0 {
                grid.put("No letter is ready to preview.", row: pane.y, column: pane.x, role: .muted, maxWidth: pane.width)
            }
        }
        return cursor ?? list.y
    }
}
