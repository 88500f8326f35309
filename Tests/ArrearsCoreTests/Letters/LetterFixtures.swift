@testable import ArrearsCore

/// Synthetic cases for letter tests. Fixed dates only: the as-of date is a Thursday.
enum LetterFixtures {
    static let asOf = CivilDate(year: 2026, month: 6, day: 4)!
    static let sender = LetterSender.example
    static let catalogue = LetterTemplateCatalogue.standard

    static func template(_ id: String) -> LetterTemplate {
        guard let t = catalogue.template(id: id) else { preconditionFailure("no template \(id)") }
        return t
    }

    static let tenant = Contact(id: 1, responsible: true, title: "Ms", firstName: "Amara", lastName: "Okafor")
    static let jointTenant = Contact(id: 2, responsible: true, title: "Mr", firstName: "Daniel", lastName: "Okafor",
                                     correspondenceAddress: ["Flat 3", "27 Dalston Lane", "London", "e8 3dF"])
    static let household = Contact(id: 3, responsible: false, title: nil, firstName: "Tobi", lastName: "Okafor")

    static let property = Property(addressLines: ["Flat 12 Nisbet House", "Homerton High Street", "London"],
                                   postcode: "E9 6AA")

    static func account(_ type: AccountType = .secure, debtKind: DebtKind? = nil,
                        contacts: [Contact] = [tenant]) -> Account {
        Account(ref: "0123456/01", paymentRef: "2284917365", type: type, debtKind: debtKind, patch: "E01",
                startDate: CivilDate(year: 2015, month: 3, day: 2)!,
                charge: type.isLeaseholdSide ? Money(pounds: 1_250) : Money(pence: 12_540),
                chargePeriod: type.isLeaseholdSide ? .halfYearly : .weekly, property: property, contacts: contacts)
    }

    static let createdAt = Timestamp(london: CivilDate(year: 2026, month: 4, day: 20)!, hour: 11)

    static func agreement(kind: AgreementKind, state: AgreementState, id: Int = 1) -> Agreement {
        var history = [AgreementStateChange(state: .live, date: CivilDate(year: 2026, month: 4, day: 20)!, description: "Created")]
        if state != .live {
            history.append(AgreementStateChange(state: state, date: CivilDate(year: 2026, month: 5, day: 25)!,
                                                checkedBalance: Money(pence: 98_050), expectedBalance: Money(pounds: 900),
                                                description: "Payments missed"))
        }
        return Agreement(id: id, kind: kind, pattern: .variable, frequency: .weekly, instalment: Money(pounds: 20),
                         startDate: CivilDate(year: 2026, month: 4, day: 27)!, startingBalance: Money(pounds: 1_000),
                         initialPayment: Money(pounds: 100), initialPaymentDate: CivilDate(year: 2026, month: 4, day: 24)!,
                         courtCaseId: kind == .formal ? 7 : nil, createdBy: "jsmith", createdAt: createdAt, history: history)
    }

    static func court(_ outcome: CourtOutcome?, terms: Bool? = nil) -> CourtCase {
        CourtCase(id: 7, hearingDate: CivilDate(year: 2026, month: 3, day: 16)!, hearingMinutes: 10 * 60 + 30,
                  outcome: outcome, outcomeDate: outcome == nil ? nil : CivilDate(year: 2026, month: 3, day: 16)!,
                  terms: terms, balanceOnOutcomeDate: Money(pence: 104_575))
    }

    /// Served on the letter's date (5 June 2026), running 4 weeks, or 7 days for a garage.
    static func notice(_ kind: NoticeKind, days: Int = 28) -> Notice {
        let served = CivilDate(year: 2026, month: 6, day: 5)!
        return Notice(id: 3, kind: kind, servedOn: served, mayBeginOn: served.adding(days: days), validUntil: served.adding(years: 1))
    }

    static func diary(_ code: String, on date: CivilDate) -> DiaryEntry {
        DiaryEntry(id: 40, at: Timestamp(london: date, hour: 9), code: code, comment: "Letter sent", user: "system",
                   balance: Money(pounds: 900))
    }

    /// A case with everything every template could ask for.
    static func fullCase(_ type: AccountType = .secure, debtKind: DebtKind? = nil, outcome: CourtOutcome? = .suspensionOnTerms,
                         terms: Bool? = true, agreementState: AgreementState = .live,
                         agreementKind: AgreementKind = .informal) -> CaseFile {
        let letterOneDate = CivilDate(year: 2026, month: 5, day: 11)!
        let notices = [notice(.noticeOfProceedings), notice(.noticeToQuit, days: type == .garage ? 7 : 28)]
        let codes = ["IC1", "LL1", "MW1", "MW2"]
        return CaseFile(account: account(type, debtKind: debtKind), transactions: ledger(type),
                        agreements: [agreement(kind: agreementKind, state: agreementState)], notices: notices,
                        courtCases: [court(outcome, terms: terms)],
                        diary: codes.map { diary($0, on: letterOneDate) })
    }

    /// Two years of ledger: half-yearly demands and monthly payments (leasehold), a former
    /// tenancy's closing debt and small payments (sundry), or weekly rent and payments.
    static func ledger(_ type: AccountType) -> [LedgerTransaction] {
        let start = CivilDate(year: 2024, month: 6, day: 3)!
        var out: [LedgerTransaction] = []
        if type.isLeaseholdSide {
            for half in 0..<4 {
                out.append(LedgerTransaction(date: CivilDate(year: 2024, month: 10, day: 1)!.adding(months: 6 * half),
                                             code: "DLS", description: "Service charge demand", amount: Money(pounds: 1_850)))
            }
            for month in 0..<20 {
                out.append(LedgerTransaction(date: start.adding(months: month), code: "RDD", description: "Direct debit",
                                             amount: Money(pounds: -200)))
            }
        } else if type == .sundry {
            out.append(LedgerTransaction(date: start, code: "DFT", description: "Former tenant arrears", amount: Money(pence: 183_450)))
            for month in 0..<10 {
                out.append(LedgerTransaction(date: start.adding(months: 3 * month), code: "RPY", description: "Payment",
                                             amount: Money(pounds: -50)))
            }
        } else {
            for week in 0..<104 {
                out.append(LedgerTransaction(date: start.adding(weeks: week), code: "DBR", description: "Basic rent",
                                             amount: Money(pence: 12_540)))
                if week % 2 == 0 {
                    out.append(LedgerTransaction(date: start.adding(weeks: week).adding(days: 3), code: "RHB",
                                                 description: "Housing Benefit", amount: Money(pence: -23_000)))
                }
            }
        }
        return out.sorted { $0.date < $1.date }
    }

    /// A full case of the template's first account type, with the court outcome and agreement
    /// the template expects.
    static func caseFitting(_ t: LetterTemplate) -> CaseFile {
        let outcome: CourtOutcome
        switch t.condition {
        case .outrightOrder?: outcome = .outrightPossessionWithDate
        case .outcomeWithoutTerms?: outcome = .adjournedGenerally
        default: outcome = .suspensionOnTerms
        }
        let source = t.agreementSource ?? .informalLive
        let state: AgreementState = (source == .informalBreached || source == .formalBreached) ? .breached : .live
        let kind: AgreementKind = (source == .formalLive || source == .formalBreached) ? .formal : .informal
        var file = fullCase(t.accountTypes[0], debtKind: t.debtKind, outcome: outcome, terms: t.condition == .outcomeWithTerms,
                            agreementState: state, agreementKind: kind)
        if t.announcesHearing {
            // A hearing still to come, with no outcome yet: what the court date letter announces.
            file.courtCases[0].hearingDate = upcomingHearing
            file.courtCases[0].outcome = nil
            file.courtCases[0].outcomeDate = nil
        }
        return file
    }

    /// A Monday after the letter date (Friday 5 June 2026).
    static let upcomingHearing = CivilDate(year: 2026, month: 6, day: 22)!

    static func render(_ t: LetterTemplate, caseFile: CaseFile, contact: Contact = tenant,
                       figures: LetterFigures = figures, asOf: CivilDate = asOf) -> RenderedLetter {
        LetterRenderer.render(t, caseFile: caseFile, contact: contact, figures: figures, asOf: asOf, sender: sender)
    }

    static let figures = LetterFigures(collectableArrears: Money(pence: 123_450))
}
