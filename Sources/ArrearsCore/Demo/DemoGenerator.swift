import Foundation

/// The words every screen shows while the database holds the synthetic caseload.
public let demoDataBanner = "Demo data — synthetic, not real people"

/// A synthetic caseload shaped like a London borough's: the mix of account types, Hackney-like homes,
/// people from many backgrounds, and 12 to 24 months of history per account played out against the
/// escalation routes. Deterministic: the same seed and as-of date give the same caseload, and each
/// account depends only on (seed, index), so any slice can be made on its own, in any order, in parallel.
public struct DemoGenerator: Sendable {
    public static let defaultSeed: UInt64 = 20_180_401
    public static let defaultBatchSize = 2_000

    /// Settings written to the store so that every screen can tell demo data from real data.
    public enum MetaKey {
        public static let seed = "demo_seed"
        public static let asOf = "demo_as_of"
        public static let accounts = "demo_accounts"
    }

    public let seed: UInt64
    public let asOf: CivilDate
    public let accounts: Int

    public init(seed: UInt64, asOf: CivilDate, accounts: Int) {
        self.seed = seed
        self.asOf = asOf
        self.accounts = max(0, accounts)
    }

    public func users() -> [User] { DemoUsers.all }

    /// The account at a position in the caseload (0 ..< accounts).
    public func makeCase(index: Int) -> CaseFile {
        let plan = DemoAccountMaker(seed: seed, asOf: asOf).plan(index: index)
        var builder = DemoCaseBuilder(plan: plan, asOf: asOf, seed: seed)
        return builder.build()
    }

    /// The bad data planted in the account at `index` (empty for most accounts).
    public func defects(index: Int) -> [DemoDefect] {
        DemoAccountMaker(seed: seed, asOf: asOf).plan(index: index).defects
    }

    /// The cases at these positions, made on every core.
    public func cases(in range: Range<Int>) -> [CaseFile] {
        let slots = DemoSlots(count: range.count)
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (range.count + workers - 1) / workers)
        let generator = self
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let lower = worker * chunk
            let upper = min(range.count, lower + chunk)
            guard lower < upper else { return }
            for offset in lower..<upper {
                slots.put(generator.makeCase(index: range.lowerBound + offset), at: offset)
            }
        }
        return slots.collect()
    }

    /// Makes the whole caseload and saves it, batch by batch (each batch one transaction). The next
    /// batch is made while the store writes the current one, so generating costs little wall time.
    /// `progress` is told how many accounts are stored so far.
    public func generate(into store: CaseStore, batchSize: Int = DemoGenerator.defaultBatchSize,
                         progress: ((Int) -> Void)? = nil) throws {
        try generate(batchSize: batchSize, progress: progress, saveUsers: store.saveUsers, saveCases: store.saveCases,
                     setMeta: store.setMeta)
    }

    /// The same, writing through plain functions: what `generate(into:)` does to a store.
    func generate(batchSize: Int, progress: ((Int) -> Void)?, saveUsers: ([User]) throws -> Void,
                  saveCases: ([CaseFile]) throws -> Void, setMeta: (String, String) throws -> Void) throws {
        // Marked first: a fill killed part-way (each batch is its own transaction) leaves a demo that
        // the next `arrears demo` may refresh and so complete, not an unmarked database it must refuse.
        try setMeta(Identity.demoMetaKey, Identity.demoMetaValue)
        try saveUsers(users())
        let size = max(1, batchSize)
        var next: DemoBatchJob? = accounts > 0 ? DemoBatchJob(generator: self, range: 0..<min(size, accounts)) : nil
        while let job = next {
            let cases = job.wait()
            let upper = job.range.upperBound
            next = upper < accounts ? DemoBatchJob(generator: self, range: upper..<min(upper + size, accounts)) : nil
            try saveCases(cases)
            progress?(upper)
        }
        try setMeta(MetaKey.seed, String(seed))
        try setMeta(MetaKey.asOf, asOf.isoText)
        try setMeta(MetaKey.accounts, String(accounts))
    }

    /// True when the store holds a caseload this generator made.
    public static func isDemo(_ store: CaseStore) throws -> Bool {
        try Identity.isDemoDatabase(store)
    }

    /// Demo data goes only into a database that is already a demo, or one that holds nothing at all
    /// (no users, no cases). Marking a database as a demo unlocks `--as` for anyone who can open the
    /// file, so a database with real users — even one with no cases yet — is never turned into one.
    public static func checkMayFill(_ store: CaseStore, path: String) throws {
        if try isDemo(store) { return }
        guard try store.users().isEmpty, try store.caseCount() == 0 else {
            throw DemoRefused(path: path)
        }
    }
}

/// `arrears demo` named a database that holds real users or data.
public struct DemoRefused: Error, CustomStringConvertible {
    public var path: String
    public var description: String {
        "\(path) is not a demo database (it holds real users or data); nothing was changed. `arrears demo` only creates a new file or refreshes a demo; name another file with --db."
    }
}

/// One batch being made on a background thread.
private final class DemoBatchJob: @unchecked Sendable {
    let range: Range<Int>
    private let done = DispatchSemaphore(value: 0)
    // Written once by the background thread before `done` is signalled, read only after waiting on it.
    private var result: [CaseFile] = []

    init(generator: DemoGenerator, range: Range<Int>) {
        self.range = range
        DispatchQueue.global().async { [self] in
            result = generator.cases(in: range)
            done.signal()
        }
    }

    func wait() -> [CaseFile] {
        done.wait()
        return result
    }
}

/// Result slots that parallel workers fill at distinct positions. A raw buffer, not an Array: an Array
/// may move its storage while one thread writes, and here several write at once.
private final class DemoSlots: @unchecked Sendable {
    // Each position is written by exactly one worker, and read only after all workers have finished.
    private let storage: UnsafeMutableBufferPointer<CaseFile?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    func put(_ value: CaseFile, at index: Int) { storage[index] = value }

    func collect() -> [CaseFile] { storage.map { $0! } }
}
