/// A letter filled in for one case and one recipient, laid out as it will print.
public struct RenderedLetter: Hashable, Sendable {
    public var template: LetterTemplate
    public var accountRef: String
    /// The case version the letter was made from, so queueing can refuse a case changed since.
    public var caseVersion: Int
    public var accountType: AccountType
    public var debtKind: DebtKind?
    public var contactId: Int
    public var recipientName: String
    /// The next working day after the as-of date: the date printed on the letter.
    public var letterDate: CivilDate
    public var address: LetterAddress
    public var figures: LetterFigures
    public var fields: LetterFieldValues
    /// The latest court case's outcome, for the court-outcome variants' fit check.
    public var courtOutcome: CourtOutcome?
    public var courtTerms: Bool?
    /// The recorded notice a notice template prints, so validation can check its dates.
    public var notice: Notice?
    /// Each page has exactly `LetterPageGeometry.linesPerPage` lines.
    public var pages: [[String]]

    public var pageCount: Int { pages.count }

    /// The pages as plain text, each page's lines ending with a line break and pages separated by
    /// a form feed, so that a printer starts every page on a new sheet side. Controls and bidi
    /// overrides that data carried into a line are left out: nothing in a letter steers a printer.
    public var text: String {
        pages.map { $0.map(TerminalSafeText.printable).joined(separator: "\n") + "\n" }.joined(separator: "\u{0C}")
    }
}

/// Fills templates. One letter per named responsible tenant (Pre-Action Protocol): each goes
/// to that contact's correspondence address if they have one, else to the property.
public enum LetterRenderer {
    public static func render(_ template: LetterTemplate, caseFile: CaseFile, contact: Contact, figures: LetterFigures,
                              asOf: CivilDate, sender: LetterSender) -> RenderedLetter {
        let account = caseFile.account
        let letterDate = BankHolidays.nextWorkingDay(after: asOf)
        let fields = LetterFieldValues(template: template, caseFile: caseFile, contact: contact, figures: figures,
                                       letterDate: letterDate, sender: sender)
        let address = LetterAddress.resolve(contact: contact, property: account.property)

        var body = ""
        body.reserveCapacity(4096)
        TemplateNode.render(template.body, into: &body) { fields[$0] }

        let top = firstPageTop(sender: sender, team: sender.team(for: template.serviceArea), address: address,
                               letterDate: letterDate, account: account)
        let pages = LetterPageLayout.paginate(firstPageTop: top, body: body,
                                              footer: "\(sender.councilName) · reference \(account.ref)")
        let court = caseFile.latestCourtCase
        return RenderedLetter(template: template, accountRef: account.ref, caseVersion: account.version, accountType: account.type,
                              debtKind: account.debtKind, contactId: contact.id, recipientName: contact.fullName,
                              letterDate: letterDate, address: address, figures: figures, fields: fields,
                              courtOutcome: court?.outcome, courtTerms: court?.terms,
                              notice: LetterFieldValues.notice(for: template, in: caseFile), pages: pages)
    }

    /// One letter for each named responsible tenant; empty when the account names none.
    public static func renderAll(_ template: LetterTemplate, caseFile: CaseFile, figures: LetterFigures,
                                 asOf: CivilDate, sender: LetterSender) -> [RenderedLetter] {
        caseFile.account.responsibleContacts.map {
            render(template, caseFile: caseFile, contact: $0, figures: figures, asOf: asOf, sender: sender)
        }
    }

    /// Rows above the body on page one: sender (right-aligned), address window, date and references.
    static func firstPageTop(sender: LetterSender, team: LetterTeam, address: LetterAddress,
                             letterDate: CivilDate, account: Account) -> [String] {
        let g = LetterPageGeometry.self
        var rows = Array(repeating: "", count: g.firstBodyRowOnPageOne)
        let senderLines = [sender.councilName, team.name] + sender.addressLines
            + ["Phone: \(team.phone)", "Email: \(team.email)"]
        for (row, line) in zip(g.senderRows, senderLines) { rows[row] = LetterPageLayout.rightAligned(line, width: g.width) }
        let indent = LetterText.spaces(g.addressIndent)
        for (row, line) in zip(g.addressRows, address.printedLines) { rows[row] = indent + line }
        let references = ["Date: \(letterDate.longText)", "Our reference: \(account.ref)",
                          "Payment reference: \(account.paymentRef)"]
        for (row, line) in zip(g.referenceRows, references) { rows[row] = line }
        return rows
    }
}
