import Testing
import ArrearsCore
@testable import ArrearsUI

/// Find-anywhere by keys: `O` from any screen, typing narrows, Enter opens the case, Esc comes back.
@Suite struct FindScreenTests {
    @Test func anAccountInCreditIsFoundByNameAndOpenedWithEnter() throws {
        let world = try StoreWorld()
        world.press("O")
        #expect(world.app.breadcrumbs.last == "Find")
        #expect(world.app.currentContext == .find)
        world.app.type("baker")
        #expect(world.screen().contains("Tom Baker, 8 Paragon Road, E9 6NR"))
        #expect(world.screen().contains("1 found of 10 cases"))
        world.press("<Enter>")
        #expect(world.caseFile?.ref == "0101010/01")
        #expect(world.caseFile?.balance == Money(pence: -4_000))
        world.press("<Esc>")
        #expect(world.app.breadcrumbs.last == "Find")
        #expect(world.screen().contains("Find: baker"), "the query is kept")
    }

    /// Letters are typed into the query (even those that are keys elsewhere); arrows move.
    @Test func keysThatActElsewhereAreTypedAndArrowsMove() throws {
        let world = try StoreWorld()
        world.press("O")
        world.app.type("road")
        #expect(world.screen().contains("Find: road"))
        #expect(world.screen().contains("3 found of 10 cases"))
        world.press("<Down><Down><Down><Up><Enter>")
        #expect(world.caseFile?.ref == "0101009/01", "Kenninghall, Amhurst, then Paragon Road, in reference order")
        world.press("<Esc><C-u>q")
        #expect(world.screen().contains("Find: q"))
        #expect(world.screen().contains("No case matches \u{201C}q\u{201D}."))
        world.press("<Enter>")
        #expect(world.app.message?.text == "No case matches \u{201C}q\u{201D}.")
    }

    /// The core decides what each role finds: an agent never sees a leasehold account, a team lead does.
    @Test(arguments: [(FixtureData.agent, false), (FixtureData.leaseholdOfficer, true), (FixtureData.teamLead, true)])
    func eachRoleFindsWhatItMayView(user: User, findsLeasehold: Bool) throws {
        let world = try StoreWorld(user: user)
        world.press("O")
        world.app.type("cohen")
        #expect(world.screen(120, 40).contains("Hannah Cohen") == findsLeasehold)
    }

    /// An exact reference comes first; cases that only contain it follow.
    @Test func anExactPostcodeWithoutItsSpaceComesFirst() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("O")
        world.app.type("e96ab")
        #expect(world.screen(120, 40).contains("Ada Okafor"))
        #expect(world.screen(120, 40).contains("1 exact match first"))
    }

    @Test func theSameScreenIsReusedAndWorksFromACase() throws {
        let world = try StoreWorld()
        world.press("O")
        world.app.type("okafor")
        world.press("<Enter>O")
        #expect(world.app.breadcrumbs.filter { $0 == "Find" }.count == 1)
        #expect(world.screen().contains("Find: okafor"))
    }

    @Test(arguments: [(80, 24), (120, 40)])
    func goldens(width: Int, height: Int) throws {
        let world = try StoreWorld()
        world.press("O")
        GoldenFile.check(world.app.render(width: width, height: height), "find-empty-\(width)x\(height)")
        world.app.type("e9")
        GoldenFile.check(world.app.render(width: width, height: height), "find-e9-\(width)x\(height)")
    }
}
