import Foundation
import Testing
@testable import ArrearsCore

/// Sending through the outbox to the stand-in: no duplicate, no loss, failures back on the case.
@Suite(.serialized) struct NotifyOutboxTests {
    static let lead = User(login: "lead", displayName: "Team Lead", role: .teamLead)
    static let agent = User(login: "agent", displayName: "Agent", role: .agent)
    static let at = Timestamp(london: LetterFixtures.asOf, hour: 9)

    final class Sleeps: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Double] = []
        func add(_ s: Double) { lock.lock(); values.append(s); lock.unlock() }
        var all: [Double] { lock.lock(); defer { lock.unlock() }; return values }
    }

    /// A store with `count` cases, each with one queued letter.
    static func store(_ kind: StoreKind, cases count: Int) throws -> SQLCaseStore {
        let store = try kind.fresh()
        try store.saveUsers([lead, agent])
        let t = LetterFixtures.template("rent_letter_1")
        var files: [CaseFile] = []
        for n in 0..<count {
            var file = LetterFixtures.caseFitting(t)
            file.account.ref = String(format: "%07d/01", 100 + n)
            file.account.paymentRef = String(format: "90000%05d", n)
            file.diary = file.diary.enumerated().map { var entry = $0.element; entry.id = $0.offset + 1; return entry }
            let rendered = LetterFixtures.render(t, caseFile: file)
            file.letters = [Letter(id: "rent_letter_1-20260605-\(100 + n)-1", accountRef: file.account.ref, templateId: t.id,
                                   contactId: 1, status: .queued, author: "lead", createdAt: at, updatedAt: at,
                                   renderedText: rendered.text)]
            files.append(file)
        }
        try store.saveCases(files)
        return store
    }

    static func outbox(_ store: SQLCaseStore, _ standIn: NotifyStandIn?, user: User = lead, sleeps: Sleeps = Sleeps(),
                       key: String = NotifyTestKeys.live) throws -> NotifyOutbox {
        let actions = CaseActions(store: store, user: user, now: { at }, asOf: LetterFixtures.asOf) { file in
            ArrearsEngine.summary(of: file, ArrearsEngine.classify(file, asOf: LetterFixtures.asOf, policy: .default), officer: nil)
        }
        var settings = NotifySettings()
        settings.maxAttempts = 3
        let pacing = NotifyPacing(seconds: { Date().timeIntervalSince1970 }, sleep: { sleeps.add($0) })
        return NotifyOutbox(store: store, actions: actions, client: try standIn?.client(key: key), fonts: try LetterFonts.standard.get(),
                            settings: settings, pacing: pacing, now: { at })
    }

    func letterStatuses(_ store: SQLCaseStore) throws -> [LetterStatus] {
        var out: [LetterStatus] = []
        try store.forEachCase { out += $0.letters.map(\.status) }
        return out
    }

    @Test(arguments: StoreKind.tested) func sendsEachQueuedLetterOnceAndMarksItSent(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind, cases: 3)
        let report = try Self.outbox(store, standIn).send()
        #expect(report.added == 3 && report.accepted == 3 && report.failed.isEmpty)
        #expect(try letterStatuses(store) == [.sent, .sent, .sent])
        let again = try Self.outbox(store, standIn).send()
        #expect(again.accepted == 0 && again.added == 0)
        #expect(try standIn.received().count == 3)
        #expect(Set(try standIn.received().map(\.reference)) == Set((0..<3).map { "rent_letter_1-20260605-\(100 + $0)-1" }))
        #expect(try store.audit(ref: nil, user: "lead", since: nil, limit: nil).contains { $0.operation == .sendMessages && $0.accountRef == nil })
    }

    @Test(arguments: StoreKind.tested) func aLimitSendsOnlySoManyAndADryRunSendsNothing(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind, cases: 3)
        #expect(try Self.outbox(store, standIn).send(dryRun: true).wouldSend == 3)
        #expect(try standIn.received().isEmpty)
        #expect(try Self.outbox(store, standIn).send(limit: 2).accepted == 2)
        #expect(try letterStatuses(store).filter { $0 == .queued }.count == 1)
    }

    /// A run that died after committing `sending` and before recording the answer: one letter
    /// reached Notify, one did not. The next run looks both up first.
    @Test(arguments: StoreKind.tested) func afterACrashSendingRowsAreLookedUpBeforeAnythingIsResent(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind, cases: 2)
        let outbox = try Self.outbox(store, standIn)
        _ = try outbox.send(limit: 0)
        var rows = try store.outboxMessages(in: [.queued], limit: nil)
        #expect(rows.count == 2)
        for i in rows.indices { rows[i].state = .sending; rows[i].attempts = 1; try store.saveOutboxMessage(rows[i]) }
        // The first one's call had reached Notify before the crash.
        _ = try standIn.client().sendPrecompiledLetter(reference: rows[0].reference, pdf: Array("%PDF-1.7\n".utf8), postage: "second")

        let report = try Self.outbox(store, standIn).send()
        #expect(report.reconciled == 2)
        #expect(report.accepted == 2)
        let received = try standIn.received().map(\.reference)
        #expect(received.sorted() == rows.map(\.reference).sorted())        // each exactly once
        #expect(try letterStatuses(store) == [.sent, .sent])
    }

    @Test(arguments: StoreKind.tested) func aLostAnswerIsFoundByReferenceNotSentAgain(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind, cases: 1)
        try standIn.control(#"{"fail_next": 1, "fail_status": "drop"}"#)
        let report = try Self.outbox(store, standIn).send()
        #expect(report.accepted == 1)
        #expect(try standIn.received().count == 1)
    }

    @Test(arguments: StoreKind.tested) func serverErrorsAndRateLimitsAreRetriedWithBackOffAndRetryAfter(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind, cases: 1)
        let sleeps = Sleeps()
        try standIn.control(#"{"fail_next": 2, "fail_status": 500}"#)
        #expect(try Self.outbox(store, standIn, sleeps: sleeps).send().accepted == 1)
        #expect(sleeps.all.prefix(1) == [1])
        #expect(try standIn.received().count == 1)

        let limited = try Self.store(kind, cases: 1)
        let waits = Sleeps()
        try standIn.control(#"{"fail_next": 1, "fail_status": 429}"#)
        #expect(try Self.outbox(limited, standIn, sleeps: waits).send().accepted == 1)
        #expect(waits.all == [1])                                   // the stand-in's Retry-After
    }

    @Test(arguments: StoreKind.tested) func repeatedServerErrorsLeaveTheLetterToBeLookedUpNextRun(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind, cases: 1)
        try standIn.control(#"{"fail_next": 20, "fail_status": 503}"#)
        let report = try Self.outbox(store, standIn).send()
        #expect(report.deferred == 1 && report.accepted == 0)
        #expect(try store.outboxMessages(in: [.sending], limit: nil).count == 1)
        #expect(try letterStatuses(store) == [.queued])
        try standIn.control(#"{"fail_next": 0}"#)
        #expect(try Self.outbox(store, standIn).send().accepted == 1)
        #expect(try standIn.received().count == 1)
    }

    @Test(arguments: StoreKind.tested) func refusalsAreRecordedOnTheLetterAndNeverRetried(kind: StoreKind) throws {
        let standIn = try NotifyStandIn(key: NotifyTestKeys.team, keyType: "team")
        let store = try Self.store(kind, cases: 1)
        let report = try Self.outbox(store, standIn, key: NotifyTestKeys.team).send()
        #expect(report.failed.count == 1 && report.failed[0].contains("Cannot send letters with a team api key"))
        let row = try #require(try store.outboxMessages(in: [.failed], limit: nil).first)
        #expect(row.attempts == 1)
        let file = try #require(try store.loadCase(ref: row.accountRef))
        #expect(file.letters[0].status == .failed)
        #expect(file.letters[0].validationErrors.first?.contains("team api key") == true)
        #expect(file.diary.last?.code == "VFL")
        #expect(try store.summary(ref: row.accountRef)?.actionId == RecommendedAction.reviewFailedLetter.rawValue)
        #expect(try Self.outbox(store, standIn, key: NotifyTestKeys.team).send().failed.isEmpty)     // not tried again
    }

    @Test(arguments: StoreKind.tested) func pollingRecordsStatusesAndSendsFailedLettersForReview(kind: StoreKind) throws {
        let standIn = try NotifyStandIn(step: 0)
        let store = try Self.store(kind, cases: 2)
        try standIn.control(#"{"final_status": {"rent_letter_1-20260605-101-1": "validation-failed"}}"#)
        #expect(try Self.outbox(store, standIn).send().accepted == 2)
        let report = try Self.outbox(store, standIn).poll()
        #expect(report.checked == 2 && report.changed == 2 && report.failed == 1)
        let rows = try store.outboxMessages(in: [.accepted], limit: nil)
        #expect(Set(rows.compactMap(\.notifyStatus)) == ["received", "validation-failed"])
        #expect(rows.allSatisfy { $0.statusHistory.count == 2 })
        let failed = try #require(try store.loadCase(ref: "0000101/01"))
        #expect(failed.letters[0].status == .failed)
        #expect(try store.summary(ref: "0000101/01")?.actionId == RecommendedAction.reviewFailedLetter.rawValue)
        #expect(try Self.outbox(store, standIn).poll().checked == 0)          // final statuses are not asked again
    }

    @Test(arguments: StoreKind.tested) func onlyTeamLeadsAndAdministratorsSend(kind: StoreKind) throws {
        let store = try Self.store(kind, cases: 1)
        #expect(throws: AccessDenied.self) { try Self.outbox(store, nil, user: Self.agent).send(dryRun: true) }
        #expect(throws: AccessDenied.self) { try Self.outbox(store, nil, user: Self.agent).poll() }
    }

    @Test(arguments: StoreKind.tested) func theDailyLetterLimitDefersTheRest(kind: StoreKind) throws {
        let standIn = try NotifyStandIn()
        let store = try Self.store(kind, cases: 3)
        let actions = CaseActions(store: store, user: Self.lead, now: { Self.at }, asOf: LetterFixtures.asOf) { file in
            ArrearsEngine.summary(of: file, ArrearsEngine.classify(file, asOf: LetterFixtures.asOf, policy: .default), officer: nil)
        }
        var settings = NotifySettings()
        settings.lettersPerDay = 2
        let outbox = NotifyOutbox(store: store, actions: actions, client: try standIn.client(), fonts: try LetterFonts.standard.get(),
                                  settings: settings, pacing: NotifyPacing(seconds: { 0 }, sleep: { _ in }), now: { Self.at })
        let report = try outbox.send()
        #expect(report.accepted == 2 && report.deferred == 1)
    }

    @Test func thePacerKeepsToTheRequestsPerMinute() {
        let clock = Sleeps()
        final class Now: @unchecked Sendable { var t = 0.0 }
        let now = Now()
        let pacer = RequestPacer(perMinute: 3, pacing: NotifyPacing(seconds: { now.t }, sleep: { clock.add($0); now.t += $0 }))
        for _ in 0..<7 { pacer.waitForTurn(); now.t += 1 }
        #expect(clock.all == [57, 57])
    }
}
