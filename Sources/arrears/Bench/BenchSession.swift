import Foundation
import ArrearsCore

/// How big each benchmark is: the issues' sizes, or small ones for a smoke run (`--quick`).
struct BenchSizes {
    var demoAccounts: Int
    var importAccounts: Int
    var transactionsPerAccount: Int
    var engineAccounts: [Int]
    var keyRepeats: Int
    var letters: Int
    /// Actions each writer process of the stores group adds.
    var writerActions: Int

    var importRows: Int { importAccounts * transactionsPerAccount }

    static let full = BenchSizes(demoAccounts: 100_000, importAccounts: 10_000, transactionsPerAccount: 100,
                                 engineAccounts: [100_000, 1_000_000], keyRepeats: 200, letters: 20_000,
                                 writerActions: 1_000)
    static let quick = BenchSizes(demoAccounts: 1_000, importAccounts: 200, transactionsPerAccount: 50,
                                  engineAccounts: [1_000, 5_000], keyRepeats: 20, letters: 200,
                                  writerActions: 50)
}

/// A demo database made once per run and shared by the groups that need one, with what making it cost.
struct BenchDatabase {
    var path: String
    var accounts: Int
    var generateSeconds: Double
    var bytesAfterGenerate: Int
    /// The first nightly run on the new database (it also writes agreements' state changes).
    var classifySeconds: Double
    var bytesAfterClassify: Int
}

/// One `arrears bench` run: the sizes, the scratch folder (removed at the end) and the shared database.
final class BenchSession {
    /// Every benchmark works to this date, so runs on different days measure the same caseload.
    static let asOf = CivilDate(year: 2026, month: 3, day: 2)!
    /// The nightly run as a team lead would start it on the bench's date.
    static let nightlyRun = ClassifyRequest(user: User(login: "bench", displayName: "Benchmark", role: .teamLead),
                                            asOf: asOf, today: asOf, at: Timestamp(london: asOf, hour: 9))
    static let seed = DemoGenerator.defaultSeed

    let sizes: BenchSizes
    let quick: Bool
    let scratch: String
    let context: Context
    private var database: BenchDatabase?
    private var interruptSources: [DispatchSourceSignal] = []

    /// Makes a fresh folder inside `parent` (else the temporary folder), so that removing it at the end
    /// can never remove anything the user had.
    init(quick: Bool, accounts: Int?, parent: String?, context: Context) throws {
        self.quick = quick
        var sizes = quick ? BenchSizes.quick : .full
        if let accounts { sizes.demoAccounts = accounts }
        self.sizes = sizes
        let base = parent ?? FileManager.default.temporaryDirectory.path
        scratch = base + "/arrears-bench-\(UUID().uuidString.prefix(8))"
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "cannot create the scratch folder \(scratch): \(error.localizedDescription). Name a writable folder with --dir.")
        }
        // Config files of the person running the bench (key overrides, themes) must not change the figures.
        var isolated = context
        isolated.environment["XDG_CONFIG_HOME"] = scratch + "/config"
        isolated.environment["ARREARS_THEMES"] = nil
        self.context = isolated
    }

    func path(_ name: String) -> String { scratch + "/" + name }

    func removeScratch() { try? FileManager.default.removeItem(atPath: scratch) }

    /// A full run leaves gigabytes in the scratch folder: Ctrl-C or a hang-up removes it too before
    /// the program ends. A closed pipe is noticed where the output is written (`BenchCommand.say`).
    func removeScratchWhenInterrupted() {
        signal(SIGPIPE, SIG_IGN)
        for sig in [SIGINT, SIGHUP] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [scratch] in
                try? FileManager.default.removeItem(atPath: scratch)
                exit(128 + sig)
            }
            source.resume()
            interruptSources.append(source)
        }
    }

    /// Targets belong to the issues' sizes; a smoke run's figures are not held to them.
    func target(_ limit: Double, _ unit: String) -> BenchTarget? { quick ? nil : .under(limit, unit) }

    /// The demo database of `sizes.demoAccounts` accounts, generated and classified on first use.
    func demoDatabase() throws -> BenchDatabase {
        if let database { return database }
        let path = path("demo.sqlite")
        let generator = DemoGenerator(seed: BenchSession.seed, asOf: BenchSession.asOf, accounts: sizes.demoAccounts)
        // As `arrears demo` builds a new file: beside its final place, without a journal. Each store is
        // released before the size is read, so SQLite has folded any log into the file.
        let generate = try Stopwatch.time {
            let store = try SQLiteCaseStore(path: path)
            try store.enableUnsafeBulkLoad()
            try generator.generate(into: store)
        }.seconds
        let generated = BenchFiles.databaseSize(path)
        let classify = try Stopwatch.time { _ = try NightlyRun.run(store: SQLiteCaseStore(path: path), request: BenchSession.nightlyRun) }.seconds
        let made = BenchDatabase(path: path, accounts: sizes.demoAccounts, generateSeconds: generate, bytesAfterGenerate: generated,
                                 classifySeconds: classify, bytesAfterClassify: BenchFiles.databaseSize(path))
        database = made
        return made
    }
}
