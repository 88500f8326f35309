/// Schema version 6: promises to pay. Never edit it once released.
///
/// One row per promise, a child of its account like every list of a case (`CaseTables.promises`).
/// `outcome` is written once, when the nightly run (or the case's own action) reaches the verdict, so
/// that the diary gets one "kept" or "broken" entry however often classification runs.
enum SchemaVersion6 {
    static let migration = SchemaMigration(version: 6, summary: "promises to pay", statements: [
        """
        CREATE TABLE promises (
            account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            id INTEGER NOT NULL,
            amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
            due_on INTEGER NOT NULL,
            made_on INTEGER NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            comment TEXT NOT NULL,
            outcome TEXT,
            outcome_on INTEGER,
            PRIMARY KEY (account_id, seq)
        ) WITHOUT ROWID
        """,
    ])
}
