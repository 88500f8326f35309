import Testing
@testable import ArrearsCore

@Suite struct CSVParserTests {
    private func values(_ text: String) -> [[String]] {
        CSVParser.parse(Array(text.utf8)).records.map { $0.fields.map(\.text) }
    }

    @Test(arguments: [
        ("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
        ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
        ("a,b\n1,2", [["a", "b"], ["1", "2"]]),
        ("a,b\n1,\n", [["a", "b"], ["1", ""]]),
        ("a,b\n,\n", [["a", "b"], ["", ""]]),
        ("a\n\"x,y\"\n", [["a"], ["x,y"]]),
        ("a\n\"say \"\"hi\"\"\"\n", [["a"], ["say \"hi\""]]),
        ("a\n\"\"\"\"\n", [["a"], ["\""]]),
        ("a\n\"\"\n", [["a"], [""]]),
        ("a,b\n\"line 1\nline 2\",x\n", [["a", "b"], ["line 1\nline 2", "x"]]),
        ("a,b\r\n\"line 1\r\nline 2\",x\r\n", [["a", "b"], ["line 1\nline 2", "x"]]),
        ("a\n\n1\n\n", [["a"], ["1"]]),
        ("a\n   \n", [["a"], ["   "]]),
        ("\u{FEFF}a,b\n1,2\n", [["a", "b"], ["1", "2"]]),
        ("name\nZoë Müller\n", [["name"], ["Zoë Müller"]]),
        ("a,b\n\"x\r\ny\",\"\"\"quoted\"\", with comma\"\r\n", [["a", "b"], ["x\ny", "\"quoted\", with comma"]]),
        ("a\nlone\rcarriage\n", [["a"], ["lone\rcarriage"]]),
    ] as [(String, [[String]])])
    func readsWellFormedFiles(text: String, expected: [[String]]) {
        let document = CSVParser.parse(Array(text.utf8))
        #expect(document.problems.isEmpty)
        #expect(document.records.map { $0.fields.map(\.text) } == expected)
    }

    @Test func countsColumnsInCharactersAndLinesAcrossQuotedLineBreaks() {
        let document = CSVParser.parse(Array("\u{FEFF}name,ref\nZoë,1\n\"Flat 1\nNisbet House\",Łukasz,x\n".utf8))
        let rows = document.records
        #expect(rows[0].fields.map(\.column) == [1, 6])
        #expect(rows[1].fields.map(\.column) == [1, 5])
        #expect(rows[2].line == 3)
        #expect(rows[2].fields.map(\.line) == [3, 4, 4])
        #expect(rows[2].fields.map(\.column) == [1, 15, 22])
        #expect(rows[2].endLine == 4)
        #expect(rows[2].endColumn == 23)
    }

    @Test(arguments: [
        ("a,b\n1,x\"y\n", 2, 4, "a quote inside an unquoted field"),
        ("a,b\n1,\"x\"y\n", 2, 6, "text after the closing quote"),
        ("a,b\n1,2\n3,\"open\n4,5\n", 3, 3, "this quoted field is never closed"),
        ("a\nok\nZoë,\"\"bad\"\n", 3, 7, "text after the closing quote"),
    ] as [(String, Int, Int, String)])
    func reportsBrokenQuotingWhereItIs(text: String, line: Int, column: Int, message: String) {
        let document = CSVParser.parse(Array(text.utf8))
        #expect(document.problems.count == 1)
        #expect(document.problems.first?.line == line)
        #expect(document.problems.first?.column == column)
        #expect(document.problems.first?.message.hasPrefix(message) == true)
        #expect(document.records.last?.damaged == true)
    }

    @Test func keepsReadingAfterABrokenQuoteSoEveryProblemIsFound() {
        let document = CSVParser.parse(Array("a,b\n1,x\"y\n2,3\n4,\"z\"w\n".utf8))
        #expect(document.problems.map { "\($0.line):\($0.column)" } == ["2:4", "4:6"])
        #expect(document.records.map(\.damaged) == [false, true, false, true])
    }

    @Test func refusesAFileThatIsNotUTF8AtItsFirstBadByte() {
        var bytes = Array("name\nZo".utf8)
        bytes.append(0xEB)   // ë in Windows-1252
        bytes += Array("\n".utf8)
        let document = CSVParser.parse(bytes)
        #expect(document.records.isEmpty)
        #expect(document.problems.map(\.description) == ["2:3: the file is not UTF-8 (byte 0xEB); save it as \"CSV UTF-8\" and import it again"])
    }

    @Test(arguments: [[0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80]] as [[UInt8]])
    func rejectsMalformedUTF8Sequences(sequence: [UInt8]) {
        let document = CSVParser.parse(Array("a\n".utf8) + sequence + Array("\n".utf8))
        #expect(document.problems.count == 1)
    }

    @Test func writerQuotesOnlyWhatNeedsIt() {
        var out = ""
        CSVWriter.appendRecord(["plain", "a,b", "say \"hi\"", "two\nlines", " padded", "Zoë"], to: &out)
        #expect(out == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",Zoë\r\n")
        #expect(values("h1,h2,h3,h4,h5,h6\n" + out) == [["h1", "h2", "h3", "h4", "h5", "h6"],
                                                       ["plain", "a,b", "say \"hi\"", "two\nlines", " padded", "Zoë"]])
    }
}

@Suite struct FastParseTests {
    @Test(arguments: ["0", "12", "12.50", "-0.50", "-1234.56", "0012.00", "12.5", "1,234.56", "£12", "1.234", "-", "", "1e3",
                      "999999999999.99", "12.", ".50", "12.5x", "--1", "−3.07"])
    func moneyFastPathAgreesWithTheDomainParser(text: String) {
        #expect((FastParse.money(text) ?? Money.parse(text)) == Money.parse(text))
    }

    @Test(arguments: ["2026-03-18", "2024-02-29", "2023-02-29", "2026-13-01", "26-03-18", "2026-3-18", "2026/03/18", "20260318xx"])
    func dateFastPathAgreesWithTheDomainParser(text: String) {
        #expect((FastParse.date(text) ?? CivilDate.parseISO(text)) == CivilDate.parseISO(text))
    }

    @Test func trimsOnlySpacesAndTabs() {
        #expect(FastParse.trimmingSpaces("  E9 6AB\t") == "E9 6AB")
        #expect(FastParse.trimmingSpaces("E9 6AB") == "E9 6AB")
        #expect(FastParse.trimmingSpaces("   ") == "")
    }
}
