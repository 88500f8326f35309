import ArrearsCore

/// The case screen's Letters pane: every letter on the case, newest first, one selectable item
/// each, with its status, recipient, any problems and its way through GOV.UK Notify; then the case's
/// text messages and emails with theirs (not items: nothing is done to them here). `x` cancels the selected queued letter and
/// `v` marks a failed one reviewed (both ask first).
enum CaseLettersPane {
    /// The pane's items in order: item n is `ordered(file)[n]`.
    static func ordered(_ file: CaseFile) -> [Letter] {
        file.letters.sorted(by: LetterRows.newestFirst)
    }

    static func document(file: CaseFile, messages: [OutboxMessage] = [], width: Int, context: ScreenContext) -> Document {
        let letters = ordered(file)
        let notify = Dictionary(messages.filter { $0.channel == .letter }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let texts = messages.filter { $0.channel != .letter }.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        let uncopied = uncopiedDiaryLetters(file)
        let note = uncopied == 0 ? [] : WordWrap.lines(
            "\(uncopied) earlier letter\(uncopied == 1 ? " is" : "s are") on the diary (2) without a copy: "
            + "sent before the workbench kept letters, so only the diary line records \(uncopied == 1 ? "it" : "them").",
            width: max(10, width)).map { StyledLine($0, .muted) }
        let g = context.glyphs
        let messageSection = texts.isEmpty ? [] : [StyledLine(), StyledLine("Text messages and emails", .heading)]
            + texts.flatMap { messageLines($0, width: width, glyphs: g) }
        guard !letters.isEmpty else { return Document(lines: [StyledLine("No letters.", .muted)] + note + messageSection) }
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
            if let message = notify[l.id] { lines += NotifyHistoryLines.lines(message, width: width, indent: 12, glyphs: g) }
            doc.appendItem(lines)
        }
        if !note.isEmpty { doc.append([StyledLine()] + note) }
        if !messageSection.isEmpty { doc.append(messageSection) }
        return doc
    }

    /// `30 Nov 2026  SMS to 447700900123  GAT`, then its way through Notify.
    static func messageLines(_ m: OutboxMessage, width: Int, glyphs: Glyphs) -> [StyledLine] {
        var head = StyledLine(DisplayWidth.pad(m.createdAt.londonDate.shortText, to: 12), .muted)
        head.append(m.channel == .sms ? "SMS" : "Email", .heading)
        head.append("  to \(m.recipient ?? "") \(glyphs.separator) \(m.id)", .muted)
        return [head.fitted(to: width, glyphs: glyphs)] + NotifyHistoryLines.lines(m, width: width, indent: 12, glyphs: glyphs)
    }

    /// Diary lines written for a letter (a template's diary code) that lead to no stored letter.
    static func uncopiedDiaryLetters(_ file: CaseFile) -> Int {
        let letterCodes = LetterTemplateCatalogue.standard.diaryCodes
        return file.diary.filter { letterCodes.contains($0.code) && file.letter(recordedBy: $0) == nil }.count
    }
}
