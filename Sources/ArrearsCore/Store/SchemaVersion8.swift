/// Schema version 8: letters and ledger lines store less. Never edit it once released.
///
/// - `letters.rendered_text_packed`: the printed text deflated against a preset dictionary, in Base64
///   (`LetterTextPacking`); `rendered_text` is then empty. Rows written before keep their plain text and
///   are read as they are, and packed when they are next written.
/// - `transactions.description_is_code_name`: 1 when the line's description is its code's standard name
///   (`TransactionCodes.name(of:)`, "Basic rent" for DBR), which is then not stored again on each of the
///   millions of lines that carry it; 0 (every row written before) when `description` holds it.
///   SQLite stores the constants 0 and 1 in the row header alone, so the flag costs no bytes.
///
/// Together they take the 100,000-account demo from 1,091 MB to 540 MB (docs/benchmarks.md, run M).
enum SchemaVersion8 {
    static let migration = SchemaMigration(version: 8, summary: "letter text packed, ledger descriptions by code", statements: [
        "ALTER TABLE letters ADD COLUMN rendered_text_packed TEXT",
        "ALTER TABLE transactions ADD COLUMN description_is_code_name INTEGER NOT NULL DEFAULT 0",
    ])
}
