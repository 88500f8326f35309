import Foundation
import Testing
@testable import ArrearsCore

@Suite struct UserAdminTests {
    typealias F = ActionFixtures

    static func admin(_ world: World, as actor: User = F.admin) -> UserAdmin {
        UserAdmin(store: world.store, actor: actor, now: { F.at })
    }

    @Test(arguments: StoreKind.tested) func whoeverCreatesTheDatabaseIsItsFirstAdministrator(kind: StoreKind) throws {
        let store = try kind.fresh()
        let first = try UserAdmin.bootstrapAdministrator(store: store, login: "dana", displayName: "", now: F.at)
        #expect(first == User(login: "dana", displayName: "dana", role: .administrator))
        #expect(try store.users() == [first])
        let audit = try #require(try store.audit(ref: nil, user: "dana", since: nil, limit: nil).first)
        #expect(audit.summary == "First administrator dana created with the database")
        #expect(throws: ActionRefused.self) {
            try UserAdmin.bootstrapAdministrator(store: store, login: "eve", displayName: "Eve", now: F.at)
        }
        #expect(try store.users() == [first])
    }

    @Test(arguments: StoreKind.tested) func anAdministratorAddsListsChangesAndDisablesUsers(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let admin = Self.admin(world)
        #expect(try admin.add(login: "nia.agent", displayName: "Nia Agent", role: .agent, patches: ["E03"]) == "Added nia.agent as a collection agent")
        #expect(try world.store.user(login: "nia.agent") == User(login: "nia.agent", displayName: "Nia Agent", role: .agent, patches: ["E03"]))
        #expect(try admin.list().map(\.login).contains("nia.agent"))
        #expect(try admin.setRole(login: "nia.agent", role: .teamLead) == "nia.agent is now a team lead")
        #expect(try admin.disable(login: "nia.agent").hasPrefix("Disabled nia.agent"))
        #expect(try world.store.user(login: "nia.agent")?.disabled == true)
        #expect(try admin.enable(login: "nia.agent") == "Enabled nia.agent")
        let audit = try world.store.audit(ref: nil, user: "ada.admin", since: nil, limit: nil)
        #expect(audit.map(\.operation) == Array(repeating: .manageUsers, count: 4))
        #expect(audit.first?.before == #"{"disabled":true,"login":"nia.agent","patches":["E03"],"role":"team_lead"}"#)
        #expect(audit.first?.after == #"{"disabled":false,"login":"nia.agent","patches":["E03"],"role":"team_lead"}"#)
    }

    @Test(arguments: StoreKind.tested) func assigningAPatchMovesItAndTheWorklistFollows(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        #expect(try Self.admin(world).assignPatch("E01", to: "aziz.agent") == "Patch E01 assigned to aziz.agent (taken from amy.agent)")
        #expect(try world.store.user(login: "amy.agent")?.patches == [])
        #expect(try world.store.summary(ref: F.rentRef)?.officer == "aziz.agent")
        #expect(throws: ActionRefused.self) { try Self.admin(world).assignPatch("E05", to: "otto.audit") }
    }

    @Test(arguments: StoreKind.tested) func aRoleThatHoldsNoCasesGivesUpItsPatches(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        _ = try Self.admin(world).setRole(login: "amy.agent", role: .auditor)
        #expect(try world.store.user(login: "amy.agent")?.patches == [])
        #expect(try world.store.summary(ref: F.rentRef)?.officer == nil)
    }

    @Test(arguments: StoreKind.tested) func disablingAnOfficerHandsTheirWorklistRowsBackToThePatch(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        try world.actions(F.teamLead).reassignCases([F.rentRef], to: "aziz.agent")
        _ = try Self.admin(world).disable(login: "aziz.agent")
        #expect(try world.store.summary(ref: F.rentRef)?.officer == "amy.agent")
    }

    @Test(arguments: StoreKind.tested, [ActionFixtures.agent, ActionFixtures.leaseholdOfficer, ActionFixtures.teamLead, ActionFixtures.auditor])
    func onlyAnAdministratorManagesUsers(kind: StoreKind, actor: User) throws {
        let world = try F.world(kind: kind)
        let admin = Self.admin(world, as: actor)
        #expect(throws: AccessDenied.self) { try admin.list() }
        #expect(throws: AccessDenied.self) { try admin.add(login: "x.agent", displayName: "X", role: .agent) }
        #expect(throws: AccessDenied.self) { try admin.setRole(login: actor.login, role: .administrator) }
        #expect(throws: AccessDenied.self) { try admin.assignPatch("E09", to: actor.login) }
        #expect(throws: AccessDenied.self) { try admin.disable(login: "ada.admin") }
        #expect(try world.store.users() == F.users.sorted { $0.login < $1.login })
        #expect(try world.store.audit(ref: nil, user: nil, since: nil, limit: nil).isEmpty)
    }

    @Test(arguments: StoreKind.tested) func anAdministratorDisabledSinceCannotCarryOn(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let second = User(login: "bob.admin", displayName: "Bob", role: .administrator)
        try world.store.saveUsers([second])
        let bob = Self.admin(world, as: second)
        _ = try Self.admin(world).disable(login: "bob.admin")
        #expect(throws: AccessDenied.self) { try bob.add(login: "x.agent", displayName: "X", role: .agent) }
    }

    @Test(arguments: StoreKind.tested) func theLastAdministratorCanBeNeitherDemotedNorDisabled(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        let admin = Self.admin(world)
        #expect(throws: ActionRefused.self) { try admin.disable(login: "ada.admin") }
        #expect(throws: ActionRefused.self) { try admin.setRole(login: "ada.admin", role: .teamLead) }
        _ = try admin.add(login: "bob.admin", displayName: "Bob", role: .administrator)
        #expect(try admin.setRole(login: "ada.admin", role: .teamLead) == "ada.admin is now a team lead")
    }

    @Test(arguments: StoreKind.tested, ["", "-dash", "has space", "semi;colon", String(repeating: "a", count: 33), "zoë"])
    func loginsMustBePortableNames(kind: StoreKind, login: String) throws {
        let world = try F.world(kind: kind)
        #expect(throws: ActionRefused.self) { try Self.admin(world).add(login: login, displayName: "X", role: .agent) }
    }

    @Test(arguments: StoreKind.tested) func addingAnExistingLoginIsRefused(kind: StoreKind) throws {
        let world = try F.world(kind: kind)
        #expect(throws: ActionRefused.self) { try Self.admin(world).add(login: "amy.agent", displayName: "Amy", role: .agent) }
    }
}
