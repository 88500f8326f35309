import Foundation
import Testing
@testable import ArrearsCore

@Suite struct AssignmentTests {
    typealias F = ActionFixtures

    static func threeRentCases(_ kind: StoreKind) throws -> World {
        try F.world(kind: kind, cases: [F.rentCase(ref: "R1"), F.rentCase(ref: "R2"), F.rentCase(ref: "R3"), F.leaseholdCase()])
    }

    @Test(arguments: StoreKind.tested) func aTeamLeadReassignsSelectedCasesInOneStep(kind: StoreKind) throws {
        let world = try Self.threeRentCases(kind)
        let message = try world.actions(F.teamLead).reassignCases(["R1", "R2", "R1"], to: "aziz.agent")
        #expect(message == "Reassigned 2 cases to aziz.agent")
        for ref in ["R1", "R2"] {
            let file = try world.load(ref)
            #expect(file.account.assignedTo == "aziz.agent")
            #expect(file.diary.last?.code == "ASN")
            #expect(file.diary.last?.comment == "Reassigned from amy.agent to aziz.agent by tara.lead.")
            #expect(try world.store.summary(ref: ref)?.officer == "aziz.agent")
            let audit = try #require(try world.store.audit(ref: ref, user: nil, since: nil, limit: 1).first)
            #expect(audit.operation == .reassignCases)
            #expect(audit.before == #"{"patch":"E01"}"#)
            #expect(audit.after == #"{"assignedTo":"aziz.agent","patch":"E01"}"#)
        }
        #expect(try world.store.summary(ref: "R3")?.officer == "amy.agent", "untouched")
        #expect(try world.actions(F.teamLead).reassignCases(["R1"], to: "aziz.agent") == "Reassigned 0 cases to aziz.agent; 1 already held by aziz.agent")
    }

    @Test(arguments: [ActionFixtures.agent, ActionFixtures.leaseholdOfficer, ActionFixtures.auditor, ActionFixtures.admin])
    func onlyTeamLeadsReassign(user: User) throws {
        let world = try Self.threeRentCases(.sqlite)
        _ = try ActionChecks.expectRefusedUntouched(world, ref: "R1") {
            try world.actions(user).reassignCases(["R1"], to: "aziz.agent")
        }
        _ = try ActionChecks.expectRefusedUntouched(world, ref: "R1") {
            try world.actions(user).reassignPatch("E01", to: "aziz.agent")
        }
    }

    @Test(arguments: ["leo.lease", "otto.audit", "rex.gone", "nobody"])
    func aCaseGoesOnlyToSomeoneWhoCanWorkIt(officer: String) throws {
        let world = try Self.threeRentCases(.sqlite)
        let error = try ActionChecks.expectRefusedUntouched(world, ref: "R1") {
            try world.actions(F.teamLead).reassignCases(["R1", "R2"], to: officer)
        }
        #expect((error as? ActionRefused)?.field == "Officer")
        #expect(try world.load("R2").account.assignedTo == nil, "all or nothing")
    }

    @Test(arguments: StoreKind.tested) func aPatchMovesWithItsWorklistRowsButNotDirectAssignments(kind: StoreKind) throws {
        let world = try Self.threeRentCases(kind)
        try world.actions(F.teamLead).reassignCases(["R3"], to: "amy.agent")
        let message = try world.actions(F.teamLead).reassignPatch("E01", to: "aziz.agent")
        #expect(message == "Patch E01 moved from amy.agent to aziz.agent; 2 worklist rows updated")
        #expect(try world.store.user(login: "amy.agent")?.patches == [])
        #expect(try world.store.user(login: "aziz.agent")?.patches == ["E02", "E01"])
        #expect(try world.store.summary(ref: "R1")?.officer == "aziz.agent")
        #expect(try world.store.summary(ref: "R2")?.officer == "aziz.agent")
        #expect(try world.store.summary(ref: "R3")?.officer == "amy.agent", "assigned directly, so it stays")
        let audit = try #require(try world.store.audit(ref: nil, user: "tara.lead", since: nil, limit: 1).first)
        #expect(audit.operation == .reassignPatch)
        #expect(audit.accountRef == nil)
        #expect(audit.before == #"{"holders":["amy.agent"],"patch":"E01"}"#)
        #expect(audit.after == #"{"holders":["aziz.agent"],"patch":"E01"}"#)
    }

    @Test func officerResolutionPrefersEnabledDirectAssignmentThenThePatchHolder() {
        let officers = CaseOfficer(users: F.users + [User(login: "tom.lead", displayName: "Tom", role: .teamLead, patches: ["E01", "E09"])])
        #expect(officers.officer(patch: "E01", assignedTo: nil) == "amy.agent", "an officer before a team lead")
        #expect(officers.officer(patch: "E09", assignedTo: nil) == "tom.lead")
        #expect(officers.officer(patch: "E01", assignedTo: "aziz.agent") == "aziz.agent")
        #expect(officers.officer(patch: "E01", assignedTo: "rex.gone") == "amy.agent", "a disabled assignee falls back to the patch")
        #expect(officers.officer(patch: "E77", assignedTo: nil) == nil)
        #expect(officers.officer(patch: nil, assignedTo: "otto.audit") == nil, "an auditor holds no cases")
    }
}
