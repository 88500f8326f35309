import Testing
@testable import ArrearsCore

/// The reader deals each child table's rows out to the accounts of a page in one ordered pass: by id
/// range when the ids rise with the references, by reference range otherwise. Demo cases (every child
/// table filled) must come back exactly as saved either way, and the lean copy read for classifying
/// must classify exactly as the whole case does.
@Suite struct CaseReaderTests {
    static let asOf = CivilDate(year: 2026, month: 3, day: 2)!
    static let generator = DemoGenerator(seed: 7, asOf: asOf, accounts: CaseReader.pageSize + 300)

    /// The demo's cases saved in reference order (ids rise with references: the id-range path), in a
    /// scrambled order (the reference-range path), and in reference order with a stranger saved after
    /// every 40th case: a copy whose reference sorts after all others, so its id falls inside an early
    /// page's id range while it belongs to the last page (its rows must be passed over there).
    enum Order: CaseIterable { case byReference, scrambled, withStrangers }

    static func store(_ kind: StoreKind, _ order: Order) throws -> (CaseStore, [CaseFile]) {
        let store = try kind.fresh()
        let cases = generator.cases(in: 0..<generator.accounts).sorted { $0.ref < $1.ref }
        switch order {
        case .byReference:
            try store.saveCases(cases)
            return (store, cases)
        case .scrambled:
            try store.saveCases((0..<cases.count).map { cases[($0 * 7919) % cases.count] })
            return (store, cases)
        case .withStrangers:
            var saved: [CaseFile] = [], strangers: [CaseFile] = []
            for (i, file) in cases.enumerated() {
                saved.append(file)
                guard i % 40 == 0 else { continue }
                var stranger = file
                stranger.account.ref = "Z" + file.ref
                stranger.letters = stranger.letters.map { var l = $0; l.accountRef = stranger.account.ref; l.id = "Z" + l.id; return l }
                saved.append(stranger)
                strangers.append(stranger)
            }
            try store.saveCases(saved)
            return (store, cases + strangers)
        }
    }

    @Test(arguments: StoreKind.tested, Order.allCases)
    func everyCaseComesBackAsSavedInReferenceOrder(kind: StoreKind, order: Order) throws {
        let (store, cases) = try Self.store(kind, order)
        var streamed: [CaseFile] = []
        try store.forEachCase { streamed.append($0) }
        #expect(streamed.map(\.ref) == cases.map(\.ref))
        for (read, saved) in zip(streamed, cases) {
            var expected = saved
            expected.account.version = read.account.version
            #expect(read == expected, "\(saved.ref)")
        }
        #expect(try store.loadCase(ref: cases[5].ref) == streamed[5])
    }

    /// A bulk letter run's cases: every third case and a few that do not exist, more than one page of
    /// them, read by reference in batches, each exactly as the pages read it.
    @Test(arguments: StoreKind.tested, Order.allCases)
    func casesNamedByReferenceComeBackAsLoadedOneByOne(kind: StoreKind, order: Order) throws {
        let (store, cases) = try Self.store(kind, order)
        let named = stride(from: cases.count - 1, through: 0, by: -3).map { cases[$0].ref } + ["NO-SUCH-CASE", "0000000/00"]
        #expect(named.count > CaseReader.namedPageSize)
        let read = try store.loadCases(refs: named)
        #expect(Set(read.map(\.ref)) == Set(named.dropLast(2)) && read.count == named.count - 2)
        var streamed: [String: CaseFile] = [:]
        try store.forEachCase { streamed[$0.ref] = $0 }
        for file in read { #expect(streamed[file.ref] == file, "\(file.ref)") }
    }

    @Test(arguments: StoreKind.tested, Order.allCases)
    func theCopyReadForClassifyingClassifiesAsTheWholeCase(kind: StoreKind, order: Order) throws {
        let (store, cases) = try Self.store(kind, order)
        var whole: [String: String] = [:]
        try store.forEachCase { whole[$0.ref] = Explanation.storedJSON(ArrearsEngine.classify($0, asOf: Self.asOf, policy: .default)) }
        var lean: [String] = []
        try store.forEachCaseToClassify { file in
            lean.append(file.ref)
            #expect(Explanation.storedJSON(ArrearsEngine.classify(file, asOf: Self.asOf, policy: .default)) == whole[file.ref], "\(file.ref)")
            #expect(file.transactions.allSatisfy { $0.description.isEmpty }, "the ledger's descriptions are not read to classify")
        }
        #expect(lean == cases.map(\.ref))
    }
}
