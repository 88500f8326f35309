import Testing
@testable import ArrearsCore

/// Values no council holds are refused at their place, with the accepted range, before anything can
/// overflow: amounts at and beyond £100,000,000.00, dates either side of 1900–2100, ids beyond the limit.
@Suite struct ImportLimitsTests {
    private func firstProblem(_ file: String, _ content: String) -> String? {
        switch CSVImporter.load(sources: InterchangeFixtures.sources(replacing: [file: content])) {
        case .success: return nil
        case let .failure(failure): return failure.problems.first?.description
        }
    }

    private static let ledgerHeader = "tenancy_ref,date,code,description,amount\n"

    @Test(arguments: [
        ("100000000.00", nil),
        ("-100000000.00", nil),
        ("100000000.01", "transactions.csv:2:38: amount '100000000.01' is outside the accepted range -100000000.00 to 100000000.00"),
        ("-100000000.01", "transactions.csv:2:38: amount '-100000000.01' is outside the accepted range -100000000.00 to 100000000.00"),
        ("9000000000000.00", "transactions.csv:2:38: amount '9000000000000.00' is outside the accepted range -100000000.00 to 100000000.00"),
        ("99999999999999999999", "transactions.csv:2:38: amount '99999999999999999999' is outside the accepted range -100000000.00 to 100000000.00"),
        ("-9223372036854775808", "transactions.csv:2:38: amount '-9223372036854775808' is outside the accepted range -100000000.00 to 100000000.00"),
        ("12.345", "transactions.csv:2:38: amount '12.345' is not an amount of money; write pounds and pence like 1234.56"),
    ] as [(String, String?)])
    func amountsAreBounded(amount: String, expected: String?) {
        let file = Self.ledgerHeader + "0100001/01,2026-01-05,DBR,Basic rent,\(amount)\n"
        #expect(firstProblem("transactions.csv", file) == expected)
    }

    @Test(arguments: [
        ("1899-12-31", "transactions.csv:2:12: date '1899-12-31' is outside the accepted range 1900-01-01 to 2100-12-31"),
        ("1900-01-01", nil),
        ("2100-12-31", nil),
        ("2101-01-01", "transactions.csv:2:12: date '2101-01-01' is outside the accepted range 1900-01-01 to 2100-12-31"),
        ("1600-01-01", "transactions.csv:2:12: date '1600-01-01' is outside the accepted range 1900-01-01 to 2100-12-31"),
    ] as [(String, String?)])
    func datesAreBounded(date: String, expected: String?) {
        let file = Self.ledgerHeader + "0100001/01,\(date),DBR,Basic rent,1.00\n"
        #expect(firstProblem("transactions.csv", file) == expected)
    }

    @Test(arguments: [
        ("999999999", nil),
        ("1000000000", "evictions.csv:2:12: eviction_id '1000000000' is outside the accepted range 0 to 999999999"),
        ("9223372036854775808", "evictions.csv:2:12: eviction_id '9223372036854775808' is outside the accepted range 0 to 999999999"),
        ("-1", "evictions.csv:2:12: eviction_id '-1' is outside the accepted range 0 to 999999999"),
    ] as [(String, String?)])
    func idsAreBounded(id: String, expected: String?) {
        let file = "tenancy_ref,eviction_id,date\n0100001/01,\(id),2026-04-14\n"
        #expect(firstProblem("evictions.csv", file) == expected)
    }

    @Test(arguments: ["bad login", "-rf", String(repeating: "a", count: 33), "zoë"])
    func usersFileLoginsFollowTheUsersAddRules(login: String) {
        let file = "login,display_name,role,patches,disabled\n\"\(login)\",Someone,agent,,\n"
        let problem = firstProblem("users.csv", file)
        #expect(problem?.hasPrefix("users.csv:2:1: login '") == true)
        #expect(problem?.contains("is not a login name") == true)
        // `users add` refuses the very same logins.
        #expect(throws: ActionRefused.self) { try LoginName.check(login) }
    }

    @Test func theSameFileTwiceIsRefusedBySameContent() {
        var sources = InterchangeFixtures.sources()
        sources.append(CSVSource(name: "more-transactions.csv", text: InterchangeFixtures.transactions))
        guard case let .failure(failure) = CSVImporter.load(sources: sources) else {
            Issue.record("a file given twice was accepted")
            return
        }
        #expect(failure.problems.map(\.description) == [
            "more-transactions.csv:1:1: this file has the same content as transactions.csv; importing both would double every row they hold",
        ])
    }

    /// Found by the import fuzz test: a broken quote turned a header name into several lines, and the
    /// report printed lines that named no place.
    @Test func everyReportedProblemIsOneLineThatNamesItsPlace() {
        let file = "\"tenancy\nref\",date,code,description,amount\n0100001/01,2026-01-05,DBR,Basic rent,1.00\n"
        guard case let .failure(failure) = CSVImporter.load(sources: InterchangeFixtures.sources(replacing: ["transactions.csv": file])) else {
            Issue.record("accepted")
            return
        }
        let lines = failure.report().split(separator: "\n").dropLast()
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("transactions.csv:") && $0.split(separator: ":").count >= 4 && Int($0.split(separator: ":")[1]) != nil })
        // The value itself is shown on the same line (its line break escaped by the one excerpt function).
        #expect(lines.contains { $0.contains("'tenancy\\nref'") })
    }

    /// Sums over hostile ledgers saturate instead of trapping (the crash of Ledger.swift:64).
    @Test func balancesOfHugeLedgersSaturateInsteadOfTrapping() {
        let line = LedgerTransaction(date: CivilDate(year: 2026, month: 1, day: 5)!, code: "DBR", description: "",
                                     amount: Money(pence: 900_000_000_000_000))
        let ledger = Array(repeating: line, count: 10_300)
        #expect(ledger.balance(asOf: CivilDate(year: 2027, month: 1, day: 1)!).pence == Int64.max)
        #expect((-Money(pence: .min)).pence == Int64.max)
        #expect((Money(pence: -Int64.max) - Money(pence: 10)).pence == -Int64.max)
        #expect((Money(pence: Int64.max / 2) * 3).pence == Int64.max)
    }

    @Test func farOffDateArithmeticNeverTraps() {
        let early = CivilDate(year: 1600, month: 1, day: 31)!
        #expect(early.adding(months: -12_000).dayNumber < early.dayNumber)
        #expect(early.adding(days: Int.max).dayNumber == Int32.max)
    }
}
