import Testing
@testable import ArrearsCore

@Suite struct IdentityTests {
    typealias F = ActionFixtures

    static func store(demo: Bool) throws -> SQLiteCaseStore {
        let store = try SQLiteCaseStore.openInMemory()
        try store.saveUsers(F.users + [User(login: "old.admin", displayName: "Old", role: .administrator, disabled: true)])
        if demo { try store.setMeta(Identity.demoMetaKey, Identity.demoMetaValue) }
        return store
    }

    @Test func aKnownLoginIsThatUser() throws {
        #expect(try Identity.resolve(osLogin: "amy.agent", requestedAs: nil, store: Self.store(demo: false)) == F.agent)
    }

    @Test func anUnknownLoginIsToldWhoCanAddIt() throws {
        #expect {
            try Identity.resolve(osLogin: "mallory", requestedAs: nil, store: Self.store(demo: false))
        } throws: { error in
            guard let error = error as? IdentityError, case .unknownLogin(let login, let admins) = error else { return false }
            return login == "mallory" && admins == ["ada.admin"]
                && error.description == "The login mallory is not a user of this database. Ask an administrator to add it (ada.admin)."
        }
    }

    @Test func aDisabledLoginIsRefused() throws {
        #expect(throws: IdentityError.disabled(login: "rex.gone")) {
            try Identity.resolve(osLogin: "rex.gone", requestedAs: nil, store: Self.store(demo: false))
        }
    }

    @Test func switchingUserIsRefusedOnARealDatabase() throws {
        let store = try Self.store(demo: false)
        #expect(throws: IdentityError.switchRefusedOnRealDatabase(requested: "tara.lead")) {
            try Identity.resolve(osLogin: "amy.agent", requestedAs: "tara.lead", store: store)
        }
        try store.setMeta(Identity.demoMetaKey, "no")
        #expect(throws: IdentityError.switchRefusedOnRealDatabase(requested: "tara.lead")) {
            try Identity.resolve(osLogin: "amy.agent", requestedAs: "tara.lead", store: store)
        }
        #expect("\(IdentityError.switchRefusedOnRealDatabase(requested: "tara.lead"))".contains("only for demonstration databases"))
    }

    @Test func switchingUserIsHonouredOnADemoDatabase() throws {
        let store = try Self.store(demo: true)
        #expect(try Identity.resolve(osLogin: "presenter", requestedAs: "tara.lead", store: store) == F.teamLead)
        #expect(throws: IdentityError.unknownDemoLogin(login: "nobody")) {
            try Identity.resolve(osLogin: "presenter", requestedAs: "nobody", store: store)
        }
        #expect(throws: IdentityError.disabled(login: "rex.gone")) {
            try Identity.resolve(osLogin: "presenter", requestedAs: "rex.gone", store: store)
        }
    }

    @Test(arguments: StoreKind.tested) func aDatabaseWithNoUsersSaysHowTheFirstIsMade(kind: StoreKind) throws {
        let store = try kind.fresh()
        #expect(throws: IdentityError.noUsersYet(login: "amy")) {
            try Identity.resolve(osLogin: "amy", requestedAs: nil, store: store)
        }
    }
}
