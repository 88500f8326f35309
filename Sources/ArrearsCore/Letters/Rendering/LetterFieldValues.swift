/// The values of a letter's fields for one case and one recipient, worked out once.
/// A field without a value is absent (never an empty string), so sections and validation can
/// tell "no data" apart from data.
public struct LetterFieldValues: Hashable, Sendable {
    public private(set) var values: [LetterField: String]
    /// Sources that exist for this case (an agreement of the template's kind, a court case, …).
    public private(set) var availableSources: Set<LetterFieldSource>

    public subscript(field: LetterField) -> String? { values[field] }

    /// Works out the fields the template uses or requires, and no others.
    init(template: LetterTemplate, caseFile: CaseFile, contact: Contact, figures: LetterFigures,
         letterDate: CivilDate, sender: LetterSender) {
        values = [:]
        availableSources = [.contact, .account, .figures, .letter]
        let account = caseFile.account
        let team = sender.team(for: template.serviceArea)
        let agreement = template.agreementSource.flatMap { Self.agreement($0, in: caseFile) }
        let breach = agreement?.history.last { $0.state == .breached }
        let court = caseFile.latestCourtCase
        let eviction = caseFile.latestEviction
        let notice = Self.notice(for: template, in: caseFile)
        let previous = template.follows.isEmpty ? nil
            : caseFile.diary.last { template.follows.contains($0.code) }
        if agreement != nil { availableSources.insert(.agreement) }
        if breach != nil { availableSources.insert(.breach) }
        if court != nil { availableSources.insert(.courtCase) }
        if eviction != nil { availableSources.insert(.eviction) }
        if notice != nil { availableSources.insert(.notice) }
        if previous != nil { availableSources.insert(.previousLetter) }

        for field in template.referencedFields {
            let value: String?
            switch field {
            case .tenantName: value = Self.nonBlank(contact.fullName)
            case .greetingName: value = Self.greeting(contact)
            case .tenancyRef: value = Self.nonBlank(account.ref)
            case .paymentRef: value = Self.nonBlank(account.paymentRef)
            case .propertyAddress: value = Self.oneLine(account.property)
            case .rent: value = account.charge.isPositive ? LetterWording.charge(account.charge, account.chargePeriod) : nil
            case .leaseStartDate: value = account.startDate.longText
            case .statementOfAccount: value = LetterStatement.rows(caseFile.transactions, to: letterDate)
            case .arrearsBalance: value = figures.collectableArrears.letterText
            case .moneyJudgement: value = figures.moneyJudgement.flatMap { $0.isPositive ? $0.letterText : nil }
            case .claimBalance: value = (figures.collectableArrears - (figures.moneyJudgement ?? .zero)).letterText
            case .instalmentExamples:
                value = LetterStatement.instalmentRows(figures.collectableArrears - (figures.moneyJudgement ?? .zero),
                                                       firstPayment: letterDate.adding(days: 30))
            case .letterDate: value = letterDate.longText
            case .replyByDate: value = letterDate.adding(days: 30).longText
            case .councilName: value = Self.nonBlank(sender.councilName)
            case .councilAddress: value = Self.nonBlank(sender.addressLines.joined(separator: ", "))
            case .teamName: value = Self.nonBlank(team.name)
            case .teamPhone: value = Self.nonBlank(team.phone)
            case .teamEmail: value = Self.nonBlank(team.email)
            case .paymentWebsite: value = Self.nonBlank(sender.paymentWebsite)
            case .agreementDate: value = agreement?.createdAt.londonDate.longText
            case .agreementInstalment: value = agreement?.instalment.letterText
            case .agreementFrequency: value = agreement.map { LetterWording.frequency($0.frequency) }
            case .agreementStartDate: value = agreement?.startDate.longText
            case .initialPayment: value = agreement?.initialPayment.flatMap { $0.isPositive ? $0.letterText : nil }
            case .initialPaymentDate: value = agreement?.initialPaymentDate?.longText
            case .rentPerPeriod:
                value = agreement.flatMap { LetterWording.rentPerPeriod(weeklyRent: account.weeklyCharge, $0.frequency)?.letterText }
            case .totalPerPeriod:
                value = agreement.flatMap { a in
                    LetterWording.rentPerPeriod(weeklyRent: account.weeklyCharge, a.frequency).map { ($0 + a.instalment).letterText }
                }
            case .breachDate: value = breach?.date.longText
            case .expectedBalance: value = breach?.expectedBalance?.letterText
            case .checkedBalance: value = breach?.checkedBalance?.letterText
            case .shortfall:
                value = breach.flatMap { b in
                    guard let checked = b.checkedBalance, let expected = b.expectedBalance, checked > expected else { return nil }
                    return (checked - expected).letterText
                }
            case .courtDate: value = court?.hearingDate?.longText
            case .courtTime: value = court?.hearingMinutes.map { LetterWording.time(minutesAfterMidnight: $0) }
            case .courtOutcome: value = court?.outcome.map(LetterWording.courtOutcome)
            case .outcomeDate: value = court?.outcomeDate?.longText
            case .balanceOnOutcomeDate: value = court?.balanceOnOutcomeDate?.letterText
            case .evictionDate: value = eviction?.date.longText
            case .noticeServedDate: value = notice?.servedOn.longText
            case .proceedingsDate, .noticeEndDate: value = notice?.mayBeginOn.longText
            case .reviewByDate: value = notice.map { $0.servedOn.adding(days: 14).longText }
            case .previousLetterDate: value = previous?.date.longText
            }
            if let value { values[field] = field.isBlock ? value : Self.singleLine(value) }
        }
    }

    /// The latest agreement of the template's kind and state (by creation, then id).
    static func agreement(_ source: LetterAgreementSource, in caseFile: CaseFile) -> Agreement? {
        caseFile.agreements
            .filter { $0.kind == source.kind && $0.state == source.state }
            .max { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
    }

    /// The latest recorded notice of the kind the template names.
    static func notice(for template: LetterTemplate, in caseFile: CaseFile) -> Notice? {
        guard let kind = template.noticeKind else { return nil }
        return caseFile.notices.filter { $0.kind == kind }.max { ($0.servedOn, $0.id) < ($1.servedOn, $1.id) }
    }

    /// "Ms Okafor" when there is a title, else the full name: "Dear Okafor" would be curt.
    static func greeting(_ c: Contact) -> String? {
        let last = LetterText.trimmed(c.lastName)
        if !last.isEmpty, let title = c.title, !LetterText.isBlank(title) {
            return "\(title) \(last)"
        }
        return Self.nonBlank(c.displayName)
    }

    /// "Flat 12 Nisbet House, Homerton High Street, London E9 6AA": lines joined by commas, the
    /// postcode after the last line without one.
    static func oneLine(_ p: Property) -> String? {
        let lines = p.addressLines.map(LetterText.trimmed).filter { !$0.isEmpty }
        let postcode = LetterText.trimmed(p.postcode ?? "")
        return nonBlank([lines.joined(separator: ", "), postcode].filter { !$0.isEmpty }.joined(separator: " "))
    }

    private static func nonBlank(_ s: String) -> String? {
        LetterText.isBlank(s) ? nil : s
    }

    /// Field values are printed inside sentences: line breaks in stored data must not break the layout.
    private static func singleLine(_ s: String) -> String {
        guard s.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) || s.unicodeScalars.contains(where: { NotifyText.isLineBreak($0.value) })
        else { return s }
        return s.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
