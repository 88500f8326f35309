import Testing
import ArrearsCore
@testable import ArrearsUI

@Suite struct CaseTimelineTests {
    let ada = Fixtures.cases[0]

    @Test func weeksAreNewestFirstWithTheirTotals() {
        let weeks = CaseTimeline.weeks(of: ada)
        #expect(weeks.first?.start == Fixtures.date(2026, 3, 9))
        #expect(weeks.map(\.start) == weeks.map(\.start).sorted(by: >))
        let newest = weeks[0]
        #expect(newest.charged == Money(pence: 12_550))
        #expect(newest.paid == .zero)
        #expect(newest.endBalance == ada.balance)
        #expect(newest.otherCharges.map(\.code) == ["DWR"])
        #expect(newest.diaryCount == 1)
        let previous = weeks[1]
        #expect(previous.paid == Money(pounds: 150))
        #expect(previous.endBalance == ada.transactions.balance(asOf: Fixtures.date(2026, 3, 8)))
    }

    @Test func entriesWithinAWeekAreNewestFirst() {
        let newest = CaseTimeline.weeks(of: ada)[0]
        #expect(newest.entries.map(\.date) == newest.entries.map(\.date).sorted(by: >))
        if case .diary(let d) = newest.entries[1] { #expect(d.code == "VIU") } else { Issue.record("diary entry not above the rent on its day") }
    }

    @Test func everyTransactionAndDiaryEntryIsInExactlyOneWeek() {
        let weeks = CaseTimeline.weeks(of: ada)
        let transactions = weeks.reduce(0) { $0 + $1.transactionCount }
        #expect(transactions == ada.transactions.count)
        #expect(weeks.reduce(0) { $0 + $1.diaryCount } == ada.diary.count)
    }

    @Test func weeklyBalancesEndAtTheBalance() {
        let balances = CaseTimeline.weeklyBalances(of: ada, weeks: 52, asOf: Fixtures.asOf)
        #expect(balances.count == 52)
        #expect(balances.last == ada.balance)
        #expect(balances.first == ada.transactions.balance(asOf: Fixtures.asOf.startOfISOWeek.adding(weeks: -51).adding(days: 6)))
    }

    @Test func agreementProgressComparesExpectedWithActual() {
        let file = Fixtures.cases[2]
        let progress = AgreementProgress(agreement: file.agreements[0], balance: file.balance, asOf: Fixtures.asOf)
        // £15 a week from 5 January: ten instalments due by 11 March.
        #expect(progress.expected == Money(pounds: 150))
        #expect(progress.shortfall == Money(pounds: 62))
        let checked = AgreementProgress(agreement: ada.agreements[0], balance: ada.balance, asOf: Fixtures.asOf)
        #expect(checked.expected == Money(pounds: 850), "the latest recorded check wins")
    }

    @Test(arguments: [(AgreementFrequency.weekly, 10), (.fortnightly, 5), (.fourWeekly, 3), (.monthly, 3), (.oneOff, 1)])
    func instalmentsDue(_ frequency: AgreementFrequency, _ expected: Int) {
        var a = Fixtures.cases[2].agreements[0]
        a.frequency = frequency
        #expect(AgreementProgress.instalmentsDue(a, asOf: Fixtures.asOf) == expected)
    }
}
