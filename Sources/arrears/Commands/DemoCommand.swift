import Foundation
import ArrearsCore

/// `arrears demo`: a deterministic synthetic caseload, classified and ready to work.
enum DemoCommand {
    static var command: Command {
        Command(spec: CommandSpec(
            path: "demo", summary: "Create (or refresh) a demo database of synthetic accounts.",
            usage: "[--accounts N] [--seed S] [--as-of DATE] [--db PATH]",
            options: [
                .init(name: "accounts", value: "N", help: "how many accounts (default \(DemoSetup.defaultAccounts); the workbench's first run makes \(DemoSetup.firstRunAccounts))"),
                .init(name: "seed", value: "S", help: "random seed (default \(DemoGenerator.defaultSeed)); same seed and date, same data"),
                .init(name: "as-of", value: "DATE", help: "the date the caseload is made up to (default today)"),
            ],
            details: "Refuses to write into a database that holds real (imported) data."),
            run: { args, context in
                let accounts = try integer(args, "accounts", default: DemoSetup.defaultAccounts, range: 1...2_000_000)
                let seed = UInt64(try integer(args, "seed", default: Int(DemoGenerator.defaultSeed), range: 0...Int.max))
                let asOf = try context.asOf(args)
                let path = context.databasePath(args)
                let started = Date()
                try DemoSetup.create(path: path, accounts: accounts, seed: seed, asOf: asOf, creator: context.osLogin)
                let seconds = Date().timeIntervalSince(started)
                Output.out("Demo database with \(accounts) synthetic accounts (seed \(seed), as of \(asOf.isoText)) at \(path) in \(String(format: "%.1f", seconds)) s.")
                return 0
            })
    }

    static func integer(_ args: ParsedArguments, _ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
        guard let text = args.value(name) else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw UsageError(message: "--\(name) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'", command: "")
        }
        return n
    }
}

/// Making a demo database: generate, add the person who made it, classify. A new database is built
/// beside the target (`FILE.partial.PID`) and moved into place only when complete, so a kill part-way
/// leaves no half-made database; the next run removes what a killed one left behind.
enum DemoSetup {
    static let defaultAccounts = 5_000
    static let firstRunAccounts = 3_000

    static func create(path: String, accounts: Int, seed: UInt64, asOf: CivilDate, creator: String) throws {
        let fm = FileManager.default
        PartialFiles.removeLeftovers(of: path)
        if DatabaseLocation.isPostgres(path) || fm.fileExists(atPath: path) {
            let store = try StoreOpener.openForCommand(path)
            try DemoGenerator.checkMayFill(store, path: path)
            // Batch by batch, not one transaction: a refresh of thousands of accounts must not hold the
            // write lock for longer than other programs' five-second wait. It is resumable instead: the
            // generator is deterministic, so running it again completes a refresh that was killed.
            try fill(store, accounts: accounts, seed: seed, asOf: asOf, creator: creator)
            return
        }
        let partial = PartialFiles.name(for: path)
        do {
            try buildNew(at: partial, accounts: accounts, seed: seed, asOf: asOf, creator: creator)
            try fm.moveItem(atPath: partial, toPath: path)
        } catch {
            PartialFiles.remove(partial)
            throw error
        }
    }

    /// A file nobody else has open yet, so it is written without a journal; it is only moved into
    /// place once complete, and the store is closed when this returns.
    private static func buildNew(at path: String, accounts: Int, seed: UInt64, asOf: CivilDate, creator: String) throws {
        let store = try SQLiteCaseStore(path: path)
        try store.enableUnsafeBulkLoad()
        try fill(store, accounts: accounts, seed: seed, asOf: asOf, creator: creator)
    }

    /// The store is released when this returns, so SQLite folds its write-ahead log into the file.
    private static func fill(_ store: SQLCaseStore, accounts: Int, seed: UInt64, asOf: CivilDate, creator: String) throws {
        let generator = DemoGenerator(seed: seed, asOf: asOf, accounts: accounts)
        try generator.generate(into: store)
        // Whoever made the demo works it as a team lead: every screen, both sides of the service.
        // The demo's administrator and every other persona are reachable with --as.
        if try store.user(login: creator) == nil {
            try store.saveUsers([User(login: creator, displayName: "Demo team lead (\(creator))", role: .teamLead)])
        }
        // The demo's clock is its as-of date: the caseload is made up to that day, so that is "today".
        let runner = try store.user(login: creator) ?? User(login: creator, displayName: creator, role: .teamLead)
        _ = try NightlyRun.run(store: store, request: ClassifyRequest(user: runner, asOf: asOf, today: asOf,
                                                                      at: Timestamp(london: asOf, hour: 9)))
    }
}
