import Foundation
import Testing
import ArrearsCore
@testable import ArrearsUI

/// The store-backed test data answers the what-if as the executable's data does: `PolicyComparison.begin`
/// against the built-in policy (the one the fixture summaries were classified under), every moved reference kept.
extension StoreData: PolicyWhatIfData {
    func beginPolicyComparison(with proposed: Policy) throws -> (tally: PolicyComparison.Tally, refs: [String]) {
        let tally = try PolicyComparison.begin(user: currentUser, asOf: Fixtures.asOf, current: .default, proposed: proposed,
                                               examplesPerCell: .max)
        return (tally, try store.accountRefs())
    }

    func comparePolicyPart(_ refs: ArraySlice<String>, into tally: inout PolicyComparison.Tally) throws {
        try tally.addPart(store: store, refs: refs)
    }
}

extension App {
    var policyWhatIf: PolicyWhatIfScreen? { stack.last as? PolicyWhatIfScreen }
}

/// The team lead's policy what-if driven by keys against a real store: `P` asks for a file, the core
/// compares (role checked there), Enter narrows to the cases of a row and opens one.
@Suite struct PolicyWhatIfScreenTests {
    /// Red from £500 moves amber and green cases to red; a higher first-SMS floor moves SMS cases.
    static let stricter = "band.red.balance_above = 500.00\nrules.sms.minimum_arrears = 8.00\n"

    static func policyFile(_ text: String, name: String = "stricter.policy") throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("whatif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// A team lead's world with the what-if open on `path`, its comparison run to the end as the loop
    /// runs it while no key waits.
    static func compared(_ path: String) throws -> StoreWorld {
        let world = try comparing(path)
        world.app.finishPendingWork()
        _ = world.app.render(width: 80, height: 24)  // the loop repaints after each part
        return world
    }

    /// As `compared`, before the first part of the comparison.
    static func comparing(_ path: String) throws -> StoreWorld {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("P")
        _ = world.app.type(path)
        world.press("<Enter>")
        return world
    }

    @Test func theTablesAgreeWithTheCommandLinesComparison() throws {
        let path = try Self.policyFile(Self.stricter)
        let world = try Self.compared(path)
        #expect(world.app.overlay == nil)
        #expect(world.app.breadcrumbs == ["Team lead (rents)", "Policy what-if"])
        let screen = try #require(world.app.policyWhatIf)
        let expected = try PolicyComparison.run(store: world.store, user: FixtureData.teamLead, asOf: Fixtures.asOf,
                                                current: .default, proposed: try PolicyFile.load(path: path))
        let everyExample = try PolicyComparison.run(store: world.store, user: FixtureData.teamLead, asOf: Fixtures.asOf, current: .default,
                                                    proposed: try PolicyFile.load(path: path), examplesPerCell: .max)
        #expect(screen.comparison == everyExample, "made in parts on the screen, at once on the command line")
        #expect(screen.comparison?.bands.map(\.cases) == expected.bands.map(\.cases))
        #expect(expected.bandMoves > 0, "the file moves some cases, so the test has rows to open")
        let text = world.screen(120, 40)
        #expect(text.contains("\(expected.bandMoves) would change band and \(expected.actionMoves) next action. Nothing is stored."))
        #expect(try world.store.audit(ref: nil, user: nil, since: nil, limit: nil).isEmpty, "a comparison writes nothing")
    }

    /// Before the last part: the progress line, no tables, Enter says why it waits, Esc leaves and
    /// abandons the comparison.
    @Test func whileComparingEnterWaitsAndEscLeaves() throws {
        let world = try Self.comparing(try Self.policyFile(Self.stricter))
        let screen = try #require(world.app.policyWhatIf)
        #expect(screen.isComparing && screen.comparison == nil && world.app.hasPendingWork)
        let text = world.screen(120, 40)
        #expect(text.contains("Comparing cases: 0 of \(Fixtures.cases.count)…"))
        #expect(!text.contains("Band now → band under the file"))
        world.press("<Enter>")
        #expect(world.app.breadcrumbs == ["Team lead (rents)", "Policy what-if"], "no row to open yet")
        #expect(world.app.message?.text.contains("Still comparing cases (0 of \(Fixtures.cases.count))") == true,
                "\(String(describing: world.app.message?.text))")
        world.press("<Esc>")
        #expect(world.app.breadcrumbs == ["Team lead (rents)"])
        #expect(!world.app.hasPendingWork, "the comparison is abandoned with its screen")
    }

    @Test func oneStepOfTheLoopAtATimeEndsInTheTables() throws {
        let world = try Self.comparing(try Self.policyFile(Self.stricter))
        var parts = 0
        while world.app.hasPendingWork {
            world.app.doPendingWork()
            parts += 1
        }
        let expectedParts = (Fixtures.cases.count + PolicyWhatIfScreen.casesPerPart - 1) / PolicyWhatIfScreen.casesPerPart
        #expect(parts == expectedParts)
        #expect(world.app.policyWhatIf?.comparison?.total == Fixtures.cases.count)
        #expect(world.screen(120, 40).contains("Band now → band under the file"))
    }

    @Test func enterListsEveryCaseOfAMovedRowAndOpensOne() throws {
        let world = try Self.compared(try Self.policyFile(Self.stricter))
        guard case .cell(let table, let cell)? = world.app.policyWhatIf?.selected else {
            Issue.record("the first selectable line is a moved row"); return
        }
        #expect(cell.moved)
        world.press("<Enter>")
        let narrowed = try #require(world.app.policyWhatIf)
        #expect(narrowed.focus?.cell == cell && narrowed.focus?.table == table)
        #expect(narrowed.targets == cell.examples.map { .ref($0) }, "every case of the row, not five examples")
        #expect(cell.examples.count == cell.cases)
        world.press("<Enter>")
        #expect(world.app.caseScreen?.file.ref == cell.examples.first)
        world.press("<Esc><Esc>")
        #expect(world.app.breadcrumbs == ["Team lead (rents)", "Policy what-if"])
    }

    @Test func aBadFileIsRefusedInTheFormWithFileAndLine() throws {
        let path = try Self.policyFile("# fine\nband.red.balanse_above = 1\n", name: "typo.policy")
        let world = try Self.compared(path)
        #expect(world.app.overlay is FormOverlay, "the form stays open to correct")
        #expect(world.app.policyWhatIf == nil)
        let problem = try #require((world.app.overlay as? FormOverlay)?.form.problem)
        #expect(problem.field == PolicyFileForm.file)
        #expect(problem.message.hasPrefix("\(path):2: unknown key 'band.red.balanse_above'"), "\(problem.message)")
    }

    @Test(arguments: ["/nonexistent/what.policy", ""])
    func aMissingFileOrAnEmptyPathIsRefusedInTheForm(path: String) throws {
        let world = try Self.compared(path)
        #expect(world.app.overlay is FormOverlay)
        #expect(world.app.policyWhatIf == nil)
        let problem = try #require((world.app.overlay as? FormOverlay)?.form.problem)
        #expect(problem.field == PolicyFileForm.file)
        if !path.isEmpty { #expect(problem.message.hasPrefix("\(path): cannot be read")) }
    }

    @Test func aBuiltInPolicyIsTakenByName() throws {
        let world = try Self.compared("hackney-2018-19")
        #expect(world.app.policyWhatIf?.name == "hackney-2018-19")
        #expect(world.app.policyWhatIf?.comparison?.total == Fixtures.cases.count)
    }

    @Test func anAuditorIsToldWhyWithTheCoresReason() throws {
        let world = try StoreWorld(user: FixtureData.auditor)
        world.press("T")
        let crumbs = world.app.breadcrumbs
        world.press("P")
        #expect(world.app.overlay == nil && world.app.breadcrumbs == crumbs)
        let reason = try #require(PermissionMatrix.refusal(.auditor, .runClassify, nil))
        #expect(world.app.message?.text.contains(reason) == true, "\(String(describing: world.app.message?.text))")
    }
}

/// Golden text of the what-if at 80×24 and 120×40: the tables, and one row narrowed to its cases.
@Suite struct PolicyWhatIfGoldenTests {
    static func check(_ name: String, _ world: StoreWorld) {
        for (w, h) in [(80, 24), (120, 40)] { GoldenFile.check(world.app.render(width: w, height: h), "\(name)-\(w)x\(h)") }
    }

    /// The file at a fixed path, so the golden's heading does not carry a temporary name (tests run
    /// in parallel, so the working directory is not changed; each writes the same text).
    static func file() throws -> String {
        let dir = "/tmp/arrears-what-if-golden"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try PolicyWhatIfScreenTests.stricter.write(toFile: dir + "/stricter.policy", atomically: true, encoding: .utf8)
        return dir + "/stricter.policy"
    }

    static func world() throws -> StoreWorld { try PolicyWhatIfScreenTests.compared(try file()) }

    @Test func tables() throws {
        Self.check("policy-what-if", try Self.world())
    }

    /// Before the first part: what is compared and the progress line, no tables yet.
    @Test func comparing() throws {
        Self.check("policy-what-if-comparing", try PolicyWhatIfScreenTests.comparing(try Self.file()))
    }

    @Test func casesOfARow() throws {
        let world = try Self.world()
        world.press("<Enter>")
        Self.check("policy-what-if-cases", world)
    }

    @Test func theForm() throws {
        let world = try StoreWorld(user: FixtureData.teamLead)
        world.press("P")
        Self.check("policy-what-if-form", world)
    }
}
