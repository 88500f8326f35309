import Testing
import ArrearsCore
@testable import ArrearsUI

/// The case page never cuts an amount, and measures a leasehold debt against the annual charge.
@Suite struct MoneyAndChargeSpanTests {
    /// LH0002 owes £12,500 of major works, brought forward in one week, on a £1,800 a year service charge.
    @Test(arguments: [(80, 24), (120, 40)])
    func aMajorWorksDebtIsAMultipleOfTheAnnualChargeAndItsWeekIsNotCut(width: Int, height: Int) throws {
        let world = try StoreWorld(user: FixtureData.leaseholdOfficer)
        world.openByKeys("LH0002")
        #expect(world.caseFile?.ref == "LH0002")
        world.press("t")
        let screen = world.screen(width, height)
        #expect(screen.contains("charged £12,500.00"), "\(screen)")
        #expect(!screen.contains("weeks of charge"))
        world.press("gg")
        #expect(world.screen(120, 40).contains("(6.9 × the annual charge)"))
    }
}
