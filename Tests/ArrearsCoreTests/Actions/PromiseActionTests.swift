import Foundation
import Testing
@testable import ArrearsCore

/// Recording a promise to pay, undoing it, and the nightly run writing its verdict once, on both stores.
@Suite struct PromiseActionTests {
    typealias F = ActionFixtures
    static let due = F.date("2026-12-04")

    @Test(arguments: StoreKind.tested) func aPromiseIsRecordedWithItsPauseDiaryAndAudit(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let before = try world.load(F.rentRef)
        let outcome = try world.actions(F.agent).recordPromise(ref: F.rentRef, expectedVersion: before.account.version,
                                                               amount: gbp("50.00"), dueOn: Self.due, comment: " At the post office ")
        let audit = try ActionChecks.expectRecorded(world, outcome, ref: F.rentRef, codes: ["POP"], operation: .recordPromise,
                                                    by: F.agent, versionBefore: before.account.version)
        let promise = try #require(outcome.caseFile.promises.first)
        #expect(promise.amount == gbp("50.00") && promise.dueOn == Self.due && promise.madeOn == F.asOf)
        #expect(promise.recordedBy == "amy.agent" && promise.comment == "At the post office" && promise.isOpen)
        // Paused to the day after the date: off the worklist while the tenant has time to pay.
        #expect(outcome.caseFile.pause?.until == F.date("2026-12-05"))
        #expect(outcome.caseFile.pause?.reason == .promiseOfPayment)
        #expect(outcome.caseFile.diary.last?.comment == "Promise to pay £50.00 by 4 December 2026 (paused to 5 December 2026). At the post office")
        #expect(outcome.message == "Promise recorded: £50.00 by 4 Dec 2026; 0104321/01 paused to 5 December 2026")
        #expect(audit.summary == "Promise to pay 5000p by 2026-12-04")
        #expect(!(audit.after ?? "").contains("post office"), "comments stay out of the audit trail")
    }

    /// The amount and the date, at their edges: today and three months ahead are accepted, yesterday and
    /// a day past three months are not, nor £0.00.
    @Test(arguments: [("50.00", "2026-11-30", nil), ("0.01", "2027-02-28", nil), ("50.00", "2026-11-29", "Pay by"),
                      ("50.00", "2027-03-01", "Pay by"), ("0.00", "2026-12-04", "Amount")] as [(String, String, String?)])
    func theAmountAndDateAreChecked(amount: String, due: String, refusedField: String?) throws {
        let world = try F.world(kind: .sqlite)
        let attempt = { _ = try world.actions(F.agent).recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp(amount),
                                                                      dueOn: F.date(due), comment: "") }
        if let refusedField {
            let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef, attempt)
            #expect((error as? ActionRefused)?.field == refusedField)
        } else {
            try attempt()
            #expect(try world.load(F.rentRef).promises.count == 1)
        }
    }

    @Test func whoMayRecordAPromise() throws {
        let world = try F.world(kind: .sqlite)
        for user in [F.auditor, F.admin, F.leaseholdOfficer] {
            let error = try ActionChecks.expectRefusedUntouched(world, ref: F.rentRef) {
                _ = try world.actions(user).recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("5.00"),
                                                          dueOn: Self.due, comment: "")
            }
            #expect(error is AccessDenied, "\(user.login)")
        }
        _ = try world.actions(F.teamLead).recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("5.00"), dueOn: Self.due, comment: "")
    }

    @Test func aNewerPromiseReplacesTheOpenOneAndALongerPauseIsKept() throws {
        let world = try F.world(kind: .sqlite)
        let actions = world.actions(F.agent)
        _ = try actions.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-24"), reason: .delayedBenefit,
                              comment: "Housing Benefit claim")
        _ = try actions.recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("50.00"), dueOn: Self.due, comment: "")
        let second = try actions.recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("30.00"),
                                               dueOn: F.date("2026-12-11"), comment: "")
        #expect(second.caseFile.promises.map(\.outcome) == [.replaced, nil])
        #expect(second.caseFile.pause?.until == F.date("2026-12-24") && second.caseFile.pause?.reason == .delayedBenefit)
        #expect(second.caseFile.diary.last?.comment
            == "Promise to pay £30.00 by 11 December 2026 (paused to 24 December 2026 already). Replaces the promise of £50.00 by 4 Dec 2026.")
    }

    @Test(arguments: StoreKind.tested) func undoWithdrawsThePromiseAndPutsTheEarlierOnesBack(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let actions = world.actions(F.agent)
        _ = try actions.pause(ref: F.rentRef, expectedVersion: nil, until: F.date("2026-12-02"), reason: .other, comment: "Waiting")
        let earlierPause = try world.load(F.rentRef).pause
        _ = try actions.recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("50.00"), dueOn: Self.due, comment: "")
        let recorded = try actions.recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("30.00"),
                                                 dueOn: F.date("2026-12-11"), comment: "")
        let pop = try #require(recorded.caseFile.diary.last)
        #expect(actions.lastAction == "Promise recorded: £30.00 by 11 Dec 2026; 0104321/01 paused to 12 December 2026")
        let message = try actions.undoLast()
        #expect(message == "Undone: the promise of £30.00 by 11 Dec 2026 on 0104321/01 is withdrawn")
        let after = try world.load(F.rentRef)
        #expect(after.promises.map(\.outcome) == [nil, .withdrawn], "the promise it replaced is open again")
        #expect(after.pause?.until == F.date("2026-12-05"), "the first promise's pause is back")
        #expect(after.diary.last?.code == "VOI" && after.diary.last?.voids == pop.id)
        let audit = try #require(try world.store.audit(ref: F.rentRef, user: nil, since: nil, limit: 1).first)
        #expect(audit.operation == .undo)
        // Undo the first promise too: the pause before it comes back.
        _ = try actions.undoLast()
        #expect(try world.load(F.rentRef).pause == earlierPause)
        #expect(try world.load(F.rentRef).promises.map(\.outcome) == [.withdrawn, .withdrawn])
    }

    // MARK: The nightly run writes the verdict once

    static func classify(_ world: World, asOf: String) throws -> NightlyRun.Result {
        let day = F.date(asOf)
        return try NightlyRun.run(store: world.store, request: ClassifyRequest(user: F.teamLead, asOf: day, today: day,
                                                                              at: Timestamp(london: day, hour: 6)))
    }

    static func verdictEntries(_ world: World) throws -> [DiaryEntry] {
        try world.load(F.rentRef).diary.filter { ["PPK", "PPB"].contains($0.code) }
    }

    @Test(arguments: StoreKind.tested) func aBrokenPromiseIsWrittenOnceAndBringsTheCaseBack(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        _ = try world.actions(F.agent).recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("50.00"),
                                                     dueOn: Self.due, comment: "")
        for day in ["2026-12-03", "2026-12-04"] {
            _ = try Self.classify(world, asOf: day)
            #expect(try Self.verdictEntries(world).isEmpty, "still open on \(day)")
            #expect(try world.store.summary(ref: F.rentRef)?.actionId != RecommendedAction.followUpBrokenPromise.id)
        }
        for day in ["2026-12-05", "2026-12-05", "2026-12-06"] {
            _ = try Self.classify(world, asOf: day)
            let entries = try Self.verdictEntries(world)
            #expect(entries.map(\.code) == ["PPB"], "one verdict after the run of \(day)")
            #expect(entries.first?.user == "system")
            #expect(entries.first?.comment == "Promise broken (£50.00 by 4 Dec 2026): £0.00 paid, £50.00 short.")
            let summary = try #require(try world.store.summary(ref: F.rentRef))
            #expect(summary.actionId == RecommendedAction.followUpBrokenPromise.id, "on the worklist again as of \(day)")
            #expect(!summary.isPaused(asOf: F.date(day)))
        }
        let stored = try world.load(F.rentRef)
        #expect(stored.promises.first?.outcome == .broken && stored.promises.first?.outcomeOn == F.date("2026-12-05"))
    }

    @Test(arguments: StoreKind.tested) func aKeptPromiseIsWrittenOnce(kind: StoreKind) throws {
        var file = F.rentCase()
        file.transactions.append(LedgerTransaction(date: F.date("2026-12-04"), code: "RPY", description: "Payment",
                                                   amount: Money(pence: -5_000)))
        let world = try F.world(kind: kind, cases: [file])
        _ = try world.actions(F.agent).recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("50.00"),
                                                     dueOn: Self.due, comment: "")
        _ = try Self.classify(world, asOf: "2026-12-03")
        #expect(try Self.verdictEntries(world).isEmpty, "the payment is dated the 4th")
        _ = try Self.classify(world, asOf: "2026-12-04")
        _ = try Self.classify(world, asOf: "2026-12-05")
        let entries = try Self.verdictEntries(world)
        #expect(entries.map(\.code) == ["PPK"])
        #expect(entries.first?.comment == "Promise kept (£50.00 by 4 Dec 2026): £50.00 paid by 4 Dec 2026.")
        #expect(try world.store.summary(ref: F.rentRef)?.actionId != RecommendedAction.followUpBrokenPromise.id)
    }

    /// A run for today dates the verdict with its clock; a run for an earlier (or later) day dates it
    /// at the start of that day, never with the day it happened to run.
    @Test(arguments: [("2026-12-05", "2026-12-05 06:00"), ("2026-12-07", "2026-12-05 00:00"),
                      ("2026-12-04", "2026-12-05 00:00")])
    func theVerdictIsDatedAsOfTheRun(clockDay: String, expected: String) throws {
        let world = try F.world(kind: .sqlite)
        _ = try world.actions(F.agent).recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("50.00"),
                                                     dueOn: Self.due, comment: "")
        let asOf = F.date("2026-12-05"), clock = F.date(clockDay)
        _ = try NightlyRun.run(store: world.store, request: ClassifyRequest(user: F.teamLead, asOf: asOf, today: clock,
                                                                           at: Timestamp(london: clock, hour: 6)))
        let entries = try Self.verdictEntries(world)
        #expect(entries.map(\.code) == ["PPB"])
        #expect(entries.first?.at.londonText == expected)
    }

    @Test func aDryRunWritesNoVerdict() throws {
        let world = try F.world(kind: .sqlite)
        _ = try world.actions(F.agent).recordPromise(ref: F.rentRef, expectedVersion: nil, amount: gbp("50.00"),
                                                     dueOn: Self.due, comment: "")
        let day = F.date("2026-12-05")
        _ = try NightlyRun.run(store: world.store, request: ClassifyRequest(user: F.teamLead, asOf: day, today: day,
                                                                           at: Timestamp(london: day, hour: 6), writes: false))
        #expect(try Self.verdictEntries(world).isEmpty)
        #expect(try world.load(F.rentRef).promises.first?.isOpen == true)
    }
}
