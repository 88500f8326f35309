import Testing
import Foundation
@testable import ArrearsCore

@Suite struct CSVImporterTests {
    private func problems(_ replacements: [String: String]) -> [String] {
        switch CSVImporter.load(sources: InterchangeFixtures.sources(replacing: replacements)) {
        case .success: return []
        case let .failure(failure): return failure.problems.map(\.description)
        }
    }

    @Test func readsEveryFileIntoWholeCases() throws {
        let batch = try CSVImporter.load(sources: InterchangeFixtures.sources()).get()
        #expect(batch.cases.map(\.ref) == ["0100001/01", "0100002/01"])
        #expect(batch.users.map(\.login) == ["agent.e01", "lho.1", "lead.income"])
        #expect(batch.users[1].patches == ["SC1", "SC2"])
        let rent = batch.cases[0]
        #expect(rent.account.property.addressLines == ["Flat 1 Nisbet House", "Homerton High Street", "London"])
        #expect(rent.account.contacts.map(\.fullName) == ["Ms Zoë O'Brien", "Łukasz Nowak"])
        #expect(rent.account.contacts[0].emails == ["zoe.obrien@example.com"])
        #expect(rent.balance == Money(pence: 1_250))
        #expect(rent.agreements[0].history.map(\.state) == [.live, .breached])
        #expect(rent.agreements[0].notes == "Court ordered: rent plus £5, weekly")
        #expect(rent.courtCases[0].hearingTimeText == "10:30")
        #expect(rent.pause?.setAt == Timestamp(london: CivilDate(year: 2026, month: 2, day: 10)!, hour: 14, minute: 5))
        #expect(rent.diary.map(\.voids) == [nil, nil, 2])
        #expect(rent.letters[0].validationErrors == ["Postcode is missing", "Address has too many lines"])
        let leasehold = batch.cases[1]
        #expect(leasehold.account.debtKind == .serviceCharge)
        #expect(leasehold.account.contacts[0].correspondenceAddress == ["27 Chase Side", "Enfield", "EN2 6NB"])
        #expect(leasehold.holds[0].debtAtStart == Money(pounds: 650))
    }

    @Test func acceptsAByteOrderMarkAndCRLFLineEnds() throws {
        let crlf = "\u{FEFF}" + InterchangeFixtures.accounts.replacingOccurrences(of: "\n", with: "\r\n")
        let plain = try CSVImporter.load(sources: InterchangeFixtures.sources()).get()
        let windows = try CSVImporter.load(sources: InterchangeFixtures.sources(replacing: ["accounts.csv": crlf])).get()
        #expect(windows == plain)
    }

    @Test func readingTheSameFilesTwiceGivesIdenticalCases() throws {
        let first = try CSVImporter.load(sources: InterchangeFixtures.sources()).get()
        let second = try CSVImporter.load(sources: InterchangeFixtures.sources()).get()
        #expect(first == second)
    }

    @Test func putsLedgerAndDiaryInDateOrderKeepingTheFileOrderOfEqualDates() throws {
        let shuffled = """
            tenancy_ref,date,code,description,amount
            0100001/01,2026-01-07,RPY,Payment,-100.00
            0100001/01,2026-01-05,DBR,Basic rent,112.50
            0100001/01,2026-01-05,DWR,Water rates,5.00

            """
        let batch = try CSVImporter.load(sources: InterchangeFixtures.sources(replacing: ["transactions.csv": shuffled])).get()
        #expect(batch.cases[0].transactions.map(\.code) == ["DBR", "DWR", "RPY"])
    }

    @Test func recognisesAFileByItsHeaderWhenItsNameSaysNothing() throws {
        var sources = InterchangeFixtures.sources()
        sources[3].name = "export-2026-03-01.csv"   // transactions
        let batch = try CSVImporter.load(sources: sources).get()
        #expect(batch.transactionCount == 3)
    }

    // MARK: The bad-file corpus

    @Test(arguments: [
        // Broken quoting: a quote inside an unquoted field, and text after a closing quote.
        ("transactions.csv", "tenancy_ref,date,code,description,amount\n0100001/01,2026-01-05,DBR,Basic \"rent\",112.50\n",
         ["transactions.csv:2:33: a quote inside an unquoted field; enclose the whole field in quotes and write the quote as two quotes (\"\")"]),
        ("transactions.csv", "tenancy_ref,date,code,description,amount\n0100001/01,2026-01-05,RPY,\"Payment \"by card\",-112.50\n",
         ["transactions.csv:2:37: text after the closing quote of a quoted field; a quote inside a quoted field is written as two quotes (\"\")"]),
        ("diary.csv", "tenancy_ref,diary_id,at,code,comment,user,balance,voids\n0100001/01,1,2025-06-02T09:30:00Z,NTS,\"Served,agent.e01,450.00,\n",
         ["diary.csv:2:39: this quoted field is never closed; add the closing quote (the rest of the file was read as part of it)"]),
        // Wrong column count: too few and too many.
        ("evictions.csv", "tenancy_ref,eviction_id,date\n0100001/01,1\n0100001/01,2,2026-04-14,extra\n",
         ["evictions.csv:2:13: this row has 2 fields but the header has 3",
          "evictions.csv:3:25: this row has 4 fields but the header has 3"]),
        // Bad dates and amounts.
        ("transactions.csv", "tenancy_ref,date,code,description,amount\n0100001/01,2026-02-30,DBR,Basic rent,112.50\n0100001/01,05/01/2026,RPY,Payment,-1O0.00\n0100001/01,2026-01-05,DBR,Basic rent,12.345\n",
         ["transactions.csv:2:12: date '2026-02-30' is not a date; write dates as YYYY-MM-DD",
          "transactions.csv:3:12: date '05/01/2026' is not a date; write dates as YYYY-MM-DD",
          "transactions.csv:3:35: amount '-1O0.00' is not an amount of money; write pounds and pence like 1234.56",
          "transactions.csv:4:38: amount '12.345' is not an amount of money; write pounds and pence like 1234.56"]),
        // Unknown account type and a missing required value.
        ("accounts.csv", "tenancy_ref,payment_ref,account_type,start_date,charge,charge_period\n0100001/01,1000000001,XYZ,2015-04-06,112.50,weekly\n0100002/01,1000000002,LEA,,650.00,half_yearly\n",
         ["accounts.csv:2:23: account_type 'XYZ' is not one of SEC, INT, NSE, TAC, TAL, GAR, SUN, LEA, FRS, SHO",
          "accounts.csv:3:1: debt_kind is empty; a leasehold account needs service_charge or major_works",
          "accounts.csv:3:27: start_date is empty; it is required"]),
        // Duplicate keys: an account, a payment reference, a contact.
        ("accounts.csv", "tenancy_ref,payment_ref,account_type,debt_kind,start_date,charge,charge_period\n0100001/01,1000000001,SEC,,2015-04-06,112.50,weekly\n0100002/01,1000000001,LEA,service_charge,2004-01-05,650.00,half_yearly\n0100001/01,1000000003,SEC,,2015-04-06,112.50,weekly\n",
         ["accounts.csv:3:12: duplicate payment_ref 1000000001 (first at accounts.csv:2:12)",
          "accounts.csv:4:1: duplicate account 0100001/01 (first at accounts.csv:2:1)"]),
        ("contacts.csv", "tenancy_ref,contact_id,responsible,last_name\n0100001/01,1,true,O'Brien\n0100001/01,1,yes,Nowak\n0100002/01,1,maybe,Adeyemi\n",
         ["contacts.csv:3:12: duplicate contact 1 for account 0100001/01 (first at contacts.csv:2:12)",
          "contacts.csv:4:14: responsible 'maybe' is not true or false"]),
        // References to accounts and rows that are not in the import.
        ("transactions.csv", "tenancy_ref,date,code,description,amount\n0999999/01,2026-01-05,DBR,Basic rent,112.50\n",
         ["transactions.csv:2:1: tenancy_ref 0999999/01 is not in any accounts file of this import"]),
        ("agreement_states.csv", "tenancy_ref,agreement_id,state,date\n0100001/01,7,live,2025-11-27\n0100001/01,1,paused,2025-11-27\n",
         ["agreement_states.csv:2:12: agreement 7 of account 0100001/01 is not in any agreements file of this import",
          "agreement_states.csv:3:14: state 'paused' is not one of live, breached, cancelled, completed"]),
        // Header problems: a typo'd column, a missing required column.
        ("evictions.csv", "tenancy_ref,eviction_id,dtae\n0100001/01,1,2026-04-14\n",
         ["evictions.csv:1:25: unknown column 'dtae' in evictions.csv; its columns are tenancy_ref, eviction_id, date",
          "evictions.csv:1:29: column 'date' is missing from the header; evictions.csv requires it"]),
        ("pauses.csv", "tenancy_ref,until,reason,comment,set_by,sett_at\n",
         ["pauses.csv:1:41: unknown column 'sett_at' in pauses.csv; its columns are tenancy_ref, until, reason, comment, set_by, set_at",
          "pauses.csv:1:48: column 'set_at' is missing from the header; pauses.csv requires it"]),
        // A broken accounts file blames only itself, not every row that refers to its accounts.
        ("accounts.csv", "tenancy_ref,payment_ref,patch,patch,account_type,start_date,charge,charge_period\n",
         ["accounts.csv:1:31: column 'patch' appears twice"]),
        ("accounts.csv", "tenancy_ref,payment_ref,account_type,debt_kind,start_date,charge,charge_period\n0100001/01,1000000001,SEC,,2015-04-06,\"112.50\"x,weekly\n0100002/01,1000000002,LEA,service_charge,2004-01-05,650.00,half_yearly\n",
         ["accounts.csv:2:47: text after the closing quote of a quoted field; a quote inside a quoted field is written as two quotes (\"\")"]),
        ("accounts.csv", "tenancy_ref,payment_ref,account_type,debt_kind,start_date,charge,charge_period\n0100001/01,1000000001,SEC,,2015-04-06,112.50\n0100002/01,1000000002,LEA,service_charge,2004-01-05,650.00,half_yearly\n",
         ["accounts.csv:2:45: this row has 6 fields but the header has 7"]),
        // Times and links between files (problems come in the order the files were given).
        ("court_cases.csv", "tenancy_ref,court_case_id,hearing_date,hearing_time\n0100001/01,2,2025-11-20,25:00\n",
         ["agreements.csv:2:12: court case 1 named by agreement 1 is not in the court_cases of account 0100001/01",
          "court_cases.csv:2:25: hearing_time '25:00' is not a time; write HH:MM"]),
    ] as [(String, String, [String])])
    func reportsEveryProblemAtItsPlace(file: String, content: String, expected: [String]) {
        #expect(problems([file: content]) == expected)
    }

    @Test func namesAFileItCannotPlace() {
        var sources = InterchangeFixtures.sources()
        sources.append(CSVSource(name: "export.csv", text: "ref,when\n0100001/01,2026-04-14\n"))
        guard case let .failure(failure) = CSVImporter.load(sources: sources) else {
            Issue.record("an unrecognisable file was accepted")
            return
        }
        #expect(failure.problems.map(\.description) == ["export.csv:1:1: cannot tell which table this file holds: name it after its table (users.csv, accounts.csv, contacts.csv, transactions.csv, agreements.csv, agreement_states.csv, notices.csv, court_cases.csv, evictions.csv, pauses.csv, holds.csv, diary.csv, letters.csv, promises.csv) or give it that table's header row"])
    }

    @Test func refusesAFileSavedInAnotherEncoding() {
        var bytes = Array("tenancy_ref,contact_id,responsible,last_name\n0100001/01,1,true,M".utf8)
        bytes += [0xFC, 0x6C, 0x6C, 0x65, 0x72, 0x0A]   // "üller" in Windows-1252
        var sources = InterchangeFixtures.sources()
        sources[2] = CSVSource(name: "contacts.csv", bytes: bytes)
        guard case let .failure(failure) = CSVImporter.load(sources: sources) else {
            Issue.record("a Windows-1252 file was accepted")
            return
        }
        #expect(failure.problems.first?.description == "contacts.csv:2:20: the file is not UTF-8 (byte 0xFC); save it as \"CSV UTF-8\" and import it again")
    }

    @Test func anEmptyFileNeedsAHeader() {
        #expect(problems(["holds.csv": ""]) == ["holds.csv:1:1: the file is empty; it needs a header row naming its columns"])
    }

    @Test func refusesEverythingWhenAnythingIsWrong() {
        let result = CSVImporter.load(sources: InterchangeFixtures.sources(replacing: [
            "evictions.csv": "tenancy_ref,eviction_id,date\n0100001/01,1,2026-13-01\n",
        ]))
        guard case .failure = result else {
            Issue.record("an import with a bad date was accepted")
            return
        }
    }

    @Test func reportsUpToTheLimitThenCountsTheRest() {
        var text = "tenancy_ref,date,code,description,amount\n"
        for _ in 0..<150 { text += "0100001/01,yesterday,DBR,Basic rent,112.50\n" }
        guard case let .failure(failure) = CSVImporter.load(sources: InterchangeFixtures.sources(replacing: ["transactions.csv": text])) else {
            Issue.record("bad dates were accepted")
            return
        }
        #expect(failure.problems.count == 150)
        let lines = failure.report(limit: 100).split(separator: "\n")
        #expect(lines.count == 102)
        #expect(lines[0] == "transactions.csv:2:12: date 'yesterday' is not a date; write dates as YYYY-MM-DD")
        #expect(lines[100] == "and 50 more problems")
        #expect(lines[101] == "Nothing was imported: correct the files and import them again.")
    }

    @Test func readsFilesFromDiskAndNamesOnesItCannotRead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("arrears-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var paths: [String] = []
        for source in InterchangeFixtures.sources() {
            let url = folder.appendingPathComponent(source.name)
            try Data(source.bytes).write(to: url)
            paths.append(url.path)
        }
        let fromDisk = try CSVImporter.load(files: paths).get()
        #expect(fromDisk == (try CSVImporter.load(sources: InterchangeFixtures.sources()).get()))
        let missing = folder.appendingPathComponent("nowhere.csv").path
        guard case let .failure(failure) = CSVImporter.load(files: paths + [missing]) else {
            Issue.record("a missing file was ignored")
            return
        }
        #expect(failure.problems.count == 1)
        #expect(failure.problems[0].description.hasPrefix("\(missing):1:1: cannot read this file"))
    }
}
