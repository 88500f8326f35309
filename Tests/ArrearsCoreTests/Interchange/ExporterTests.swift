import Testing
import Foundation
@testable import ArrearsCore

@Suite struct ExporterTests {
    let cases = Array(DemoFixture.cases[0..<600])
    let users = DemoFixture.generator.users()

    @Test func exportThenImportGivesBackTheGeneratedCases() throws {
        let files = Exporter.csvFiles(cases: cases, users: users)
        #expect(files.map(\.name) == InterchangeTable.allCases.map(\.fileName))
        let batch = try CSVImporter.load(sources: files.map { CSVSource(name: $0.name, text: $0.text) }).get()
        #expect(batch.users == users)
        #expect(batch.cases.count == cases.count)
        for (imported, generated) in zip(batch.cases, cases) {
            #expect(imported == generated, "\(generated.ref) changed on the way through CSV")
        }
    }

    @Test func exportingWhatWasImportedGivesTheSameFiles() throws {
        let first = Exporter.csvFiles(cases: cases, users: users)
        let batch = try CSVImporter.load(sources: first.map { CSVSource(name: $0.name, text: $0.text) }).get()
        let second = Exporter.csvFiles(cases: batch.cases, users: batch.users)
        #expect(second.map(\.text) == first.map(\.text))
    }

    @Test func writesAFolderCaseByCaseThatImportsBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try Exporter.writeCSV(to: folder, users: users) { body in
            for file in cases.sorted(by: { $0.ref < $1.ref }) { try body(file) }
        }
        let paths = InterchangeTable.allCases.map { folder.appendingPathComponent($0.fileName).path }
        let attributes = try FileManager.default.attributesOfItem(atPath: paths[1])
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let batch = try CSVImporter.load(files: paths).get()
        #expect(batch.cases == cases.sorted { $0.ref < $1.ref })
        #expect(batch.users == users)
    }

    @Test func refusesToWriteCSVFilesIntoAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-export-\(UUID().uuidString).txt")
        try Data().write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: ExportError.notADirectory(path: file.path)) {
            try Exporter.writeCSV(to: file, users: []) { _ in }
        }
    }

    @Test func writesTypedJSONWithTheSameNames() throws {
        let some = Array(cases.prefix(40))
        let text = Exporter.json(cases: some, users: users)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(root["format"] as? String == "arrears-workbench-cases")
        #expect((root["users"] as? [[String: Any]])?.count == users.count)
        let list = try #require(root["cases"] as? [[String: Any]])
        #expect(list.count == some.count)
        let first = try #require(list.first)
        let account = try #require(first["account"] as? [String: Any])
        #expect(account["tenancy_ref"] as? String == some[0].ref)
        #expect(account["charge"] as? String == some[0].account.charge.decimalText)
        #expect(account["address"] as? [String] == some[0].account.property.addressLines)
        #expect(account["end_date"] is NSNull)
        #expect((first["transactions"] as? [[String: Any]])?.count == some[0].transactions.count)
        #expect((first["transactions"] as? [[String: Any]])?.first?["tenancy_ref"] == nil)
        let withAgreement = try #require(zip(list, some).first { !$0.1.agreements.isEmpty })
        let agreement = try #require((withAgreement.0["agreements"] as? [[String: Any]])?.first)
        #expect((agreement["history"] as? [[String: Any]])?.count == withAgreement.1.agreements[0].history.count)
        #expect(agreement["agreement_id"] as? Int == withAgreement.1.agreements[0].id)
    }

    @Test func streamsJSONCaseByCase() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let some = Array(cases.prefix(25))
        try Exporter.writeJSON(to: file, users: users) { body in
            for caseFile in some { try body(caseFile) }
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == Exporter.json(cases: some, users: users))
    }

    @Test func escapesEverythingJSONRequires() {
        var out = ""
        JSONText.appendString("Zoë \"Z\" \\ \n\t\u{1}", to: &out)
        #expect(out == "\"Zoë \\\"Z\\\" \\\\ \\n\\t\\u0001\"")
    }

    private func summary(_ ref: String, name: String, explanation: String) -> CaseSummary {
        CaseSummary(ref: ref, paymentRef: "1000000001", type: .secure, debtKind: nil, patch: "E01", officer: "agent.e01",
                    tenantName: name, shortAddress: "Flat 1, Nisbet House", postcode: "E9 6AB", balance: Money(pence: 123_456),
                    collectableArrears: Money(pence: 111_111), daysInArrears: 42, band: .red, score: 87,
                    actionId: "send_nosp", actionLabel: "Send NOSP", lastActionCode: "IC2",
                    lastActionDate: CivilDate(year: 2026, month: 3, day: 2), agreementState: nil, courtDate: nil,
                    evictionDate: nil, pauseUntil: nil, pauseReason: nil, pauseComment: nil,
                    holds: [.vulnerability, .dispute], lastLetterCode: nil, lastLetterDate: nil,
                    asOf: CivilDate(year: 2026, month: 3, day: 18)!, explanationJSON: explanation, version: 1)
    }

    @Test func exportsAWorklistAsCSVAndJSON() throws {
        let rows = [summary("0100001/01", name: "Zoë O'Brien, Ms", explanation: "{\"score\":[[\"balance\",40]]}"),
                    summary("0100002/01", name: "Łukasz Nowak", explanation: "not json")]
        let csv = Exporter.worklistCSV(rows)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("tenancy_ref,payment_ref,account_type,debt_kind,patch,officer,tenant_name,address"))
        #expect(lines[1] == "0100001/01,1000000001,SEC,,E01,agent.e01,\"Zoë O'Brien, Ms\",\"Flat 1, Nisbet House\",E9 6AB,1234.56,1111.11,42,red,87,send_nosp,Send NOSP,IC2,2026-03-02,,,,,,,vulnerability;dispute,,,2026-03-18")
        let parsed = CSVParser.parse(Array(csv.utf8))
        #expect(parsed.problems.isEmpty)
        #expect(parsed.records.allSatisfy { $0.fields.count == WorklistExportColumns.names.count })
        let json = Exporter.worklistJSON(rows)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let list = try #require(root["rows"] as? [[String: Any]])
        #expect(list[0]["band"] as? String == "red")
        #expect(list[0]["score"] as? Int == 87)
        #expect(list[0]["holds"] as? [String] == ["vulnerability", "dispute"])
        #expect(list[0]["explanation"] is [String: Any])
        #expect(list[1]["explanation"] as? String == "not json")
    }
}
