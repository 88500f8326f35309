/// Schema version 3: explanations in a table of their own. Never edit it once released.
///
/// An explanation is kilobytes of JSON; kept inside `case_summaries` it made every summary row fill a
/// page, so the worklist's one query read hundreds of megabytes at 100,000 cases. The worklist never
/// needs explanations; opening a case reads one.
enum SchemaVersion3 {
    static let migration = SchemaMigration(version: 3, summary: "explanations apart from worklist rows", statements: [
        "CREATE TABLE case_explanations (ref TEXT PRIMARY KEY, explanation TEXT NOT NULL)",
        "INSERT INTO case_explanations (ref, explanation) SELECT ref, explanation FROM case_summaries",
        "ALTER TABLE case_summaries DROP COLUMN explanation",
    ])
}
