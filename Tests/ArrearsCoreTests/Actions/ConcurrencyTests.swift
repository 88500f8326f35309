import Foundation
import Testing
@testable import ArrearsCore

/// Two caseworkers on one database: the second save over a changed case is refused, nothing is lost.
@Suite struct ConcurrencyTests {
    typealias F = ActionFixtures

    @Test(arguments: StoreKind.tested) func aStaleVersionIsRefusedWithNothingWritten(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let opened = try world.load(F.rentRef)
        _ = try world.actions(F.teamLead).addDiaryEntry(ref: F.rentRef, expectedVersion: opened.account.version, code: "INC", comment: "Lead")
        let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
            _ = try world.actions(F.agent).pause(ref: F.rentRef, expectedVersion: opened.account.version, until: F.date("2026-12-24"),
                                                 reason: .other, comment: "Old copy")
        }
        #expect(error as? StoreError == .staleCase(ref: F.rentRef, expected: 1, found: 2))
    }

    /// Both processes open the same case, then act at the same moment from their own connections.
    @Test(arguments: StoreKind.tested) func twoStoresOnOneDatabaseActingAtOnce(kind: StoreKind) throws {
        try TemporaryFolder.with { folder in
            let path = try kind.sharedLocation(in: folder)
            do {
                let setup = try StoreOpener.open(path)
                try setup.saveUsers(F.users)
                try setup.saveCases([F.rentCase()])
            }
            let results = Results()
            let bothOpened = Barrier(parties: 2)
            let finished = DispatchGroup()
            for worker in 0..<2 {
                finished.enter()
                // Threads of their own: a pool might run the two one after the other, and then the
                // second would open the case only after the first had saved it.
                Thread {
                    defer { finished.leave() }
                    do {
                        let store = try StoreOpener.open(path)
                        let actions = CaseActions(store: store, user: worker == 0 ? F.agent : F.teamLead, now: { F.at },
                                                  asOf: F.asOf, reclassify: FakeEngine().classify)
                        let opened = try #require(try store.loadCase(ref: F.rentRef))
                        bothOpened.arriveAndWait()
                        _ = try actions.addDiaryEntry(ref: F.rentRef, expectedVersion: opened.account.version, code: "INC",
                                                      comment: "Worker \(worker)")
                        results.record(.success(worker))
                    } catch {
                        results.record(.failure(error))
                    }
                }.start()
            }
            finished.wait()
            let outcomes = results.all
            let successes = outcomes.compactMap { try? $0.get() }
            let failures = outcomes.compactMap { outcome -> (any Error)? in
                if case .failure(let e) = outcome { return e } else { return nil }
            }
            #expect(successes.count == 1)
            #expect(failures.count == 1)
            #expect(failures.first as? StoreError == .staleCase(ref: F.rentRef, expected: 1, found: 2))

            let check = try StoreOpener.open(path)
            let file = try #require(try check.loadCase(ref: F.rentRef))
            #expect(file.account.version == 2)
            #expect(file.diary.map(\.comment) == ["Worker \(successes[0])"])
            #expect(try check.audit(ref: F.rentRef, user: nil, since: nil, limit: nil).count == 1)
            #expect(try check.summary(ref: F.rentRef)?.version == 2)
        }
    }
}

/// Collects results from worker threads.
final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Result<Int, any Error>] = []
    func record(_ result: Result<Int, any Error>) { lock.lock(); items.append(result); lock.unlock() }
    var all: [Result<Int, any Error>] { lock.lock(); defer { lock.unlock() }; return items }
}

/// Holds each thread until `parties` threads have arrived.
final class Barrier: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: Int

    init(parties: Int) { waiting = parties }

    func arriveAndWait() {
        condition.lock()
        waiting -= 1
        if waiting == 0 { condition.broadcast() }
        while waiting > 0 { condition.wait() }
        condition.unlock()
    }
}
