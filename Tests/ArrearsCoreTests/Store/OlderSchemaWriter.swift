@testable import ArrearsCore

/// Writes cases into a database at an older schema version as that version's program wrote them, for
/// tests of upgrades: today's writer fills a scratch database, whose rows are then spelled out as older
/// versions stored them (letter text plain, ledger descriptions written out: version 8 stores both apart)
/// and copied over, column by column, with the columns the older schema has.
enum OlderSchemaWriter {
    static func save(_ cases: [CaseFile], into old: SQLiteCaseStore, scratch path: String) throws {
        let scratch = try SQLiteCaseStore(path: path)
        try scratch.saveCases(cases)
        let accountId = "(SELECT id FROM accounts WHERE ref = ?)"
        for file in cases {
            for (seq, letter) in file.letters.enumerated() {
                try scratch.connection.statement("UPDATE letters SET rendered_text = ?, rendered_text_packed = NULL WHERE account_id = \(accountId) AND seq = ?")
                    .execute(letter.renderedText, file.ref, seq)
            }
            for (seq, line) in file.transactions.enumerated() {
                try scratch.connection.statement("UPDATE transactions SET description = ?, description_is_code_name = 0 WHERE account_id = \(accountId) AND seq = ?")
                    .execute(line.description, file.ref, seq)
            }
        }
        try old.connection.execute("ATTACH DATABASE '\(path)' AS scratch")
        defer { try? old.connection.execute("DETACH DATABASE scratch") }
        let tables = ["accounts", CaseTables.contacts.name, CaseTables.transactions.name, CaseTables.agreements.name,
                      CaseTables.agreementStates.name, CaseTables.notices.name, CaseTables.courtCases.name,
                      CaseTables.evictions.name, CaseTables.pauses.name, CaseTables.holds.name, CaseTables.diary.name,
                      CaseTables.letters.name, CaseTables.promises.name]
        let existing = try old.connection.tableNames()
        for table in tables where existing.contains(table) {
            let columns = try old.connection.columnNames(table: table).joined(separator: ", ")
            try old.connection.execute("INSERT INTO main.\(table) (\(columns)) SELECT \(columns) FROM scratch.\(table)")
        }
    }
}
