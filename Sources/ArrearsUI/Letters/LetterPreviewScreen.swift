import ArrearsCore

/// Letters shown exactly as they will print (or as they were stored): a header naming the template,
/// the recipient and the verdict, then every problem naming its field, then the framed pages.
/// One letter per named responsible tenant; Tab moves between them.
struct LetterPreviewScreen {
    enum Purpose: Hashable {
        /// One case's letters, which `s` queues once confirmed.
        case queue(LettersForCase, caseName: String)
        /// A ready letter of a bulk run; it is queued from the results with the others.
        case bulk
        /// A letter already on a case.
        case stored(LetterListing)
    }

    struct Item: Hashable {
        var recipient: String
        var pages: [[String]]
        /// Nil for a stored letter, whose checks were made when it was queued.
        var verdict: LetterVerdict?
        /// The id of the same letter to the same tenant, already queued or sent today.
        var alreadyQueued: String?
    }

    let title: String
    let diaryCode: String?
    let items: [Item]
    let purpose: Purpose
    private(set) var current = 0
    private var viewports: [Int: DocumentViewport] = [:]
    private var cache: (key: CacheKey, document: Document)?

    private struct CacheKey: Hashable { var item: Int, width: Int }

    static let headerHeight = 2

    init(title: String, diaryCode: String?, items: [Item], purpose: Purpose) {
        self.title = title; self.diaryCode = diaryCode; self.items = items; self.purpose = purpose
    }

    /// The letters one template makes for one case, ready to queue once confirmed, with the ids they
    /// will be stored under (`LetterIds`) and the version of `file` they were made from.
    init(caseLetters: CaseLetters, template: LetterTemplate, file: CaseFile, asOf: CivilDate, caseName: String) {
        var drafts: [LetterDraft] = []
        var items: [Item] = []
        for letter in caseLetters.letters {
            var item = Item(letter)
            switch LetterIds.assign(letter.rendered, asOf: asOf, existing: file.letters) {
            case .new(let id): drafts.append(LetterDraft(id: id, prepared: letter))
            case .alreadyQueued(let earlier): item.alreadyQueued = earlier.id
            }
            items.append(item)
        }
        let letters = LettersForCase(ref: file.ref, expectedVersion: file.account.version, letters: drafts)
        self.init(title: template.title, diaryCode: template.diaryCode, items: items, purpose: .queue(letters, caseName: caseName))
    }

    init(stored letter: Letter, listing: LetterListing, templateTitle: String) {
        self.init(title: templateTitle, diaryCode: nil,
                  items: [Item(recipient: listing.tenantName, pages: LetterPDF.pages(of: letter.renderedText), verdict: nil)],
                  purpose: .stored(listing))
    }

    var crumb: String {
        switch purpose {
        case .queue: return "Preview: \(title)"
        case .bulk: return "Preview: \(items.first?.recipient ?? title)"
        case .stored(let l): return "Letter \(l.letter.id)"
        }
    }

    /// Letters that validation refuses or that are already queued today; any of them stops the
    /// case's letters being queued.
    var refused: [Item] { items.filter { $0.verdict?.canQueue == false || $0.alreadyQueued != nil } }

    static func contentArea(in area: Rect) -> Rect {
        Rect(x: area.x, y: area.y + headerHeight, width: area.width, height: max(0, area.height - headerHeight))
    }

    // MARK: State changes

    mutating func cycle(by delta: Int, area: Rect, glyphs: Glyphs) {
        guard items.count > 1 else { return }
        current = ((current + delta) % items.count + items.count) % items.count
        fit(area, glyphs: glyphs)
    }

    mutating func move(_ motion: Motion, area: Rect, glyphs: Glyphs) {
        let content = LetterPreviewScreen.contentArea(in: area)
        let doc = document(width: content.width, glyphs: glyphs)
        var viewport = viewports[current] ?? DocumentViewport()
        viewport.apply(motion, in: doc, visibleRows: content.height)
        viewports[current] = viewport
    }

    mutating func fit(_ area: Rect, glyphs: Glyphs) {
        let content = LetterPreviewScreen.contentArea(in: area)
        var viewport = viewports[current] ?? DocumentViewport()
        viewport.fit(document(width: content.width, glyphs: glyphs), visibleRows: content.height)
        viewports[current] = viewport
    }

    // MARK: Drawing

    private mutating func document(width: Int, glyphs: Glyphs) -> Document {
        let key = CacheKey(item: current, width: width)
        if let cache, cache.key == key { return cache.document }
        var doc = Document()
        let item = items[current]
        if let verdict = item.verdict {
            if !verdict.problems.isEmpty {
                doc.append(StyledLine("To put right before it can be queued:", .error))
                doc.append(LetterProblemLines.lines(verdict.problems, width: width))
            }
            for note in verdict.notes {
                doc.append(WordWrap.lines(note, width: max(10, width - 2)).map { StyledLine("  " + $0, verdict.localPrint ? .warning : .muted) })
            }
        } else if case .stored(let listing) = purpose {
            if !listing.letter.validationErrors.isEmpty {
                doc.append(StyledLine("Problems recorded with this letter:", .error))
                for error in listing.letter.validationErrors {
                    doc.append(WordWrap.lines(error, width: max(10, width - 4)).map { StyledLine("  ! " + $0, .error) })
                }
            }
            if let message = listing.notify { doc.append(NotifyHistoryLines.lines(message, width: width, indent: 0, glyphs: glyphs)) }
        }
        if !doc.lines.isEmpty { doc.append(.empty) }
        if item.pages.isEmpty {
            doc.append(StyledLine("No printed text was stored with this letter.", .muted))
        } else {
            doc.append(LetterPages.lines(item.pages, width: width, glyphs: glyphs))
        }
        cache = (key, doc)
        return doc
    }

    mutating func render(into grid: inout Grid, area: Rect, context: ScreenContext) -> Int {
        let g = context.glyphs
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: LetterPreviewScreen.headerHeight), role: .normal)
        let item = items[current]
        var head = StyledLine(title, .title)
        if let diaryCode { head.append(" (\(diaryCode))", .muted) }
        head.append(" \(g.separator) to ", .muted)
        head.append(item.recipient)
        var right = ""
        if items.count > 1 {
            right = "letter \(current + 1) of \(items.count)"
            let others = refused.filter { $0 != item }.count
            if others > 0 { right += " \(g.separator) \(others) other\(others == 1 ? "" : "s") cannot be queued" }
        }
        let rightWidth = DisplayWidth.of(right)
        let fitsRight = !right.isEmpty && head.width + rightWidth + 2 <= area.width
        grid.draw(head.fitted(to: fitsRight ? area.width - rightWidth : area.width, glyphs: g), row: area.y, column: area.x,
                  width: area.width)
        if fitsRight { grid.putRight(right, row: area.y, endColumn: area.maxX, role: refused.isEmpty ? .muted : .warning) }
        grid.draw(verdictLine(item, context: context).fitted(to: area.width, glyphs: g), row: area.y + 1, column: area.x,
                  width: area.width)

        let content = LetterPreviewScreen.contentArea(in: area)
        let doc = document(width: content.width, glyphs: g)
        var viewport = viewports[current] ?? DocumentViewport()
        viewport.fit(doc, visibleRows: content.height)
        viewports[current] = viewport
        viewport.render(doc, into: &grid, area: content, glyphs: g, highlight: false)
        return content.y
    }

    private func verdictLine(_ item: Item, context: ScreenContext) -> StyledLine {
        let sep = " \(context.glyphs.separator) "
        let pages = "\(item.pages.count) page\(item.pages.count == 1 ? "" : "s")"
        guard let verdict = item.verdict else {
            guard case .stored(let listing) = purpose else { return StyledLine() }
            let l = listing.letter
            var line = StyledLine(l.status.label, LetterRows.role(for: l.status))
            line.append(sep + "created \(l.createdAt.londonDate.shortText) by \(context.officerName(l.author))", .muted)
            if l.updatedAt != l.createdAt { line.append(sep + "updated \(l.updatedAt.londonDate.shortText)", .muted) }
            line.append(sep + pages + (l.localPrint ? sep + "local print" : ""), .muted)
            return line
        }
        if let earlier = item.alreadyQueued {
            return StyledLine("Already queued today as \(earlier)" + sep + "cancel it first to queue it again", .warning)
        }
        if !verdict.canQueue {
            let n = verdict.problems.count
            return StyledLine("Cannot be queued" + sep + "\(n) problem\(n == 1 ? "" : "s"), each naming its field, below", .error)
        }
        var line = StyledLine(purpose == .bulk ? "Ready" : "Ready to queue", .success)
        if verdict.localPrint {
            line.append(sep + pages + sep, .normal)
            line.append("local print: over GOV.UK Notify's \(LetterValidation.notifyMaxPages)-page limit", .warning)
        } else {
            line.append(sep + pages + sep + "sent through GOV.UK Notify", .normal)
        }
        if purpose == .bulk { line.append(sep + "queued with the others from the results (s there)", .muted) }
        return line
    }
}

extension LetterPreviewScreen.Item {
    init(_ letter: PreparedLetter) {
        self.init(recipient: letter.rendered.recipientName, pages: letter.rendered.pages, verdict: letter.verdict)
    }
}
