/// What a policy change would do: every case classified under the current policy and under a proposed
/// one, as a nightly run on the date would (each policy's own agreement changes applied in memory),
/// counted band → band and action → action with a few example references per cell. Writes nothing.
public struct PolicyComparison: Sendable, Equatable {
    /// One cell of a movement matrix: how many cases went from `from` to `to`.
    public struct Cell: Sendable, Equatable {
        public var from: String
        public var to: String
        public var cases: Int
        /// The first references that moved (as many as the run was asked to keep), in reference order;
        /// empty for a cell where nothing moved.
        public var examples: [String]
        public var moved: Bool { from != to }
    }

    public static let examplesPerCell = 5

    public let asOf: CivilDate
    public let total: Int
    /// Every non-empty cell, red first (band rank, then band), moved cells with their examples.
    public let bands: [Cell]
    /// Every non-empty cell, most cases first.
    public let actions: [Cell]

    public var bandMoves: Int { bands.filter(\.moved).reduce(0) { $0 + $1.cases } }
    public var actionMoves: Int { actions.filter(\.moved).reduce(0) { $0 + $1.cases } }

    /// Needs `run_classify`: it reads every case, as a run does. `examplesPerCell` is how many moved
    /// references each cell keeps: five for a printed table, every one (`Int.max`) for a screen that
    /// lists the cases that move.
    public static func run(store: CaseStore, user: User, asOf: CivilDate, current: Policy, proposed: Policy,
                           examplesPerCell: Int = examplesPerCell, batchSize: Int = 5_000) throws -> PolicyComparison {
        var tally = try begin(user: user, asOf: asOf, current: current, proposed: proposed, examplesPerCell: examplesPerCell)
        var batch: [CaseFile] = []
        try store.forEachCaseToClassify { file in
            batch.append(file)
            if batch.count >= batchSize {
                tally.add(batch)
                batch.removeAll(keepingCapacity: true)
            }
        }
        tally.add(batch)
        return tally.comparison
    }

    /// The same comparison a part at a time, for a screen that must answer keys while it runs: feed
    /// `addPart` the store's references (`accountRefs()`, in reference order) a slice at a time, then
    /// read `comparison`; it equals `run`'s. Needs `run_classify`, as `run` does.
    public static func begin(user: User, asOf: CivilDate, current: Policy, proposed: Policy,
                             examplesPerCell: Int = examplesPerCell) throws -> Tally {
        try Access.check(user: user, operation: .runClassify, account: nil)
        return Tally(asOf: asOf, current: current, proposed: proposed, examplesPerCell: examplesPerCell)
    }

    /// The counts so far: every case added is classified under both policies. Made only by `begin`,
    /// which checks the role.
    public struct Tally: Sendable {
        public let asOf: CivilDate
        private let before: Classifier, after: Classifier
        private var bands: Matrix, actions: Matrix
        /// How many cases have been added.
        public private(set) var total = 0

        fileprivate init(asOf: CivilDate, current: Policy, proposed: Policy, examplesPerCell: Int) {
            self.asOf = asOf
            before = Classifier(policy: current)
            after = Classifier(policy: proposed)
            bands = Matrix(keeping: examplesPerCell)
            actions = Matrix(keeping: examplesPerCell)
        }

        /// Adds cases that follow every case added so far in reference order (examples keep that order).
        public mutating func add(_ files: [CaseFile]) {
            let (before, after, asOf) = (before, after, asOf)
            let pairs = ParallelMap.map(count: files.count) { i -> (CaseVerdict, CaseVerdict) in
                (verdict(files[i], before, asOf), verdict(files[i], after, asOf))
            }
            for (old, new) in pairs {
                bands.add(old.band, new.band, ref: old.ref)
                actions.add(old.action.rawValue, new.action.rawValue, ref: old.ref)
            }
            total += files.count
        }

        /// Reads the cases `refs` names (the next slice of the store's references) and adds them in
        /// the order of `refs`: the store's reference order, which `loadCases` does not keep.
        public mutating func addPart(store: CaseStore, refs: ArraySlice<String>) throws {
            let byRef = Dictionary(try store.loadCases(refs: Array(refs)).map { ($0.ref, $0) }, uniquingKeysWith: { a, _ in a })
            add(refs.compactMap { byRef[$0] })
        }

        /// The comparison of every case added: cells red first, then most cases first.
        public var comparison: PolicyComparison {
            let bandOrder = Dictionary(uniqueKeysWithValues: Band.allCases.map { ($0.rawValue, $0.rank) })
            func rank(_ band: String) -> Int { bandOrder[band] ?? Band.allCases.count }
            return PolicyComparison(
                asOf: asOf, total: total,
                bands: bands.cells.sorted { (rank($0.from), $0.from, rank($0.to), $0.to) < (rank($1.from), $1.from, rank($1.to), $1.to) },
                actions: actions.cells.sorted { ($1.cases, $0.from, $0.to) < ($0.cases, $1.from, $1.to) })
        }
    }

    /// The case as a run under `classifier`'s policy would see it: its due agreement changes applied.
    private static func verdict(_ file: CaseFile, _ classifier: Classifier, _ asOf: CivilDate) -> CaseVerdict {
        var file = file
        _ = NightlyRun.apply(ArrearsEngine.agreementUpdates(for: file, asOf: asOf, policy: classifier.policy), to: &file)
        return CaseVerdict(classifier.classify(file, asOf: asOf))
    }

    /// Counts and examples per (from, to), examples kept only where something moved.
    private struct Matrix: Sendable {
        let keeping: Int
        private var index: [String: Int] = [:]
        private(set) var cells: [Cell] = []

        init(keeping: Int) { self.keeping = keeping }

        mutating func add(_ from: String, _ to: String, ref: String) {
            let key = from + "\u{1F}" + to
            if let i = index[key] {
                cells[i].cases += 1
                if from != to && cells[i].examples.count < keeping { cells[i].examples.append(ref) }
            } else {
                index[key] = cells.count
                cells.append(Cell(from: from, to: to, cases: 1, examples: from != to && keeping > 0 ? [ref] : []))
            }
        }
    }
}
