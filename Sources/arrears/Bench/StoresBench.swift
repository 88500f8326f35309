import Foundation
import ArrearsCore

/// Issue 15's figures: the same work on SQLite and on PostgreSQL in one run, side by side. The
/// PostgreSQL server is the one `ARREARS_BENCH_PG` names (a `postgresql://` URL; the bench works in
/// schemas of its own there and drops them afterwards), else a throwaway one started as the tests
/// start theirs. Without either, the group says so and measures nothing.
@MainActor
enum StoresBench {
    static let login = "lead.income"

    static func run(_ session: BenchSession) throws -> BenchTable {
        var table = BenchTable(title: "SQLite and PostgreSQL side by side (issue 15)")
        let server: BenchPostgres
        do {
            server = try BenchPostgres(session)
        } catch {
            table.note("PostgreSQL skipped: \(error)")
            return table
        }
        defer { server.dropSchemas() }
        try importing(session, server, into: &table)
        let stores = try demoStores(session, server, into: &table)
        try nightly(stores, into: &table)
        try firstFrame(session, stores, into: &table)
        try StoresBenchWriters.run(session, stores, into: &table)
        table.note(server.description)
        table.note("SQLite: a file in the scratch folder, WAL mode, synchronous=NORMAL. The same code above both: only the location differs.")
        return table
    }

    /// The two demo databases every later figure uses: the session's SQLite one, and a copy of it in
    /// PostgreSQL made by `db copy` (itself a figure, both ways).
    struct Stores {
        var accounts: Int
        var sqlite: String
        var postgres: String
        var both: [(name: String, location: String)] { [("SQLite", sqlite), ("PostgreSQL", postgres)] }
    }

    private static func importing(_ session: BenchSession, _ server: BenchPostgres, into table: inout BenchTable) throws {
        let (batch, written, parseSeconds) = try SyntheticImportFiles.loaded(session)
        let n = BenchFigure.format(Double(written.transactionRows), decimals: 0)
        table.add(BenchFigure("import \(n) transactions: read, parse and validate (either store)", parseSeconds, "s", decimals: 1))
        let targets = [("SQLite", session.path("stores-import.sqlite")), ("PostgreSQL", try server.newStore("import"))]
        for (name, location) in targets {
            let seconds = try SyntheticImportFiles.save(batch, into: StoreOpener.open(location))
            table.add(BenchFigure("  save through the store, one transaction, \(name)", seconds, "s", decimals: 1))
            table.add(BenchFigure("    transactions saved per second, \(name)", Double(written.transactionRows) / seconds, "rows/s"))
        }
    }

    private static func demoStores(_ session: BenchSession, _ server: BenchPostgres, into table: inout BenchTable) throws -> Stores {
        let db = try session.demoDatabase()
        let n = BenchFigure.format(Double(db.accounts), decimals: 0)
        let source = try SQLiteCaseStore(path: db.path)
        guard let admin = try source.users().first(where: { $0.role == .administrator && !$0.disabled }) else {
            throw CommandFailure(message: "the demo database has no administrator to copy it as")
        }
        let url = try server.newStore("demo")
        let there = try Stopwatch.time { try DatabaseCopy.copy(from: source, to: PostgresCaseStore(url: url), user: admin) }
        let rows = Double(there.result.reduce(0) { $0 + $1.rows })
        table.add(BenchFigure("db copy SQLite → PostgreSQL, \(n) demo accounts (\(BenchFigure.format(rows, decimals: 0)) rows, verified)",
                              there.seconds, "s", decimals: 1))
        table.add(BenchFigure("  rows copied per second", rows / there.seconds, "rows/s"))
        let back = session.path("stores-back.sqlite")
        let home = try Stopwatch.time { try DatabaseCopy.copy(from: PostgresCaseStore(url: url), to: SQLiteCaseStore(path: back), user: admin) }
        table.add(BenchFigure("db copy PostgreSQL → SQLite, the same (verified)", home.seconds, "s", decimals: 1))
        table.add(BenchFigure("  rows copied per second", rows / home.seconds, "rows/s"))
        return Stores(accounts: db.accounts, sqlite: db.path, postgres: url)
    }

    /// The nightly run over every demo case, on stores already classified once for the same date
    /// (the demo database's first run, carried over by the copy): the same work on both.
    private static func nightly(_ stores: Stores, into table: inout BenchTable) throws {
        let n = BenchFigure.format(Double(stores.accounts), decimals: 0)
        for (name, location) in stores.both {
            let store = try StoreOpener.open(location)
            let seconds = try Stopwatch.time { _ = try NightlyRun.run(store: store, request: BenchSession.nightlyRun) }.seconds
            table.add(BenchFigure("nightly run over \(n) cases, \(name)", seconds, "s", decimals: 1))
            table.add(BenchFigure("  cases per second, \(name)", Double(stores.accounts) / seconds, "cases/s"))
        }
    }

    /// The team lead's first full frame (every case's summary read), median of three starts each.
    private static func firstFrame(_ session: BenchSession, _ stores: Stores, into table: inout BenchTable) throws {
        let output = session.path("stores-terminal.out")
        for (name, location) in stores.both {
            var samples = Samples()
            for _ in 0..<3 {
                let (workbench, start) = try HeadlessWorkbench.start(database: location, login: login, outputPath: output,
                                                                     width: WorkbenchBench.width, height: WorkbenchBench.height,
                                                                     context: session.context)
                workbench.end()
                samples.add(start.total)
            }
            table.add(BenchFigure("first full frame, team lead, \(name) (median of 3)", samples.median * 1000, "ms", decimals: 1))
        }
    }
}

/// The PostgreSQL server the stores group measures, and the schemas it made there.
final class BenchPostgres: CustomStringConvertible {
    private let databaseURL: String
    private let startedHere: Bool
    private var schemas: [String] = []
    private let tag = "bench_\(getpid())_\(UUID().uuidString.prefix(6).lowercased())"

    init(_ session: BenchSession) throws {
        if let url = session.context.environment["ARREARS_BENCH_PG"], !url.isEmpty {
            guard DatabaseLocation.isPostgres(url) else {
                throw CommandFailure(message: "ARREARS_BENCH_PG must be a postgresql:// URL")
            }
            databaseURL = url
            startedHere = false
        } else {
            do {
                let server = try LocalPostgresServer()
                databaseURL = server.url(database: "postgres")
            } catch {
                throw CommandFailure(message: "no PostgreSQL to measure (\(error)); set ARREARS_BENCH_PG to a postgresql:// URL, or install the postgresql package")
            }
            startedHere = true
        }
    }

    /// A new, empty schema for one store; returns its URL.
    func newStore(_ purpose: String) throws -> String {
        let name = "\(tag)_\(purpose)"
        schemas.append(name)
        return try PostgresSchema.create(name, in: databaseURL)
    }

    /// A server started here goes when the process ends; on a server that was named, the bench
    /// removes what it made.
    func dropSchemas() {
        guard !startedHere else { return }
        for schema in schemas { try? PostgresSchema.drop(schema, in: databaseURL) }
    }

    var description: String {
        startedHere
            ? "PostgreSQL: a throwaway server started for the run (initdb, pg_ctl) on this host, over its Unix socket, with fsync=off, synchronous_commit=off and full_page_writes=off as the tests run it: commits cost less than on a council's server."
            : "PostgreSQL: the server ARREARS_BENCH_PG names, in schemas of the bench's own, dropped afterwards."
    }
}
