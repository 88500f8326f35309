import Foundation
import Testing
import ArrearsCore

/// Find-anywhere in a real terminal, by keys only: a collection agent finds an account in credit — on
/// no worklist tab — by its tenant's name, and opens it with Enter.
@Suite struct FindAnywhereE2ETests {
    @Test(arguments: E2EStore.tested, [(80, 24), (120, 40)])
    func anAccountInCreditIsFoundByNameAndOpened(store: E2EStore, size: (Int, Int)) throws {
        let (width, height) = size
        let sandbox = try Sandbox(store: store)
        defer { sandbox.remove() }
        let summaries = try sandbox.open(sandbox.demoDatabase()).summaries()
        // A rent account in credit whose tenant's name no other account shares.
        let names = Dictionary(grouping: summaries, by: \.tenantName)
        let credit = try #require(summaries.first { $0.balance.isNegative && !$0.type.isLeaseholdSide && names[$0.tenantName]?.count == 1 },
                                  "the demo has a rent account in credit")
        let tmux = try TmuxSession.workbench(sandbox, as: "agent.e01", width: width, height: height)
        try tmux.waitFor(text: "Worklist (Immediate actions)")
        try tmux.press("O")
        try tmux.waitFor(text: "Find:")
        try tmux.type(credit.tenantName.lowercased())
        let found = try tmux.waitFor(allOf: [credit.ref, "1 found of"])
        #expect(found.contains(credit.balance.tableText))
        try tmux.press("Enter")
        let opened = try tmux.waitFor(text: "› \(credit.ref)")
        #expect(opened.contains("Find"), "the breadcrumb leads back to the results:\n\(opened)")
        try tmux.press("Escape")
        try tmux.waitFor(text: "Find: \(credit.tenantName.lowercased())")
    }
}
