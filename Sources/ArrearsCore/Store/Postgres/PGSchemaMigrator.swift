/// Brings a PostgreSQL database (its current schema, usually `public`) up to the newest schema this
/// program knows, or refuses it untouched. The version lives in the one-row table `arrears_schema`,
/// beside the application id that SQLite keeps in its file header.
struct PGSchemaMigrator {
    let connection: PGConnection
    let migrations: [SchemaMigration]

    var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Checks and migrates in one transaction behind the write lock, so two programs starting at once
    /// never both migrate, and a failing step leaves the database at its old version. PostgreSQL's
    /// DDL is transactional, so a refused or failed migration changes nothing at all.
    ///
    /// A database already at the newest version (nearly every open) is only read, without the write
    /// lock: a workbench or command started while a nightly run holds the lock opens at once instead
    /// of giving up after the five-second wait.
    func migrate() throws -> Int {
        let seen = try connection.transaction(immediate: false) { try currentVersion() }
        if seen == latestVersion { return seen }
        return try connection.transaction(immediate: true) {
            let found = try currentVersion()
            if found > latestVersion {
                throw StoreError.newerSchema(found: found, supported: latestVersion, path: connection.location)
            }
            if found == latestVersion { return found }
            if found == 0 {
                try connection.execute(PGDialect.refuseChangeFunction)
                try connection.execute("CREATE TABLE arrears_schema (application BIGINT NOT NULL, version BIGINT NOT NULL)")
                try connection.statement("INSERT INTO arrears_schema (application, version) VALUES (?, 0)")
                    .execute(StoreSchema.applicationID)
            }
            for migration in migrations where migration.version > found {
                for statement in migration.postgresStatements { try connection.execute(statement) }
            }
            try connection.statement("UPDATE arrears_schema SET version = ?").execute(latestVersion)
            return latestVersion
        }
    }

    /// 0 for an empty schema. A schema holding another program's tables, or another application's
    /// marker, is not ours to change.
    private func currentVersion() throws -> Int {
        let marked = try connection.scalarInt("""
            SELECT count(*) FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_name = 'arrears_schema'
            """)
        if marked == 0 {
            let tables = try connection.scalarInt(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()")
            if tables > 0 {
                throw StoreError.notADatabase(path: connection.location,
                                              detail: "its schema holds \(tables) tables of another program")
            }
            return 0
        }
        var application = 0, version = 0
        try connection.statement("SELECT application, version FROM arrears_schema").query { s in
            application = s.int(0); version = s.int(1)
        }
        if application != StoreSchema.applicationID {
            throw StoreError.notADatabase(path: connection.location,
                                          detail: "it belongs to another program (application id \(application))")
        }
        return version
    }
}
