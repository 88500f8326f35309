/// Schema version 4: explanations are no longer stored. Never edit it once released.
///
/// Every nightly run wrote each case's explanation (about 2.9 KB of JSON): half the run's time and
/// about 400 MB at 100,000 cases. The engine recomputes one in microseconds from the case, the
/// summary's as-of date and the run's policy (kept in `meta` under `classify.policy`), which is what
/// the workbench's why pane, `arrears explain` and the worklist export now do.
enum SchemaVersion4 {
    static let migration = SchemaMigration(version: 4, summary: "explanations recomputed, not stored", statements: [
        "DROP TABLE case_explanations",
    ])
}
