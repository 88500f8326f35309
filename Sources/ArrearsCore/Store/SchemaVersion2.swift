/// Schema version 2: the audit trail. Never edit it once released — append a new migration instead.
///
/// Every change a user makes (case actions, assignment, user administration, exports) is one row,
/// written in the same transaction as the change itself. Like the diary, the database refuses to
/// update or delete a row whatever program asks; only appending is possible.
enum SchemaVersion2 {
    static let migration = SchemaMigration(version: 2, summary: "append-only audit trail", statements: [
        """
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            user_login TEXT NOT NULL,
            operation TEXT NOT NULL,
            account_ref TEXT,
            summary TEXT NOT NULL,
            before_json TEXT,
            after_json TEXT
        )
        """,
        "CREATE INDEX audit_by_account ON audit(account_ref, id)",
        "CREATE INDEX audit_by_user ON audit(user_login, id)",
        "CREATE INDEX audit_by_time ON audit(at)",
        """
        CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be changed'); END
        """,
        """
        CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only: rows cannot be deleted'); END
        """,
    ])
}
