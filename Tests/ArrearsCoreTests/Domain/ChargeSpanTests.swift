import Testing
@testable import ArrearsCore

/// The balance in a unit that fits the debt, at each boundary: a year of charge (D−1, D, D+1 in pence).
@Suite struct ChargeSpanTests {
    static let weekly = Money(pence: 10_000)
    static let year: Int64 = 520_000

    @Test(arguments: [
        (Int64(0), ServiceArea.rent, nil as String?), (-500, .rent, nil),
        (1, .rent, "(0.0 weeks of charge)"), (15_000, .rent, "(1.5 weeks of charge)"),
        (year - 1, .rent, "(51.9 weeks of charge)"), (year, .rent, "(1.0 years of charge)"), (year + 1, .rent, "(1.0 years of charge)"),
        (year * 3 / 2, .rent, "(1.5 years of charge)"),
        (year / 2, .leasehold, "(6.0 months of the annual charge)"), (year - 1, .leasehold, "(11.9 months of the annual charge)"),
        (year, .leasehold, "(1.0 × the annual charge)"), (year + 1, .leasehold, "(1.0 × the annual charge)"),
        // The major-works bill that read "(439.3 weeks of charge)".
        (4_393_000, .leasehold, "(8.4 × the annual charge)"),
    ])
    func phrase(pence: Int64, area: ServiceArea, expected: String?) {
        #expect(ChargeSpan.phrase(balance: Money(pence: pence), weeklyCharge: Self.weekly, area: area) == expected)
    }

    @Test func noRegularChargeMeansNothingToMeasure() {
        #expect(ChargeSpan.phrase(balance: Money(pence: 100), weeklyCharge: .zero, area: .rent) == nil)
        #expect(ChargeSpan.phrase(balance: Money(pence: Int64.max), weeklyCharge: Money(pence: 1), area: .leasehold) != nil)
    }
}
