import Testing
@testable import ArrearsCore

/// The demo keeps the letters its diary says were sent in the last six months, as the workbench keeps
/// its own: each such diary line leads to a stored letter that names its addressee.
@Suite struct DemoLetterTests {
    let cases = DemoFixture.cases
    let kept = DemoFixture.asOf.adding(months: -DemoCaseBuilder.keptMonths)

    @Test func recentLetterLinesLeadToTheirLetters() {
        let codes = LetterTemplateCatalogue.standard.diaryCodes
        let all = LetterTemplateCatalogue.standard.templates
        var linked = 0
        for file in cases {
            // Lines for a code no template writes for this account type (a garage's reminder) have no copy.
            let writes = { (code: String) in LetterTemplateCatalogue.writing(code, among: all, for: file) != nil }
            guard !file.account.responsibleContacts.isEmpty else { continue }
            for entry in file.diary where codes.contains(entry.code) && entry.date > kept && writes(entry.code) {
                guard entry.comment.hasPrefix("Letter '") else { continue }
                let letter = file.letter(recordedBy: entry)
                #expect(letter != nil, "\(file.ref) \(file.account.type.rawValue): \(entry.code) on \(entry.date.isoText) has no letter")
                guard let letter else { continue }
                linked += 1
                #expect([.sent, .failed].contains(letter.status))
                #expect(LetterTemplateCatalogue.standard.template(id: letter.templateId)?.diaryCode == entry.code)
                let addressee = file.account.contacts.first { $0.id == letter.contactId }?.fullName ?? "?"
                #expect(letter.renderedText.contains("    \(addressee)\n"), "\(letter.id) names \(addressee) in the address")
            }
            #expect(file.letters.allSatisfy { $0.createdAt.londonDate >= kept })
        }
        #expect(linked > 500)
    }

    @Test func aLetterNotifyWouldRefuseIsStoredAsFailedWithTheReason() {
        let failed = cases.flatMap(\.letters).filter { $0.status == .failed }
        #expect(!failed.isEmpty)
        #expect(failed.allSatisfy { !$0.validationErrors.isEmpty })
    }
}
