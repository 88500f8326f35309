import Testing
import Foundation
@testable import ArrearsCore

/// Text that would act on a terminal, a printer or a spreadsheet: refused on import with its place,
/// quoted briefly, and neutralised in CSV exports so that an export imports back exactly.
@Suite struct HostileTextImportTests {
    static let users = DemoFixture.generator.users()
    /// A demo case with a diary and a ledger.
    static let sample = DemoFixture.cases.first { !$0.diary.isEmpty && !$0.transactions.isEmpty && !$0.account.contacts.isEmpty }!

    /// One demo case with a contact's first name replaced.
    static func caseNamed(_ firstName: String) -> CaseFile {
        var file = sample
        file.account.contacts[0].firstName = firstName
        return file
    }

    static func importing(_ cases: [CaseFile]) -> Result<ImportBatch, ImportFailure> {
        CSVImporter.load(sources: Exporter.csvFiles(cases: cases, users: users).map { CSVSource(name: $0.name, text: $0.text) })
    }

    @Test(arguments: [
        ("Ann\u{1B}[2J", "U+001B", 4), ("Ann\u{1B}]52;c;aGVsbG8=\u{07}", "U+001B", 4), ("\u{1B}]0;owned\u{07}Ann", "U+001B", 1),
        ("Ann\u{1B}[10;10H", "U+001B", 4), ("An\u{9B}2J", "U+009B", 3), ("Ann\u{07}", "U+0007", 4),
        ("Ann\u{202E}exe.doc", "U+202E", 4), ("Ann\u{2066}", "U+2066", 4), ("A\rnn", "U+000D", 2),
    ])
    func controlCharactersInTextAreRefusedWithTheirPlace(name: String, codePoint: String, character: Int) throws {
        let failure = try #require(Self.importing([Self.caseNamed(name)]).failure)
        let problem = try #require(failure.problems.first { $0.location.file == "contacts.csv" })
        #expect(problem.location.line >= 2 && problem.location.column > 1, "\(problem)")
        #expect(problem.message.hasPrefix("first_name holds the control character \(codePoint) at line 1, character \(character)"), "\(problem)")
        #expect(!problem.description.unicodeScalars.contains { TerminalSafeText.isHostile($0) }, "\(problem)")
        #expect(!problem.description.contains("\n"))
    }

    @Test func lineBreaksAndTabsStayAllowedWhereDocumented() throws {
        var file = Self.sample
        file.account.property.addressLines = ["Flat 1", "2\tHigh Street"]
        file.diary[0].comment = "Called.\nNo answer."
        let batch = try Self.importing([file]).get()
        #expect(batch.cases == [file])
    }

    @Test func aHugeBadValueIsQuotedInAtMostEightyCharacters() throws {
        let huge = "\u{1B}[2J" + String(repeating: "A", count: 1_000_000) + "\nsecond line"
        let failure = try #require(Self.importing([Self.caseNamed(huge)]).failure)
        let text = failure.problems.map(\.description).joined(separator: "\n")
        #expect(text.count < 400, "\(text.prefix(500))")
        #expect(text.contains("\\u001B[2JAAAA"))
        #expect(text.contains("… (1000016 characters)"))
        #expect(!text.contains("second line"))
    }

    @Test func badTypedValuesAreQuotedShortOnOneLine() throws {
        let files = Exporter.csvFiles(cases: [Self.sample], users: Self.users)
        let start = Self.sample.account.startDate.isoText
        let sources = files.map { file -> CSVSource in
            guard file.name == "accounts.csv", let at = file.text.range(of: "," + start + ",") else { return CSVSource(name: file.name, text: file.text) }
            let bad = ",\"" + String(repeating: "9", count: 5_000) + "\nsecond line\","
            return CSVSource(name: file.name, text: file.text.replacingCharacters(in: at, with: bad))
        }
        let failure = try #require(CSVImporter.load(sources: sources).failure)
        let problem = try #require(failure.problems.first { $0.message.hasPrefix("start_date") })
        #expect(problem.location.file == "accounts.csv" && problem.location.line == 2)
        #expect(problem.description.count < 250, "\(problem)")
        #expect(!problem.description.unicodeScalars.contains { TerminalSafeText.isHostile($0) || $0 == "\n" })
    }

    @Test func formulaCellsAreNeutralisedNumbersAreNotAndTheExportImportsBackExactly() throws {
        var file = Self.sample
        file.account.contacts[0].firstName = "=HYPERLINK(\"http://x.test\",\"Click\")"
        file.account.contacts[0].lastName = "+1+cmd|' /C calc'!A0"
        file.account.contacts[0].phones = ["+44 20 7946 0000"]
        file.account.property.addressLines = ["@SUM(1+1)", "-2+3"]
        file.diary[0].comment = "'=already quoted"
        file.transactions[0].description = "\tTab first"
        file.transactions[0].amount = Money(pence: -1250)
        let files = Exporter.csvFiles(cases: [file], users: Self.users)
        let contacts = try #require(files.first { $0.name == "contacts.csv" }).text
        #expect(contacts.contains("\"'=HYPERLINK(\"\"http://x.test\"\",\"\"Click\"\")\""))
        #expect(contacts.contains("'+1+cmd|' /C calc'!A0"))
        #expect(contacts.contains("'+44 20 7946 0000"))
        let accounts = try #require(files.first { $0.name == "accounts.csv" }).text
        #expect(accounts.contains("\"'@SUM(1+1)\n-2+3\""))
        let transactions = try #require(files.first { $0.name == "transactions.csv" }).text
        #expect(transactions.contains("'\tTab first,-12.50\r\n"))
        let diary = try #require(files.first { $0.name == "diary.csv" }).text
        #expect(diary.contains("''=already quoted"))
        let batch = try Self.importing([file]).get()
        #expect(batch.cases == [file])
        #expect(Exporter.csvFiles(cases: batch.cases, users: batch.users).map(\.text) == files.map(\.text))
    }

    @Test func theWorklistExportNeutralisesTextButNotAmounts() throws {
        let row = CaseSummary(ref: "0100001/01", paymentRef: "1000000001", type: .secure, debtKind: nil, patch: "E01", officer: "agent.e01",
                              tenantName: "=cmd|'/C calc'!A0", shortAddress: "Flat 1, Nisbet House", postcode: "E9 6AB",
                              balance: Money(pence: -1250), collectableArrears: Money(pence: 0), daysInArrears: 0, band: .green, score: 0,
                              actionId: "none", actionLabel: "No action", lastActionCode: nil, lastActionDate: nil, agreementState: nil,
                              courtDate: nil, evictionDate: nil, pauseUntil: nil, pauseReason: nil, pauseComment: nil, holds: [],
                              lastLetterCode: nil, lastLetterDate: nil, asOf: CivilDate(year: 2026, month: 3, day: 18)!,
                              explanationJSON: "{}", version: 1)
        let csv = Exporter.worklistCSV([row])
        #expect(csv.contains("'=cmd|'/C calc'!A0"))
        #expect(csv.contains(",-12.50,"))
    }
}

extension Result {
    var failure: Failure? { if case .failure(let f) = self { return f } else { return nil } }
}
