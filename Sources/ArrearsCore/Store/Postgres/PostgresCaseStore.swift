/// The server store: one PostgreSQL database shared by a whole council, chosen by a `postgresql://`
/// URL (docs/storage.md, docs/operations.md). The same queries as SQLite's (`SQLCaseStore`).
///
/// One instance is one connection: use it from one thread at a time. Readers never wait; writers
/// queue behind one advisory lock, as SQLite's writers queue behind its write lock.
public final class PostgresCaseStore: SQLCaseStore {
    let postgres: PGConnection

    /// Connects and migrates an older schema. Refuses, unchanged, a database from a newer program
    /// (`StoreError.newerSchema`) and one holding another program's tables (`StoreError.notADatabase`).
    public convenience init(url: String) throws {
        try self.init(url: url, migrations: StoreSchema.migrations)
    }

    /// Tests pass their own migration history to exercise upgrades and refusals.
    init(url: String, migrations: [SchemaMigration]) throws {
        postgres = try PGConnection(url: url)
        let version = try PGSchemaMigrator(connection: postgres, migrations: migrations).migrate()
        super.init(connection: postgres, schemaVersion: version)
    }

    /// The role the server authenticated this connection as: over a local socket with peer
    /// authentication, the operating-system account; over TCP, whatever role the URL logged in as.
    public func databaseRole() throws -> String {
        try postgres.scalarText("SELECT session_user") ?? ""
    }
}

/// Opens the store a location names: a `postgresql://` URL opens PostgreSQL, anything else is an
/// SQLite file path.
public enum StoreOpener {
    public static func open(_ location: String) throws -> SQLCaseStore {
        if DatabaseLocation.isPostgres(location) { return try PostgresCaseStore(url: location) }
        return try SQLiteCaseStore(path: location)
    }

    /// The store for a command run from a shell or cron: its writers wait their turn behind a
    /// nightly run or an import (`SQLCaseStore.commandWriterWaitSeconds`) rather than failing.
    public static func openForCommand(_ location: String) throws -> SQLCaseStore {
        let store = try open(location)
        try store.waitForOtherWriters(upTo: SQLCaseStore.commandWriterWaitSeconds)
        return store
    }
}
