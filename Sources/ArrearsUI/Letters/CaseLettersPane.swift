import ArrearsCore

/// The case screen's Letters pane: every letter on the case, newest first, one selectable item
/// each, with its status, recipient and any problems. `x` cancels the selected queued letter and
/// `v` marks a failed one reviewed (both ask first).
enum CaseLettersPane {
    /// The pane's items in order: item n is `ordered(file)[n]`.
    static func ordered(_ file: CaseFile) -> [Letter] {
        file.letters.sorted(by: LetterRows.newestFirst)
    }

    static func document(file: CaseFile, width: Int, context: ScreenContext) -> Document {
        let letters = ordered(file)
        guard !letters.isEmpty else { return Document(lines: [StyledLine("No letters.", .muted)]) }
        let g = context.glyphs
        var doc = Document()
        for l in letters {
            var head = StyledLine(DisplayWidth.pad(l.createdAt.londonDate.shortText, to: 12), .muted)
            head.append(LetterRows.templateTitle(l.templateId), .heading)
            head.append("  \(l.status.label)", LetterRows.role(for: l.status))
            let recipient = file.account.contacts.first { $0.id == l.contactId }?.displayName
            var details = recipient.map { "  to \($0)" } ?? ""
            details += " \(g.separator) by \(context.officerName(l.author))"
            if l.updatedAt != l.createdAt { details += " \(g.separator) updated \(l.updatedAt.londonDate.shortText)" }
            if l.localPrint { details += " \(g.separator) local print" }
            head.append(details, .muted)
            var lines = [head.fitted(to: width, glyphs: g)]
            for error in l.validationErrors {
                lines += WordWrap.lines(error, width: max(10, width - 14)).map {
                    StyledLine(String(repeating: " ", count: 12) + "! " + $0, .error)
                }
            }
            doc.appendItem(lines)
        }
        return doc
    }
}
