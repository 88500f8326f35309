/// Schema version 7: the summary table loses three indexes nothing reads. Never edit it once released.
///
/// The worklist and the team lead view load every summary in reference order and sort in memory; the
/// store reads a summary by reference only. The indexes by band, patch and officer were kept up to date
/// on every row of every nightly run (three index entries moved per case) for no query.
enum SchemaVersion7 {
    static let migration = SchemaMigration(version: 7, summary: "summary indexes that no query used dropped", statements: [
        "DROP INDEX IF EXISTS case_summaries_by_band_score",
        "DROP INDEX IF EXISTS case_summaries_by_patch",
        "DROP INDEX IF EXISTS case_summaries_by_officer",
    ])
}
