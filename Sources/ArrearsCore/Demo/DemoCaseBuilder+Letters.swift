/// The letters the demo's diary says were sent, kept as the workbench keeps its own: rendered from the
/// template that writes the diary code, as the case stood that day, one per named responsible tenant.
/// So the Letters pane lists the letters the diary mentions, and each such diary line leads to its letter.
/// Only the last `keptMonths` are kept: copies of every letter would double the database (about 3 kB
/// a letter); older diary lines stand for letters whose copies were never kept (the Letters pane says so).
extension DemoCaseBuilder {
    static let keptMonths = 6

    mutating func keepSentLetters(id: String, code: String, on day: CivilDate, by user: String) {
        guard day >= asOf.adding(months: -Self.keptMonths) else { return }
        let account = file.account
        guard let template = LetterTemplateCatalogue.writing(code, among: LetterTemplateCatalogue.standard.templates, for: file)
        else { return }
        let at = file.diary.last?.at ?? Timestamp(london: day, hour: 9)
        let figures = LetterFigures(collectableArrears: balance)
        for (n, contact) in account.responsibleContacts.enumerated() {
            let rendered = LetterRenderer.render(template, caseFile: file, contact: contact, figures: figures,
                                                 asOf: day, sender: .example)
            let prepared = PreparedLetter(rendered)
            let letterId = n == 0 ? id : "\(id)-\(n + 1)"
            // Notify rejects what validation refuses: such a letter failed, with the reasons on it.
            let failed = !prepared.verdict.canQueue
            file.letters.append(Letter(id: letterId, accountRef: account.ref, templateId: template.id, contactId: contact.id,
                                       status: failed ? .failed : .sent, author: user, createdAt: at, updatedAt: at,
                                       validationErrors: prepared.verdict.messages, localPrint: prepared.verdict.localPrint,
                                       renderedText: rendered.text))
        }
    }

}
