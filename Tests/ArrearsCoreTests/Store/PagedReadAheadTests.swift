import Foundation
import Testing
@testable import ArrearsCore

/// Reading cases with two SQLite connections at once (docs/storage.md "Two readers for the nightly run").
@Suite struct PagedReadAheadTests {
    static func refs(_ count: Int) -> [String] { (0..<count).map { String(format: "%07d/01", $0 * 3 + 1) } }

    static func reader(_ store: SQLiteCaseStore) throws -> CaseReader {
        var reader = CaseReader(connection: try #require(try store.snapshotReader()))
        reader.toClassify = true
        return reader
    }

    /// Every case once, in reference order, whatever the page size against the number of cases
    /// (one page, pages that divide it, a last page of one).
    @Test(arguments: [1, 3, 7, 25, 26, 100])
    func everyCaseArrivesOnceInReferenceOrder(pageSize: Int) throws {
        try TemporaryFolder.with { folder in
            let store = try SQLiteCaseStore(path: folder.path("workbench.sqlite"))
            let refs = Self.refs(25)
            try store.saveCases(refs.reversed().map(StoreFixtures.smallCase))
            var first = store.reader
            first.toClassify = true
            var seen: [CaseFile] = []
            try PagedReadAhead(first: first, second: try Self.reader(store), pageSize: pageSize)
                .forEachCase(refs: try store.accountRefs()) { seen.append($0) }
            #expect(seen.map(\.ref) == refs)
            var alone: [CaseFile] = []
            try store.forEachCase { alone.append($0) }
            #expect(seen.map(\.transactions) == alone.map { $0.transactions.map { var t = $0; t.description = ""; return t } })
        }
    }

    /// An error in the caller stops the reading thread before the error comes back, so nothing reads on.
    @Test func anErrorInTheCallerStopsTheSecondReader() throws {
        struct Stop: Error {}
        try TemporaryFolder.with { folder in
            let store = try SQLiteCaseStore(path: folder.path("workbench.sqlite"))
            try store.saveCases(Self.refs(40).map(StoreFixtures.smallCase))
            var count = 0
            #expect(throws: Stop.self) {
                try PagedReadAhead(first: store.reader, second: try Self.reader(store), pageSize: 4)
                    .forEachCase(refs: try store.accountRefs()) { _ in
                        count += 1
                        if count == 6 { throw Stop() }
                    }
            }
            #expect(count == 6)
        }
    }

    /// The second connection is offered only when it sees what the store's own connection sees: a file in
    /// WAL mode, and nothing written yet in the current transaction.
    @Test func aSecondReaderOnlyWhenItSeesTheSame() throws {
        try TemporaryFolder.with { folder in
            let store = try SQLiteCaseStore(path: folder.path("workbench.sqlite"))
            try store.saveCases([StoreFixtures.smallCase(ref: "A1")])
            #expect(try store.snapshotReader() != nil)
            try store.atomically {
                #expect(try store.snapshotReader() != nil, "a run that has only read")
                try store.setMeta("k", "v")
                #expect(try store.snapshotReader() == nil, "after a write in the same transaction")
                var refs: [String] = []
                try store.forEachCaseToClassify { refs.append($0.ref) }
                #expect(refs == ["A1"], "read by one connection, as before")
            }
            #expect(try SQLiteCaseStore.openInMemory().snapshotReader() == nil)
        }
    }

    /// Inside the run's write transaction, a case the run changed after reading it and a case another
    /// process would change must both leave the other reader's pages as they were when the run began.
    @Test func theNightlyRunReadsEveryCaseAsItWasWhenItTookTheLock() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("workbench.sqlite")
            let store = try SQLiteCaseStore(path: path)
            let refs = Self.refs(9)
            try store.saveCases(refs.map(StoreFixtures.smallCase))
            try store.atomically {
                var first = store.reader
                first.toClassify = true
                var seen: [String] = []
                try PagedReadAhead(first: first, second: try Self.reader(store), pageSize: 2)
                    .forEachCase(refs: try store.accountRefs()) { file in
                        seen.append(file.ref)
                        // As the run saves a batch: the case just read moves on.
                        try store.update(ref: file.ref, expectedVersion: nil) { $0.account.patch = "Z9" }
                        #expect(file.account.patch != "Z9")
                    }
                #expect(seen == refs)
                // Another writer cannot slip in while the run holds the lock.
                let other = try SQLiteCaseStore(path: path)
                try other.waitForOtherWriters(upTo: 0)
                #expect(throws: StoreError.self) { try other.setMeta("x", "y") }
            }
            #expect(try store.loadCase(ref: refs[4])?.account.patch == "Z9")
        }
    }
}
