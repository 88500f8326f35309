import Foundation
@testable import ArrearsCore

/// Synthetic cases for store tests: one with every field filled (non-ASCII names, odd characters),
/// one with every optional left out.
enum StoreFixtures {
    static func date(_ iso: String) -> CivilDate { CivilDate.parseISO(iso)! }
    static func at(_ iso: String, _ hour: Int, _ minute: Int) -> Timestamp {
        Timestamp(london: date(iso), hour: hour, minute: minute)
    }

    static func richCase(ref: String = "0123456/01") -> CaseFile {
        let contacts = [
            Contact(id: 1, responsible: true, title: "Ms", firstName: "Zoë", lastName: "Nguyễn",
                    phones: ["020 7946 0001", "07700 900123", "+44 7700 900456"],
                    emails: ["zoe.nguyen@example.org"],
                    correspondenceAddress: ["c/o \"Łukasz\" Kowalski", "12 Rue de l'Église\\Annexe", "75001 Paris", "France"]),
            Contact(id: 2, responsible: false, title: nil, firstName: "Łukasz", lastName: "Wiśniewski",
                    phones: [], emails: ["lukasz@example.org", "l.w@example.net"], correspondenceAddress: nil),
            Contact(id: 3, responsible: true, title: "Mx", firstName: "Oluwaseun", lastName: "Adébáyọ̀ 😀\tTab\nLine"),
        ]
        let property = Property(addressLines: ["Flat 12 Nisbet House", "Homerton High Street", "London"],
                                postcode: "E9 6AF", uprn: "100021034567", bedrooms: 3)
        let account = Account(ref: ref, paymentRef: "228000" + ref.prefix(4), type: .sharedOwnership,
                              debtKind: .majorWorks, patch: "SC3", assignedTo: "aoife.obrien",
                              startDate: date("2015-04-06"), endDate: date("2030-04-05"), charge: Money(pence: 123_456),
                              chargePeriod: .halfYearly, property: property, contacts: contacts, version: 7)
        let transactions = (0..<30).map { i in
            LedgerTransaction(date: date("2024-01-01").adding(weeks: i), code: i % 3 == 0 ? "RUC" : "DBR",
                              description: i % 3 == 0 ? "Universal Credit — Zoë" : "Basic rent",
                              amount: Money(pence: i % 3 == 0 ? -45_000 : 15_432))
        }
        let agreement = Agreement(
            id: 4, kind: .formal, pattern: .variable, frequency: .fourWeekly, instalment: Money(pence: 2_500),
            startDate: date("2024-02-05"), startingBalance: Money(pence: 98_765), initialPayment: Money(pence: 10_000),
            initialPaymentDate: date("2024-02-01"), courtCaseId: 9, createdBy: "aoife.obrien",
            createdAt: at("2024-02-01", 14, 5), notes: "Agreed at court; café receipt attached",
            history: [
                AgreementStateChange(state: .live, date: date("2024-02-05"), description: "Created"),
                AgreementStateChange(state: .breached, date: date("2024-04-01"), checkedBalance: Money(pence: 90_000),
                                     expectedBalance: Money(pence: 80_000), description: "Missed two payments"),
            ])
        let informal = Agreement(id: 2, kind: .informal, pattern: .regular, frequency: .weekly,
                                 instalment: Money(pence: 500), startDate: date("2023-06-05"),
                                 startingBalance: Money(pence: 20_000), createdBy: "system",
                                 createdAt: at("2023-06-05", 9, 0), history: [])
        return CaseFile(
            account: account, transactions: transactions, agreements: [agreement, informal],
            notices: [
                Notice(id: 1, kind: .noticeOfSeekingPossession, servedOn: date("2023-09-01"),
                       mayBeginOn: date("2023-10-02"), validUntil: date("2024-09-01"),
                       reviewRequestedOn: date("2023-09-10"), reviewOutcome: "Upheld"),
                Notice(id: 2, kind: .letterBeforeAction, servedOn: date("2023-08-01"),
                       mayBeginOn: date("2023-08-31"), validUntil: date("2024-08-01")),
            ],
            courtCases: [
                CourtCase(id: 9, hearingDate: date("2024-01-15"), hearingMinutes: 630, outcome: .suspensionOnTerms,
                          outcomeDate: date("2024-01-15"), terms: true, disrepairCounterClaim: false,
                          strikeOutDate: date("2030-01-15"), balanceOnOutcomeDate: Money(pence: 98_765)),
                CourtCase(id: 10, hearingDate: nil),
            ],
            evictions: [Eviction(id: 1, date: date("2024-06-20"))],
            pause: Pause(until: date("2024-05-01"), reason: .promiseOfPayment, comment: "Will pay Friday — Nguyễn",
                         setBy: "aoife.obrien", setAt: at("2024-04-20", 16, 45)),
            holds: [
                Hold(id: 1, kind: .breathingSpaceMentalHealth, start: date("2024-03-01"), end: nil,
                     reference: "BS-000123", note: "Crisis moratorium", debtAtStart: Money(pence: 85_000)),
                Hold(id: 2, kind: .dispute, start: date("2024-01-01"), end: date("2024-02-01")),
            ],
            diary: [
                DiaryEntry(id: 1, at: at("2024-01-10", 10, 0), code: "GEN", comment: "Spoke to Zoë; she'll call back",
                           user: "aoife.obrien", balance: Money(pence: 95_000)),
                DiaryEntry(id: 2, at: at("2024-01-11", 11, 30), code: "VOI", comment: "Wrong case",
                           user: "aoife.obrien", balance: Money(pence: 95_000), voids: 1),
            ],
            letters: [
                Letter(id: "L-000001", accountRef: ref, templateId: "letter_1_in_arrears", contactId: 1,
                       status: .failed, author: "aoife.obrien", createdAt: at("2024-02-01", 9, 0),
                       updatedAt: at("2024-02-02", 9, 0),
                       validationErrors: ["Address line 7 is too long", "Postcode \"E9\" is incomplete"],
                       localPrint: true, renderedText: "Dear Ms Nguyễn,\n\nYou owe £987.65.\n"),
                Letter(id: "L-000002", accountRef: ref, templateId: "income_collection_letter_2", contactId: nil,
                       status: .queued, author: "system", createdAt: at("2024-03-01", 9, 0),
                       updatedAt: at("2024-03-01", 9, 0)),
            ])
    }

    /// Every optional field left out, every list empty.
    static func bareCase(ref: String) -> CaseFile {
        CaseFile(account: Account(ref: ref, paymentRef: "P" + ref, type: .secure, patch: nil,
                                  startDate: date("2020-01-06"), charge: Money(pence: 10_000), chargePeriod: .weekly,
                                  property: Property(addressLines: [], postcode: nil), contacts: []))
    }

    /// A small but complete rent case, for bulk and concurrency tests.
    static func smallCase(ref: String) -> CaseFile {
        var file = bareCase(ref: ref)
        file.account.contacts = [Contact(id: 1, responsible: true, title: "Mr", firstName: "Aoife", lastName: "Ó Briain")]
        file.transactions = [
            LedgerTransaction(date: date("2024-01-01"), code: "DBR", description: "Basic rent", amount: Money(pence: 10_000)),
            LedgerTransaction(date: date("2024-01-03"), code: "RPY", description: "Payment", amount: Money(pence: -5_000)),
        ]
        return file
    }

    static func diaryEntry(id: Int, comment: String, user: String = "tester") -> DiaryEntry {
        DiaryEntry(id: id, at: Timestamp(secondsSinceEpoch: 1_700_000_000 + Int64(id)), code: "GEN", comment: comment,
                   user: user, balance: Money(pence: 5_000))
    }

    static func summary(ref: String, rich: Bool) -> CaseSummary {
        CaseSummary(
            ref: ref, paymentRef: "P" + ref, type: rich ? .leasehold : .secure, debtKind: rich ? .serviceCharge : nil,
            patch: rich ? "SC1" : nil, officer: rich ? "łukasz.w" : nil, tenantName: rich ? "Zoë Nguyễn" : "",
            shortAddress: rich ? "Flat 3 Clapton Square" : "", postcode: rich ? "E5 8HP" : "",
            balance: Money(pence: rich ? 123_456 : -500), collectableArrears: Money(pence: rich ? 100_000 : 0),
            daysInArrears: rich ? 120 : 0, band: rich ? .red : .green, score: rich ? 987 : 0,
            actionId: rich ? "send_nosp" : "no_action", actionLabel: rich ? "Serve NOSP" : "No action",
            lastActionCode: rich ? "IC1" : nil, lastActionDate: rich ? date("2024-03-01") : nil,
            agreementState: rich ? .breached : nil, courtDate: rich ? date("2024-07-01") : nil,
            evictionDate: rich ? date("2024-08-01") : nil, pauseUntil: rich ? date("2024-05-01") : nil,
            pauseReason: rich ? .delayedBenefit : nil, pauseComment: rich ? "UC delayed" : nil,
            holds: rich ? [.vulnerability, .benefitClaimPending] : [], lastLetterCode: rich ? "LL1" : nil,
            lastLetterDate: rich ? date("2024-02-01") : nil, asOf: date("2024-04-30"),
            explanationJSON: rich ? #"{"score":[{"factor":"balance","points":500}],"note":"Zoë"}"# : "{}",
            version: rich ? 4 : 1)
    }
}

/// A folder under the system's temporary directory, removed when the test ends.
struct TemporaryFolder {
    let url: URL

    static func with<T>(_ body: (TemporaryFolder) throws -> T) throws -> T {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(TemporaryFolder(url: url))
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
