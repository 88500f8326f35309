import Testing
import Foundation
@testable import ArrearsCore

/// docs/data-formats.md is the contract for the files: it must name every file, every column and every
/// code the importer accepts, so that it cannot drift from the code.
@Suite struct DataFormatsDocTests {
    static let document: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/data-formats.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// The text of the section documenting one file, from its heading to the next.
    private func section(_ table: InterchangeTable) -> String {
        let parts = Self.document.components(separatedBy: "\n#").map { $0.drop { $0 == "#" || $0 == " " } }.map(String.init)
        return parts.first { $0.hasPrefix("2.") && $0.contains(" \(table.fileName)\n") } ?? ""
    }

    @Test(arguments: InterchangeTable.allCases)
    func documentsEveryColumnOfEveryFile(table: InterchangeTable) {
        let text = section(table)
        #expect(!text.isEmpty, "no section for \(table.fileName)")
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.count == table.columns.count, "\(table.fileName): documented columns differ from the code")
        for (row, column) in zip(rows, table.columns) {
            #expect(row.hasPrefix("| `\(column.name)` | \(column.kind.rawValue) |"), "\(table.fileName): \(row)")
            let required = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }[2]
            #expect(column.required == (required == "yes"), "\(table.fileName).\(column.name) required-ness")
        }
    }

    @Test func documentsEveryCode() {
        let codes: [(InterchangeTable, [String])] = [
            (.users, Role.allCases.map(\.rawValue)),
            (.accounts, AccountType.allCases.map(\.rawValue) + DebtKind.allCases.map(\.rawValue) + ChargePeriod.allCases.map(\.rawValue)),
            (.agreements, AgreementKind.allCases.map(\.rawValue) + PaymentPattern.allCases.map(\.rawValue)
                + AgreementFrequency.allCases.map(\.rawValue)),
            (.agreementStates, AgreementState.allCases.map(\.rawValue)),
            (.notices, NoticeKind.allCases.map(\.rawValue)),
            (.courtCases, CourtOutcome.allCases.map(\.rawValue)),
            (.pauses, PauseReason.allCases.map(\.rawValue)),
            (.holds, HoldKind.allCases.map(\.rawValue)),
            (.letters, LetterStatus.allCases.map(\.rawValue)),
            (.promises, PromiseOutcome.allCases.map(\.rawValue)),
            (.transactions, Array(TransactionCodes.payments) + Array(TransactionCodes.charges.keys)),
        ]
        for (table, values) in codes {
            let words = Set(section(table).split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
            for value in values { #expect(words.contains(value), "\(table.fileName) does not document \(value)") }
        }
    }

    @Test func documentsTheErrorFormatAndItsExamples() {
        #expect(Self.document.contains("FILE:LINE:COLUMN: MESSAGE"))
        #expect(Self.document.contains("`1234.56`"))
        #expect(Self.document.contains("`2026-03-18`"))
    }
}
