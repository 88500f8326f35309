/// Schema version 5: the GOV.UK Notify outbox. Never edit it once released.
///
/// One row per letter or message handed to Notify. Its state is committed before each call
/// (`sending`) and after it (`accepted` or `failed`), so a run that dies mid-call leaves rows in
/// `sending` that the next run looks up by reference before anything is sent again.
enum SchemaVersion5 {
    static let migration = SchemaMigration(version: 5, summary: "GOV.UK Notify outbox", statements: [
        """
        CREATE TABLE notify_outbox (
            id TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            account_ref TEXT NOT NULL,
            reference TEXT NOT NULL UNIQUE,
            recipient TEXT,
            template_id TEXT,
            personalisation TEXT NOT NULL,
            postage TEXT,
            state TEXT NOT NULL,
            notify_id TEXT,
            notify_status TEXT,
            status_history TEXT NOT NULL,
            error TEXT,
            attempts INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            sent_at INTEGER
        )
        """,
        "CREATE INDEX notify_outbox_by_state ON notify_outbox(state, created_at)",
        "CREATE INDEX notify_outbox_by_account ON notify_outbox(account_ref)",
    ])
}
