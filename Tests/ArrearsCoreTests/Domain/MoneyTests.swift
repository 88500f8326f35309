import Testing
@testable import ArrearsCore

@Suite struct MoneyTests {
    @Test(arguments: [
        (0, "£0.00", "£0"), (7500, "£75.00", "£75"), (7550, "£75.50", "£75.50"), (5, "£0.05", "£0.05"),
        (123456, "£1,234.56", "£1,234.56"), (1_000_000, "£10,000.00", "£10,000"),
        (-1250, "-£12.50", "\u{2212}£12.50"), (123_456_789_00, "£123,456,789.00", "£123,456,789"),
    ] as [(Int64, String, String)])
    func formats(pence: Int64, table: String, letter: String) {
        #expect(Money(pence: pence).tableText == table)
        #expect(Money(pence: pence).letterText == letter)
    }

    @Test(arguments: [
        ("12.34", 1234), ("£1,234.5", 123450), ("-3.07", -307), ("0", 0), ("\u{2212}1", -100), ("10", 1000),
    ] as [(String, Int64)])
    func parsesGood(text: String, pence: Int64) {
        #expect(Money.parse(text) == Money(pence: pence))
    }

    @Test(arguments: ["", "abc", "1.234", "1.2.3", "£", "12,34x", "--1"])
    func refusesBad(text: String) {
        #expect(Money.parse(text) == nil)
    }
}
