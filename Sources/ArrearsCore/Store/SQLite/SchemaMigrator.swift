import CSQLite

/// Brings a database up to the newest schema this program knows, or refuses it untouched.
struct SchemaMigrator {
    let connection: SQLiteConnection
    let migrations: [SchemaMigration]

    var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Checks the database and applies every missing migration in one transaction.
    /// Returns the schema version the database is at afterwards.
    func migrate() throws -> Int {
        try checkOwnership()
        let found = try connection.scalarInt("PRAGMA user_version")
        if found > latestVersion { throw newer(found) }
        if found == latestVersion { return found }
        // Table rebuilds in future migrations need foreign keys off; the check below stands in for them.
        try connection.execute("PRAGMA foreign_keys = OFF")
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        return try connection.transaction(immediate: true) {
            // Another process may have migrated while this one waited for the write lock.
            let current = try connection.scalarInt("PRAGMA user_version")
            if current > latestVersion { throw newer(current) }
            for migration in migrations where migration.version > current {
                for statement in migration.statements { try connection.execute(statement) }
            }
            if let broken = try connection.scalarText("PRAGMA foreign_key_check") {
                throw StoreError.sqlite(code: SQLITE_CONSTRAINT, message: "foreign key check failed in table \(broken)",
                                        context: "migrating the schema to version \(latestVersion)")
            }
            // PRAGMA takes no bound parameters; these are the program's own integers, not input.
            try connection.execute("PRAGMA application_id = \(StoreSchema.applicationID)")
            try connection.execute("PRAGMA user_version = \(latestVersion)")
            return latestVersion
        }
    }

    /// A database with another program's tables (or another application id) is not ours to change.
    private func checkOwnership() throws {
        let applicationID = try connection.scalarInt("PRAGMA application_id")
        if applicationID == StoreSchema.applicationID { return }
        if applicationID != 0 {
            throw StoreError.notADatabase(path: connection.path,
                                          detail: "it belongs to another program (application id \(applicationID))")
        }
        let version = try connection.scalarInt("PRAGMA user_version")
        let tables = try connection.scalarInt("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        if version == 0 && tables > 0 {
            throw StoreError.notADatabase(path: connection.path,
                                          detail: "it is an SQLite database of another program, with \(tables) tables of its own")
        }
    }

    private func newer(_ found: Int) -> StoreError {
        .newerSchema(found: found, supported: latestVersion, path: connection.path)
    }
}
