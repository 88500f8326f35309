import Foundation
import Testing
@testable import ArrearsCore

/// Atomicity, version checks and the append-only diary.
@Suite struct StoreIntegrityTests {
    struct ActionAbandoned: Error {}

    @Test(arguments: StoreKind.tested) func aThrowingActionLeavesNothingBehind(kind: StoreKind) throws {
        let store = try kind.fresh()
        let rich = StoreFixtures.richCase()
        try store.saveCases([rich])
        #expect(throws: ActionAbandoned.self) {
            try store.update(ref: rich.ref, expectedVersion: 7) { file in
                file.diary.append(StoreFixtures.diaryEntry(id: 3, comment: "Half an action"))
                file.transactions.removeAll()
                file.pause = nil
                throw ActionAbandoned()
            }
        }
        #expect(try store.loadCase(ref: rich.ref) == rich)
    }

    @Test(arguments: StoreKind.tested) func aFailingStatementMidSaveLeavesNothingBehind(kind: StoreKind) throws {
        let store = try kind.fresh()
        let existing = StoreFixtures.smallCase(ref: "A1")
        try store.saveCases([existing])

        var changed = existing
        changed.transactions.removeAll()
        var broken = StoreFixtures.smallCase(ref: "B2")
        // Two diary entries with one id break a uniqueness constraint half way through the save.
        broken.diary = [StoreFixtures.diaryEntry(id: 1, comment: "one"), StoreFixtures.diaryEntry(id: 1, comment: "two")]
        let fresh = StoreFixtures.smallCase(ref: "C3")

        #expect(throws: StoreError.self) { try store.saveCases([changed, fresh, broken]) }
        #expect(try store.accountRefs() == ["A1"])
        #expect(try store.loadCase(ref: "A1") == existing)
    }

    @Test(arguments: StoreKind.tested) func aStaleVersionIsRefused(kind: StoreKind) throws {
        let store = try kind.fresh()
        try store.saveCases([StoreFixtures.smallCase(ref: "A1")])
        let opened = try #require(try store.loadCase(ref: "A1"))
        let first = try store.update(ref: "A1", expectedVersion: opened.account.version) {
            $0.diary.append(StoreFixtures.diaryEntry(id: 1, comment: "First writer"))
        }
        #expect(first.account.version == opened.account.version + 1)

        #expect(throws: StoreError.staleCase(ref: "A1", expected: 1, found: 2)) {
            try store.update(ref: "A1", expectedVersion: opened.account.version) {
                $0.diary.append(StoreFixtures.diaryEntry(id: 2, comment: "Second writer, on an old copy"))
            }
        }
        #expect(try store.loadCase(ref: "A1") == first)
    }

    @Test(arguments: StoreKind.tested) func updatingAMissingCaseSaysSo(kind: StoreKind) throws {
        let store = try kind.fresh()
        #expect(throws: StoreError.caseNotFound(ref: "Z9")) {
            try store.update(ref: "Z9", expectedVersion: nil) { _ in }
        }
    }

    @Test(arguments: StoreKind.tested) func anUpdateCannotRewriteOrDropDiaryEntries(kind: StoreKind) throws {
        let store = try kind.fresh()
        let rich = StoreFixtures.richCase()
        try store.saveCases([rich])
        let saved = try store.update(ref: rich.ref, expectedVersion: nil) { file in
            file.diary[0].comment = "Rewritten history"
            file.diary.remove(at: 1)
            file.diary.append(StoreFixtures.diaryEntry(id: 3, comment: "Appended"))
        }
        #expect(saved.diary == rich.diary + [StoreFixtures.diaryEntry(id: 3, comment: "Appended")])
        #expect(try store.loadCase(ref: rich.ref) == saved)
    }

    @Test(arguments: StoreKind.tested, [
        "UPDATE diary SET comment = 'edited'",
        "DELETE FROM diary",
        "DELETE FROM diary WHERE id = 2",
    ])
    func theDatabaseRefusesToChangeTheDiary(kind: StoreKind, sql: String) throws {
        let store = try kind.fresh()
        let rich = StoreFixtures.richCase()
        try store.saveCases([rich])
        #expect {
            try store.connection.execute(sql)
        } throws: { error in
            guard let message = (error as? StoreError)?.engineMessage else { return false }
            return message.contains("append-only")
        }
        #expect(try store.loadCase(ref: rich.ref)?.diary == rich.diary)
    }

    @Test(arguments: StoreKind.tested) func foreignKeysAreEnforced(kind: StoreKind) throws {
        let store = try kind.fresh()
        #expect(throws: StoreError.self) {
            try store.connection.statement("INSERT INTO transactions (account_id, seq, date, code, description, amount_pence) VALUES (?, 0, 0, 'DBR', 'Rent', 100)").execute(Int64(42))
        }
        #expect(throws: StoreError.self) {
            try store.saveSummaries([StoreFixtures.summary(ref: "NO-SUCH-CASE", rich: false)], snapshot: nil)
        }
        #expect(try store.summaries().isEmpty)
    }

    @Test(arguments: StoreKind.tested) func aValueTheProgramDoesNotKnowIsReportedNotGuessed(kind: StoreKind) throws {
        let store = try kind.fresh()
        try store.saveCases([StoreFixtures.smallCase(ref: "A1")])
        try store.connection.execute("UPDATE accounts SET type = 'XYZ'")
        #expect {
            try store.loadCase(ref: "A1")
        } throws: { error in
            guard let message = (error as? StoreError)?.engineMessage else { return false }
            return message.contains("type") && message.contains("'XYZ'")
        }
    }
}
