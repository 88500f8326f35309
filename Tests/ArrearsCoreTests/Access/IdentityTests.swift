import Testing
@testable import ArrearsCore

@Suite struct IdentityTests {
    typealias F = ActionFixtures

    static func store(_ kind: StoreKind, demo: Bool) throws -> SQLCaseStore {
        let store = try kind.fresh()
        try store.saveUsers(F.users + [User(login: "old.admin", displayName: "Old", role: .administrator, disabled: true)])
        if demo { try store.setMeta(Identity.demoMetaKey, Identity.demoMetaValue) }
        return store
    }

    @Test(arguments: StoreKind.tested) func aKnownLoginIsThatUser(kind: StoreKind) throws {
        #expect(try Identity.resolve(osLogin: "amy.agent", requestedAs: nil, store: Self.store(kind, demo: false)) == F.agent)
    }

    @Test(arguments: StoreKind.tested) func anUnknownLoginIsToldWhoCanAddIt(kind: StoreKind) throws {
        #expect {
            try Identity.resolve(osLogin: "mallory", requestedAs: nil, store: Self.store(kind, demo: false))
        } throws: { error in
            guard let error = error as? IdentityError, case .unknownLogin(let login, let admins) = error else { return false }
            return login == "mallory" && admins == ["ada.admin"]
                && error.description == "The login mallory is not a user of this database. Ask an administrator to add it (ada.admin)."
        }
    }

    @Test(arguments: StoreKind.tested) func aDisabledLoginIsRefused(kind: StoreKind) throws {
        #expect(throws: IdentityError.disabled(login: "rex.gone")) {
            try Identity.resolve(osLogin: "rex.gone", requestedAs: nil, store: Self.store(kind, demo: false))
        }
    }

    @Test(arguments: StoreKind.tested) func switchingUserIsRefusedOnARealDatabase(kind: StoreKind) throws {
        let store = try Self.store(kind, demo: false)
        #expect(throws: IdentityError.switchRefusedOnRealDatabase(requested: "tara.lead")) {
            try Identity.resolve(osLogin: "amy.agent", requestedAs: "tara.lead", store: store)
        }
        try store.setMeta(Identity.demoMetaKey, "no")
        #expect(throws: IdentityError.switchRefusedOnRealDatabase(requested: "tara.lead")) {
            try Identity.resolve(osLogin: "amy.agent", requestedAs: "tara.lead", store: store)
        }
        #expect("\(IdentityError.switchRefusedOnRealDatabase(requested: "tara.lead"))".contains("only for demonstration databases"))
    }

    @Test(arguments: StoreKind.tested) func switchingUserIsHonouredOnADemoDatabase(kind: StoreKind) throws {
        let store = try Self.store(kind, demo: true)
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
