import Testing
import ArrearsCore
@testable import ArrearsUI

/// `$` on a case: a promise to pay by keys, to the core and back onto the screens.
@Suite struct PromiseFlowTests {
    static let ada = "0101001/01"

    @Test func aPromiseIsRecordedByKeysAndPausesTheCase() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("$")
        #expect(world.app.form?.title.hasPrefix("Promise to pay") == true)
        world.app.type("50")
        world.press("<Tab>")
        world.app.type("+1w")
        #expect(world.screen().contains("Wednesday 18 March 2026"), "the date is read as it is typed")
        world.press("<Tab>")
        world.app.type("At the post office.")
        let sent = world.press("<Enter>")
        #expect(sent == [.perform(.onCase(ref: Self.ada, expectedVersion: 1,
                                          .recordPromise(amount: Money(pence: 5_000), dueOn: Fixtures.asOf.adding(weeks: 1),
                                                         comment: "At the post office.")))])
        let stored = try world.load(Self.ada)
        #expect(stored.promises.map(\.amount) == [Money(pence: 5_000)])
        #expect(stored.pause?.until == Fixtures.asOf.adding(days: 8) && stored.pause?.reason == .promiseOfPayment)
        #expect(stored.diary.last?.code == "POP")
        #expect(world.app.form == nil)
        #expect(world.app.message?.text == "Promise recorded: £50.00 by 18 Mar 2026; \(Self.ada) paused to 19 March 2026")
        #expect(world.screen(120, 40).contains("Promise £50.00 by 18 Mar 2026;"))
    }

    @Test func aValueTheCoreRefusesStaysInTheFormAgainstItsField() throws {
        let world = try StoreWorld()
        world.openByKeys(Self.ada)
        world.press("$")
        world.app.type("50")
        world.press("<Tab>")
        world.app.type("+4m")
        world.press("<Enter>")
        #expect(world.app.form != nil, "the form stays open")
        #expect(world.screen().contains("more than 3 months ahead"))
        #expect(try world.load(Self.ada).promises.isEmpty)
    }

    @Test func anAuditorIsToldBeforeTyping() throws {
        let world = try StoreWorld(user: FixtureData.auditor)
        world.openByKeys(Self.ada)
        world.press("$")
        #expect(world.app.form == nil)
    }
}
