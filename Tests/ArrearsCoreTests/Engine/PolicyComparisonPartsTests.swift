import Testing
@testable import ArrearsCore

/// The what-if made a part at a time (as the workbench makes it between keys) is the comparison made
/// at once: the same counts, the same examples in the same order, whatever the size of the parts.
@Suite struct PolicyComparisonPartsTests {
    static let stricter = try! PolicyFile.parse("band.red.balance_above = 500.00\nrules.sms.minimum_arrears = 8.00\n",
                                                file: "stricter.policy")

    @Test(arguments: StoreKind.tested) func partsOfAnySizeGiveTheComparisonMadeAtOnce(kind: StoreKind) throws {
        let store = try NightlyRunTests.demoStore(kind, accounts: 300)
        for examples in [PolicyComparison.examplesPerCell, .max] {
            let atOnce = try PolicyComparison.run(store: store, user: NightlyRunTests.lead, asOf: NightlyRunTests.asOf,
                                                  current: .default, proposed: Self.stricter, examplesPerCell: examples)
            #expect(atOnce.bandMoves > 0, "the file moves cases, so the examples are compared")
            let refs = try store.accountRefs()
            for partSize in [1, 7, 299, 300, 301] {
                var tally = try PolicyComparison.begin(user: NightlyRunTests.lead, asOf: NightlyRunTests.asOf,
                                                       current: .default, proposed: Self.stricter, examplesPerCell: examples)
                for start in stride(from: 0, to: refs.count, by: partSize) {
                    try tally.addPart(store: store, refs: refs[start..<min(refs.count, start + partSize)])
                }
                #expect(tally.total == 300)
                #expect(tally.comparison == atOnce, "parts of \(partSize), \(examples) examples")
            }
        }
    }

    @Test(arguments: [Role.agent, .leaseholdOfficer, .auditor])
    func onlyRolesWithRunClassifyMayBeginOne(role: Role) {
        let user = User(login: "someone", displayName: "Someone", role: role)
        #expect(throws: AccessDenied.self) {
            try PolicyComparison.begin(user: user, asOf: NightlyRunTests.asOf, current: .default, proposed: .default)
        }
    }
}
