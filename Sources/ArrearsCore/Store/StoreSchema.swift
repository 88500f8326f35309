/// One step of the schema's history: the statements that take a database from `version - 1` to `version`.
struct SchemaMigration: Sendable {
    let version: Int
    let summary: String
    /// Written in SQLite's DDL; `PGDialect.translate` turns each into PostgreSQL's.
    let statements: [String]
    /// Only for a step the translation cannot express: PostgreSQL's own statements, used instead.
    var postgres: [String]? = nil

    /// The statements that take a PostgreSQL database through this step.
    var postgresStatements: [String] { postgres ?? statements.flatMap(PGDialect.translate) }
}

/// The schema's whole history, oldest first. To change the schema, append a migration here (and a
/// file beside SchemaVersion1); never edit a released one, because databases in the field have run it.
enum StoreSchema {
    static let migrations: [SchemaMigration] = [SchemaVersion1.migration, SchemaVersion2.migration, SchemaVersion3.migration,
                                                   SchemaVersion4.migration, SchemaVersion5.migration, SchemaVersion6.migration,
                                                   SchemaVersion7.migration, SchemaVersion8.migration, SchemaVersion9.migration]

    static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Written to the file header (SQLite) or the `arrears_schema` table (PostgreSQL) so that a
    /// database of another program is recognised (`ARRW`).
    static let applicationID = 0x4152_5257
}

