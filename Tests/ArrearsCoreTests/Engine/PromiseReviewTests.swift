import Testing
@testable import ArrearsCore

/// A promise to pay read against the ledger (docs/policy.md §6.1): open until its date, kept once
/// payments from the day it was made to its date reach the amount, broken from the day after.
@Suite struct PromiseReviewTests {
    static let made = d("2026-11-30")
    static let due = d("2026-12-04")
    static let promise = PaymentPromise(id: 1, amount: gbp("50.00"), dueOn: due, madeOn: made, recordedBy: "amy.agent",
                                        recordedAt: Timestamp(london: made, hour: 10), comment: "")

    static func ledger(_ payments: [(String, String)]) -> [LedgerTransaction] {
        [LedgerTransaction(date: d("2026-10-05"), code: "DBR", description: "Rent", amount: gbp("600.00"))]
            + payments.map { LedgerTransaction(date: d($0.0), code: "RPY", description: "Payment", amount: Money(pence: -gbp($0.1).pence)) }
    }

    enum Expected: Equatable { case open, kept(String), broken }

    /// Rows: as-of date, payments (date, amount), the verdict, and what is counted as paid.
    @Test(arguments: [
        // Nothing paid: open the day before and on the date, broken the day after.
        ("2026-12-03", [], Expected.open, "0.00"),
        ("2026-12-04", [], .open, "0.00"),
        ("2026-12-05", [], .broken, "0.00"),
        // The whole amount on the date: kept, seen on the day after as well.
        ("2026-12-04", [("2026-12-04", "50.00")], .kept("2026-12-04"), "50.00"),
        ("2026-12-05", [("2026-12-04", "50.00")], .kept("2026-12-04"), "50.00"),
        // Paid early: kept before the date comes.
        ("2026-12-03", [("2026-12-02", "50.00")], .kept("2026-12-02"), "50.00"),
        // Short by 1p, £9.99 and £10: broken the day after, open on the date.
        ("2026-12-04", [("2026-12-01", "49.99")], .open, "49.99"),
        ("2026-12-05", [("2026-12-01", "49.99")], .broken, "49.99"),
        ("2026-12-05", [("2026-12-01", "40.01")], .broken, "40.01"),
        ("2026-12-05", [("2026-12-01", "40.00")], .broken, "40.00"),
        // More than promised, and in two parts: kept on the day the total reached the amount.
        ("2026-12-05", [("2026-12-01", "50.01")], .kept("2026-12-01"), "50.01"),
        ("2026-12-05", [("2026-12-01", "30.00"), ("2026-12-03", "20.00")], .kept("2026-12-03"), "50.00"),
        // A day late, or before the promise was made: not counted.
        ("2026-12-05", [("2026-12-05", "50.00")], .broken, "0.00"),
        ("2026-12-05", [("2026-11-29", "50.00")], .broken, "0.00"),
        // Made on the day of a payment: that payment counts.
        ("2026-12-05", [("2026-11-30", "50.00")], .kept("2026-11-30"), "50.00"),
    ] as [(String, [(String, String)], Expected, String)])
    func verdictAtEachBoundary(asOf: String, payments: [(String, String)], expected: Expected, paid: String) {
        let review = PromiseReview.review(Self.promise, ledger: Self.ledger(payments), asOf: d(asOf))
        switch (review.verdict, expected) {
        case (.open, .open): break
        case let (.kept(on), .kept(day)): #expect(on == d(day))
        case let (.broken(on), .broken): #expect(on == d("2026-12-05"), "broken the day after the date")
        default: Issue.record("as of \(asOf) with \(payments): \(review.verdict), expected \(expected)")
        }
        #expect(review.paid == gbp(paid))
        #expect(review.shortfall == (gbp("50.00") - gbp(paid) > .zero ? gbp("50.00") - gbp(paid) : .zero))
    }

    @Test func theWordsSayWhatWasPaidAndWhatIsShort() {
        let broken = PromiseReview.review(Self.promise, ledger: Self.ledger([("2026-12-01", "40.01")]), asOf: d("2026-12-05"))
        #expect(broken.text == "promised £50.00 by 4 Dec 2026; broken: £40.01 of £50.00 paid, £9.99 short")
        #expect(broken.diaryText == "Promise broken (£50.00 by 4 Dec 2026): £40.01 paid, £9.99 short.")
        let kept = PromiseReview.review(Self.promise, ledger: Self.ledger([("2026-12-04", "50.00")]), asOf: d("2026-12-05"))
        #expect(kept.diaryText == "Promise kept (£50.00 by 4 Dec 2026): £50.00 paid by 4 Dec 2026.")
    }

    // MARK: The rule

    static func brokenCase(payments: [(String, String)] = []) -> CaseBuilder {
        var b = CaseBuilder()
        b.file.transactions = ledger(payments)
        b.file.promises = [promise]
        // Letter one sent last month, so the ladder has nothing due: only the promise brings the case back.
        b.diary("IC1", on: d("2026-11-20"))
        return b
    }

    @Test func aBrokenPromiseBringsTheCaseBackTheDayAfterItsDate() {
        let file = Self.brokenCase().file
        for (asOf, fires) in [("2026-12-03", false), ("2026-12-04", false), ("2026-12-05", true), ("2027-01-20", true)] {
            let c = ArrearsEngine.classify(file, asOf: d(asOf))
            #expect((c.action == .followUpBrokenPromise) == fires, "as of \(asOf): \(c.action)")
        }
        let c = ArrearsEngine.classify(file, asOf: d("2026-12-05"))
        let why = Explanation.text(for: file, c)
        #expect(why.contains("promised £50.00 by 4 Dec 2026; broken: £0.00 of £50.00 paid, £50.00 short"), "\(why)")
        #expect(RecommendedAction.followUpBrokenPromise.category == .followUp)
    }

    @Test func aKeptPromiseAsksForNothing() {
        let file = Self.brokenCase(payments: [("2026-12-04", "50.00")]).file
        #expect(ArrearsEngine.classify(file, asOf: d("2026-12-05")).action != .followUpBrokenPromise)
    }

    /// A call, visit or agreement on or after the day it broke answers it; one the day before does not,
    /// and a voided one does not.
    @Test(arguments: [("OTC", "2026-12-05", false), ("VIM", "2026-12-06", false), ("AGR", "2026-12-05", false),
                      ("OTC", "2026-12-04", true), ("IC2", "2026-12-05", true), ("UCC", "2026-12-05", true)])
    func followingItUp(code: String, on day: String, stillDue: Bool) {
        var b = Self.brokenCase()
        b.diary(code, on: d(day))
        #expect((ArrearsEngine.classify(b.file, asOf: d("2026-12-07")).action == .followUpBrokenPromise) == stillDue)
    }

    @Test func aVoidedCallDoesNotCount() {
        var b = Self.brokenCase()
        b.diary("OTC", on: d("2026-12-05"))
        let call = b.file.diary.last!.id
        b.file.diary.append(DiaryEntry(id: call + 1, at: Timestamp(london: d("2026-12-05"), hour: 11), code: "VOI",
                                       comment: "", user: "tester", balance: .zero, voids: call))
        #expect(ArrearsEngine.classify(b.file, asOf: d("2026-12-07")).action == .followUpBrokenPromise)
    }

    @Test func aPauseOrAClearedBalanceStopsIt() {
        var paused = Self.brokenCase()
        paused.file.pause = Pause(until: d("2026-12-20"), reason: .delayedBenefit, comment: "", setBy: "t",
                                  setAt: Timestamp(london: d("2026-12-01"), hour: 9))
        #expect(ArrearsEngine.classify(paused.file, asOf: d("2026-12-07")).action != .followUpBrokenPromise)
        var cleared = Self.brokenCase(payments: [("2026-12-06", "600.00")])
        cleared.file.promises = [Self.promise]
        #expect(ArrearsEngine.classify(cleared.file, asOf: d("2026-12-07")).action != .followUpBrokenPromise)
    }

    @Test func aNewerPromiseTakesOver() {
        var b = Self.brokenCase()
        b.file.promises.append(PaymentPromise(id: 2, amount: gbp("20.00"), dueOn: d("2026-12-12"), madeOn: d("2026-12-05"),
                                              recordedBy: "amy.agent", recordedAt: Timestamp(london: d("2026-12-05"), hour: 10),
                                              comment: ""))
        #expect(ArrearsEngine.classify(b.file, asOf: d("2026-12-07")).action != .followUpBrokenPromise)
        #expect(ArrearsEngine.classify(b.file, asOf: d("2026-12-13")).action == .followUpBrokenPromise)
    }

    /// Every route has the rule: garages, licences, sundry and leasehold debts break promises too.
    @Test(arguments: [AccountType.garage, .temporaryLicence, .sundry, .leasehold, .introductory])
    func everyRouteFollowsUpABrokenPromise(type: AccountType) {
        var b = CaseBuilder(type, debtKind: type.isLeaseholdSide ? .serviceCharge : nil)
        b.file.transactions = Self.ledger([])
        b.file.promises = [Self.promise]
        #expect(Route.of(RouteKind.of(b.file.account)).actions.contains(.followUpBrokenPromise))
        let c = ArrearsEngine.classify(b.file, asOf: d("2026-12-05"))
        #expect(c.outcomes.contains { $0.action == .followUpBrokenPromise && $0.fired }, "\(type)")
    }
}
