/// Schema version 9: the summaries counted by group (`SummaryGroups`), so that the team lead's first
/// frame reads a few thousand rows instead of every summary (issue 12). Never edit it once released.
///
/// Absent values are stored as '' (patch, officer, pause reason) and 0 (pause end, a day number no
/// pause can end on), so that the group columns can be the primary key an upsert adds to. Existing
/// summaries are counted into the new table by the migration itself.
enum SchemaVersion9 {
    static let migration = SchemaMigration(version: 9, summary: "summary counts by group for the team lead's first frame", statements: [
        """
        CREATE TABLE summary_groups (
            type TEXT NOT NULL,
            patch TEXT NOT NULL,
            officer TEXT NOT NULL,
            band TEXT NOT NULL,
            action_id TEXT NOT NULL,
            in_arrears INTEGER NOT NULL,
            pause_until INTEGER NOT NULL,
            pause_reason TEXT NOT NULL,
            action_label TEXT NOT NULL,
            cases INTEGER NOT NULL,
            balance_pence INTEGER NOT NULL,
            PRIMARY KEY (type, patch, officer, band, action_id, in_arrears, pause_until, pause_reason)
        ) WITHOUT ROWID
        """,
        SQLCaseStore.countSummaryGroupsSQL,
    ])
}
