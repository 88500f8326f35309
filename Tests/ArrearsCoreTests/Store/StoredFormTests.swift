import Foundation
import Testing
@testable import ArrearsCore

/// Schema version 8: letter text packed against a preset dictionary, ledger descriptions that are their
/// code's name kept as a flag. What is read back is always exactly what was saved.
@Suite struct StoredFormTests {
    /// The dictionary is part of the stored format: changing one byte makes every packed letter unreadable.
    @Test func theLetterDictionaryNeverChanges() {
        let bytes = Array(LetterTextDictionary.version1.utf8)
        #expect(bytes.count == 32_744)
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        #expect(crc ^ 0xFFFF_FFFF == 2_484_520_962, "LetterTextDictionary.version1 was edited; add a version 2 instead")
    }

    @Test(arguments: ["", "x", "Dear Ms Ọláyínká Adébáyọ̀\n\n# Your rent account is in arrears\n\u{0C}Page 2",
                      String(repeating: "You owe £1,234.56. ", count: 5_000), "£\u{0}€"])
    func packedTextUnpacksExactly(text: String) throws {
        let packed = LetterTextPacking.pack(text)
        #expect((packed == nil) == text.isEmpty)
        if let packed {
            #expect(packed.hasPrefix("1:") && packed.utf8.allSatisfy { $0 < 0x80 }, "Base64 after the version")
            #expect(LetterTextPacking.unpack(packed) == text)
        }
    }

    @Test(arguments: ["", "1:", "1:not base64!", "2:AAAA", "1:" + Data("plain".utf8).base64EncodedString()])
    func aDamagedOrForeignPackingIsRefused(packed: String) {
        #expect(LetterTextPacking.unpack(packed) == nil)
    }

    @Test(arguments: StoreKind.tested) func lettersAndLedgerLinesAreStoredSmallAndReadBackExactly(kind: StoreKind) throws {
        let store = try kind.fresh()
        var file = StoreFixtures.richCase()
        file.transactions = [
            LedgerTransaction(date: CivilDate(year: 2026, month: 1, day: 5)!, code: "DBR", description: "Basic rent", amount: Money(pence: 12_000)),
            LedgerTransaction(date: CivilDate(year: 2026, month: 1, day: 6)!, code: "DBR", description: "", amount: Money(pence: 1)),
            LedgerTransaction(date: CivilDate(year: 2026, month: 1, day: 7)!, code: "DBR", description: "basic rent", amount: Money(pence: 2)),
            LedgerTransaction(date: CivilDate(year: 2026, month: 1, day: 8)!, code: "XYZ", description: "XYZ", amount: Money(pence: 3)),
            LedgerTransaction(date: CivilDate(year: 2026, month: 1, day: 9)!, code: "RQP", description: "Payment", amount: Money(pence: -4)),
        ]
        file.letters[0].renderedText = "Dear Tenant\n\nYou owe £75.50.\u{0C}Page 2 of 2\n"
        try store.saveCases([file])
        #expect(try store.loadCase(ref: file.ref) == file)
        var stored: [(String, Bool)] = []
        try store.connection.statement("SELECT description, description_is_code_name FROM transactions ORDER BY seq")
            .query { stored.append(($0.text(0), $0.bool(1))) }
        #expect(stored.map(\.0) == ["", "", "basic rent", "", ""] && stored.map(\.1) == [true, false, false, true, true])
        var letters: [(String, String?)] = []
        try store.connection.statement("SELECT rendered_text, rendered_text_packed FROM letters ORDER BY seq")
            .query { letters.append(($0.text(0), $0.optionalText(1))) }
        #expect(letters.first?.0 == "" && letters.first?.1?.hasPrefix("1:") == true)
    }

    /// Rows written before version 8 (plain text, no flag) read as they always did.
    @Test(arguments: StoreKind.tested) func rowsWrittenBeforeVersion8ReadAsTheyWere(kind: StoreKind) throws {
        let store = try kind.fresh()
        let file = StoreFixtures.richCase()
        try store.saveCases([file])
        let text = file.letters[0].renderedText
        try store.connection.statement("UPDATE letters SET rendered_text = ?, rendered_text_packed = NULL WHERE seq = 0").execute(text)
        try store.connection.statement("UPDATE transactions SET description = 'Basic rent', description_is_code_name = 0 WHERE seq = 0").execute()
        var expected = file
        expected.transactions[0].description = "Basic rent"
        #expect(try store.loadCase(ref: file.ref) == expected)
    }

    @Test func aDamagedPackedLetterIsReportedNotShownWrong() throws {
        let store = try SQLiteCaseStore.openInMemory()
        try store.saveCases([StoreFixtures.richCase()])
        try store.connection.statement("UPDATE letters SET rendered_text_packed = '1:AAAA'").execute()
        #expect(throws: StoreError.self) { try store.loadCase(ref: StoreFixtures.richCase().ref) }
    }
}
