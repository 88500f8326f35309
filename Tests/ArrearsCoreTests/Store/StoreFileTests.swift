import Foundation
import Testing
@testable import ArrearsCore

/// The file on disk: who may read it, how it is opened, and several writers at once.
@Suite struct StoreFileTests {
    @Test func theDatabaseAndItsFoldersAreCreatedForTheOwnerOnly() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("team/arrears/workbench.sqlite")
            let store = try SQLiteCaseStore(path: path)
            try store.saveCases([StoreFixtures.smallCase(ref: "A1")])

            #expect(try permissions(path) == 0o600)
            #expect(try permissions(path + "-wal") == 0o600)
            #expect(try permissions(folder.path("team/arrears")) == 0o700)
            #expect(try permissions(folder.path("team")) == 0o700)
        }
    }

    @Test func theConnectionUsesWALForeignKeysAndABusyTimeout() throws {
        try TemporaryFolder.with { folder in
            let store = try SQLiteCaseStore(path: folder.path("workbench.sqlite"))
            #expect(try store.connection.scalarText("PRAGMA journal_mode") == "wal")
            #expect(try store.connection.scalarInt("PRAGMA foreign_keys") == 1)
            #expect(try store.connection.scalarInt("PRAGMA synchronous") == 1)
            #expect(try store.connection.scalarInt("PRAGMA busy_timeout") == 5000)
        }
    }

    /// Two caseworkers' sessions (two connections, two threads) each record 200 actions on the same
    /// case at the same time: every entry arrives once, and nobody sees a busy error.
    @Test func twoConnectionsWritingAtOnceLoseNothing() throws {
        try TemporaryFolder.with { folder in
            let path = folder.path("shared.sqlite")
            try SQLiteCaseStore(path: path).saveCases([StoreFixtures.smallCase(ref: "A1")])
            let failures = FailureLog()
            let group = DispatchGroup()
            for writer in ["alice", "bogdan"] {
                group.enter()
                Thread {
                    defer { group.leave() }
                    do {
                        let store = try SQLiteCaseStore(path: path)
                        for n in 1...200 {
                            try store.update(ref: "A1", expectedVersion: nil) { file in
                                let next = (file.diary.map(\.id).max() ?? 0) + 1
                                file.diary.append(StoreFixtures.diaryEntry(id: next, comment: "\(writer) \(n)", user: writer))
                            }
                        }
                    } catch {
                        failures.record("\(writer): \(error)")
                    }
                }.start()
            }
            group.wait()

            #expect(failures.messages.isEmpty)
            let file = try #require(try SQLiteCaseStore(path: path).loadCase(ref: "A1"))
            #expect(file.diary.map(\.id) == Array(1...400))
            for writer in ["alice", "bogdan"] {
                let comments = file.diary.filter { $0.user == writer }.map(\.comment)
                #expect(comments == (1...200).map { "\(writer) \($0)" })
            }
            #expect(file.account.version == 401)
        }
    }

    private func permissions(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}

/// Errors collected from worker threads.
final class FailureLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    func record(_ message: String) { lock.withLock { collected.append(message) } }
    var messages: [String] { lock.withLock { collected } }
}
