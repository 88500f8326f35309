@testable import ArrearsCore

/// `d("2024-06-05")`: dates in tests read as they are written.
func d(_ iso: String) -> CivilDate { CivilDate.parseISO(iso)! }

/// `gbp("10.00")`.
func gbp(_ text: String) -> Money { Money.parse(text)! }

/// Builds cases for engine tests, one fact at a time.
struct CaseBuilder {
    var file: CaseFile
    private var nextId = 1

    init(_ type: AccountType = .secure, weekly: Money = gbp("100.00"), period: ChargePeriod = .weekly,
         debtKind: DebtKind? = nil, ref: String = "T1") {
        let account = Account(ref: ref, paymentRef: "P" + ref, type: type, debtKind: debtKind, patch: "E01",
                              startDate: d("2020-01-06"), charge: weekly, chargePeriod: period,
                              property: Property(addressLines: ["Flat 1 Test House", "London"], postcode: "E8 1AA"),
                              contacts: [Contact(id: 1, responsible: true, title: "Ms", firstName: "Amara", lastName: "Okafor")])
        file = CaseFile(account: account)
    }

    private mutating func id() -> Int { defer { nextId += 1 }; return nextId }

    /// A ledger whose arrears after one week's grace come to exactly `amount` on `asOf`: this week's
    /// rent charged and paid on Monday, and an old debit of `amount` plus one week's charge 60 days back.
    mutating func arrearsAfterGrace(_ amount: Money, asOf: CivilDate) {
        collectable(amount + file.account.weeklyCharge, asOf: asOf)
    }

    /// A ledger whose collectable arrears (no grace) come to exactly `amount` on `asOf`.
    mutating func collectable(_ amount: Money, asOf: CivilDate) {
        let weekly = file.account.weeklyCharge
        file.transactions = [LedgerTransaction(date: asOf.adding(days: -60), code: "DAJ", description: "Arrears", amount: amount)]
        if weekly.isPositive && file.account.chargePeriod == .weekly {
            file.transactions += [
                LedgerTransaction(date: asOf.startOfISOWeek, code: "DBR", description: "Rent", amount: weekly),
                LedgerTransaction(date: asOf.startOfISOWeek, code: "RPY", description: "Payment", amount: -weekly),
            ]
        }
    }

    mutating func line(_ code: String, _ amount: Money, on date: CivilDate) {
        file.transactions.append(LedgerTransaction(date: date, code: code, description: "", amount: amount))
        file.transactions.sort { $0.date < $1.date }
    }

    mutating func diary(_ code: String, on date: CivilDate, comment: String = "") {
        file.diary.append(DiaryEntry(id: id(), at: Timestamp(london: date, hour: 10), code: code, comment: comment,
                                     user: "tester", balance: .zero))
        file.diary.sort { $0.at < $1.at }
    }

    mutating func notice(_ kind: NoticeKind, servedOn: CivilDate, reviewRequestedOn: CivilDate? = nil, reviewOutcome: String? = nil) {
        var n = NoticeSchedule.notice(id: id(), kind: kind, servedOn: servedOn, account: file.account, policy: .default)
        n.reviewRequestedOn = reviewRequestedOn
        n.reviewOutcome = reviewOutcome
        file.notices.append(n)
    }

    mutating func court(hearing: CivilDate?, outcome: CourtOutcome? = nil, terms: Bool? = nil, strikeOut: CivilDate? = nil) {
        file.courtCases.append(CourtCase(id: id(), hearingDate: hearing, outcome: outcome, terms: terms, strikeOutDate: strikeOut))
    }

    @discardableResult
    mutating func agreement(_ kind: AgreementKind = .informal, _ frequency: AgreementFrequency = .weekly,
                            pattern: PaymentPattern = .regular, instalment: Money, start: CivilDate, startingBalance: Money,
                            lumpSum: Money? = nil, lumpSumDate: CivilDate? = nil, states: [(AgreementState, CivilDate)] = []) -> Agreement {
        var history = [AgreementStateChange(state: .live, date: start, description: "Agreement created")]
        for (state, date) in states { history.append(AgreementStateChange(state: state, date: date, description: state.rawValue)) }
        let a = Agreement(id: id(), kind: kind, pattern: pattern, frequency: frequency, instalment: instalment, startDate: start,
                          startingBalance: startingBalance, initialPayment: lumpSum, initialPaymentDate: lumpSumDate,
                          courtCaseId: kind == .formal ? file.courtCases.last?.id : nil, createdBy: "tester",
                          createdAt: Timestamp(london: start.adding(days: -1), hour: 9), history: history)
        file.agreements.append(a)
        return a
    }

    mutating func hold(_ kind: HoldKind, start: CivilDate, end: CivilDate? = nil, debtAtStart: Money? = nil) {
        file.holds.append(Hold(id: id(), kind: kind, start: start, end: end, debtAtStart: debtAtStart))
    }

    mutating func pause(until: CivilDate, reason: PauseReason = .promiseOfPayment) {
        file.pause = Pause(until: until, reason: reason, comment: "Will pay Friday", setBy: "tester",
                           setAt: Timestamp(london: until.adding(days: -7)))
    }

    mutating func eviction(on date: CivilDate) { file.evictions.append(Eviction(id: id(), date: date)) }

    mutating func failedLetter(on date: CivilDate) {
        let at = Timestamp(london: date, hour: 11)
        file.letters.append(Letter(id: "L\(id())", accountRef: file.ref, templateId: "letter_1", contactId: 1, status: .failed,
                                   author: "tester", createdAt: at, updatedAt: at))
    }

    func classify(_ asOf: CivilDate, policy: Policy = .default) -> Classification {
        Classifier(policy: policy).classify(file, asOf: asOf)
    }

    func action(_ asOf: CivilDate, policy: Policy = .default) -> RecommendedAction { classify(asOf, policy: policy).action }
}
