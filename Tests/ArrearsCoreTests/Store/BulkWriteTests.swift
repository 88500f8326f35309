import Foundation
import Testing
@testable import ArrearsCore

/// The bulk paths (COPY on PostgreSQL): `db copy` and the nightly run's summaries. Text that COPY's
/// format gives a meaning to must arrive as it was, and a refused row must leave nothing behind.
@Suite struct BulkWriteTests {
    /// Text that means something to COPY's text format, or to SQL, or to a terminal.
    static let hostile = [
        "tab\there", "line\nnext", "carriage\rreturn", #"back\slash"#, #"\N"#, #"\."#, "\\", "\\\\t",
        "", " ", "'; DROP TABLE accounts; --", "\u{1B}[31mred", "Zoë Nguyễn 😀", "\u{7F}\u{1}\u{1F}",
        "back\u{8}space form\u{C}feed vertical\u{B}tab",
    ]

    @Test(arguments: [
        (nil, #"\N"#), ("", ""), ("plain", "plain"), ("a\tb", #"a\tb"#), ("a\nb", #"a\nb"#), ("a\rb", #"a\rb"#),
        (#"a\b"#, #"a\\b"#), (#"\N"#, #"\\N"#), (#"\."#, #"\\."#), ("Zoë", "Zoë"), ("\u{1}", "\u{1}"),
    ] as [(String?, String)])
    func copyTextFormatEscapesWhatItGivesAMeaningTo(value: String?, line: String) {
        var buffer: [UInt8] = []
        PGCopyRows.appendField(value, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == line)
    }

    /// What the server writes for `COPY … TO STDOUT` (`\b`, `\f`, `\v` as well as what `appendField`
    /// escapes) reads back as the stored fields; every hostile text survives a write and a read.
    @Test(arguments: [
        (#"\N"#, [nil]), ("", [""]), (#"a\tb\\c"#, ["a\tb\\c"]), (#"\\N"# + "\tx", [#"\N"#, "x"]), ("\t", ["", ""]),
        (#"\N"# + "\t" + #"\N"#, [nil, nil]), (#"\b\f\v\n\r"#, ["\u{8}\u{C}\u{B}\n\r"]), (#"Zo\ë"#, ["Zoë"]),
    ] as [(String, [String?])])
    func copyTextFormatReadsBackWhatTheServerWrites(line: String, fields: [String?]) throws {
        let bytes = Array((line + "\n").utf8)
        let read = try bytes.withUnsafeBufferPointer { try PGCopyRows.fields(of: $0, width: fields.count, context: "test") }
        #expect(read == fields)
        #expect(throws: StoreError.self) {
            try bytes.withUnsafeBufferPointer { try PGCopyRows.fields(of: $0, width: fields.count + 1, context: "test") }
        }
        let row = Self.hostile + [nil]
        var written: [UInt8] = []
        for (offset, value) in row.enumerated() {
            if offset > 0 { written.append(0x09) }
            PGCopyRows.appendField(value, to: &written)
        }
        #expect(try written.withUnsafeBufferPointer { try PGCopyRows.fields(of: $0, width: row.count, context: "test") } == row)
    }

    /// Summaries of cases `B0000`, `B0001`, …, which `saveCases(for:)` stores first (summaries name
    /// stored cases).
    static func summaries(_ count: Int, named name: (Int) -> String) -> [CaseSummary] {
        (0..<count).map { i in
            var row = StoreFixtures.summary(ref: String(format: "B%04d", i), rich: i % 2 == 0)
            row.tenantName = name(i)
            row.pauseComment = i % 3 == 0 ? nil : name(i + 1)
            row.explanationJSON = ""
            return row
        }
    }

    static func store(_ kind: StoreKind, casesFor count: Int) throws -> SQLCaseStore {
        let store = try kind.fresh()
        try store.saveCases(summaries(count) { _ in "" }.map { StoreFixtures.bareCase(ref: $0.ref) })
        return store
    }

    @Test(arguments: StoreKind.tested) func hostileTextRoundTripsThroughTheBulkPath(kind: StoreKind) throws {
        let count = BulkSQL.fewestForBulk * 3
        let store = try Self.store(kind, casesFor: count)
        let rows = Self.summaries(count) { Self.hostile[$0 % Self.hostile.count] }
        try store.saveSummaries(rows, snapshot: nil)
        #expect(try store.summaries() == rows)

        // Saving again replaces each case's summary rather than adding a second.
        let renamed = Self.summaries(count) { "again " + Self.hostile[($0 + 1) % Self.hostile.count] }
        try store.saveSummaries(renamed, snapshot: nil)
        #expect(try store.summaries() == renamed)
        try store.saveSummaries(Array(rows.prefix(2)), snapshot: nil)
        #expect(try store.summaries() == Array(rows.prefix(2)) + renamed.dropFirst(2))
    }

    /// PostgreSQL text cannot hold NUL: the row is refused part-way through a COPY, and the whole
    /// save rolls back, leaving the stored summaries and the connection as they were.
    @Test(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) func aRowRefusedMidCopyLeavesNothingAndTheConnectionWorks() throws {
        let store = try Self.store(.postgres, casesFor: BulkSQL.fewestForBulk * 2)
        let before = Self.summaries(5) { "before \($0)" }
        try store.saveSummaries(before, snapshot: nil)
        let rows = Self.summaries(BulkSQL.fewestForBulk * 2) { $0 == 25 ? "nul\u{0}inside" : "after \($0)" }
        #expect(throws: StoreError.self) { try store.saveSummaries(rows, snapshot: nil) }
        #expect(try store.summaries() == before)
        let fixed = Self.summaries(BulkSQL.fewestForBulk * 2) { "after \($0)" }
        try store.saveSummaries(fixed, snapshot: nil)
        #expect(try store.summaries() == fixed)
    }

    /// A reader that stops part-way through a streamed table (a destination refusing a row) leaves the
    /// connection ready for the next statement, on either store.
    @Test(arguments: StoreKind.tested) func aStreamStoppedPartWayLeavesTheConnectionWorking(kind: StoreKind) throws {
        struct Stop: Error {}
        let store = try Self.store(kind, casesFor: BulkSQL.fewestForBulk * 2)
        try store.saveSummaries(Self.summaries(BulkSQL.fewestForBulk * 2) { "row \($0)" }, snapshot: nil)
        let columns = try store.connection.columnNames(table: "case_summaries")
        var seen = 0
        #expect(throws: Stop.self) {
            try store.connection.transaction(immediate: false) {
                try store.connection.streamRows(of: "case_summaries", columns: columns) { _ in
                    seen += 1
                    if seen == 3 { throw Stop() }
                }
            }
        }
        #expect(seen == 3)
        var all = 0
        try store.connection.streamRows(of: "case_summaries", columns: columns) { #expect($0.count == columns.count); all += 1 }
        #expect(all == BulkSQL.fewestForBulk * 2)
        #expect(try store.summaries().count == all)
    }

    /// SQLite → PostgreSQL → SQLite with hostile text in every kind of list: each step verifies, and
    /// the case read back at the end is the case saved at the start.
    @Test(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) func databaseCopyCarriesHostileTextBothWays() throws {
        let admin = User(login: "admin", displayName: "Admin", role: .administrator)
        var file = StoreFixtures.richCase(ref: "H0001")
        for (index, text) in Self.hostile.enumerated() {
            file.diary.append(StoreFixtures.diaryEntry(id: 1_000 + index, comment: text))
            file.transactions.append(LedgerTransaction(date: StoreFixtures.date("2024-12-01"), code: "ADJ",
                                                       description: text, amount: Money(pence: Int64(index))))
        }
        file.account.contacts[0].lastName = Self.hostile.joined()
        let source = try Self.store(.sqlite, casesFor: BulkSQL.fewestForBulk * 2)
        try source.saveCases([file, StoreFixtures.smallCase(ref: "H0002")])
        try source.saveSummaries(Self.summaries(BulkSQL.fewestForBulk * 2) { Self.hostile[$0 % Self.hostile.count] },
                                 snapshot: nil)
        let expected = try source.loadCase(ref: "H0001")
        #expect(expected?.diary.count == file.diary.count)

        let server = try StoreKind.postgres.fresh()
        let there = try DatabaseCopy.copy(from: source, to: server, user: admin)
        let back = try StoreKind.sqlite.fresh()
        let home = try DatabaseCopy.copy(from: server, to: back, user: admin)
        #expect(there == home)
        #expect(try DatabaseCopy.figures(of: back) == DatabaseCopy.figures(of: source))
        #expect(try server.loadCase(ref: "H0001") == expected)
        #expect(try back.loadCase(ref: "H0001") == expected)
        #expect(try back.summaries() == source.summaries())
    }

    /// Two stores in one PostgreSQL database (two schemas) must not wake each other's workbenches.
    @Test(.enabled(if: StoreKind.tested.contains(.postgres), "ARREARS_TEST_STORES leaves PostgreSQL out")) func aCommitNotifiesOnlyItsOwnStore() throws {
        let server = try LocalPostgresServer.shared()
        let (first, second) = (try server.createSchema(), try server.createSchema())
        let otherWriter = try PostgresCaseStore(url: first)
        let writer = try PostgresCaseStore(url: second)
        let watcher = try PostgresCaseStore(url: second)
        #expect(otherWriter.postgres.channel != watcher.postgres.channel)
        try otherWriter.saveCases([StoreFixtures.smallCase(ref: "OTHER")])
        try writer.saveCases([StoreFixtures.smallCase(ref: "MINE")])
        for _ in 0..<200 where !watcher.postgres.notifiedRefs.contains("MINE") {
            _ = try watcher.dataVersion()
            usleep(10_000)
        }
        #expect(watcher.postgres.notifiedRefs == ["MINE"])
    }
}
