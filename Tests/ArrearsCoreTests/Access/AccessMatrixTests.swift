import Testing
@testable import ArrearsCore

/// Every role × every operation × every account side, against a table written out independently of
/// the matrix in the code.
@Suite struct AccessMatrixTests {
    static let caseChanges: Set<AccessOperation> = [
        .addDiaryEntry, .pause, .unpause, .recordPromise, .recordLegalStep, .createAgreement, .cancelAgreement, .recordNotice, .recordCourtDate,
        .recordCourtOutcome, .recordEvictionDate, .startHold, .endHold, .queueLetter, .bulkQueueLetters, .cancelLetter,
        .markLetterReviewed, .sendLetters, .undo, .queueMessage, .editContactDetails,
    ]
    static let perAccount = caseChanges.union([.viewCase, .exportPersonalData])

    static func expected(_ role: Role, _ operation: AccessOperation, _ type: AccountType?) -> Bool {
        switch role {
        case .agent:
            return perAccount.contains(operation) && !(type?.isLeaseholdSide ?? false)
        case .leaseholdOfficer:
            return perAccount.contains(operation) && (type?.isLeaseholdSide ?? true)
        case .teamLead:
            return perAccount.union([.reassignCases, .reassignPatch, .viewAudit, .runClassify, .runAutomation, .manageAutomation, .sendMessages, .pollMessages, .sendCampaign]).contains(operation)
        case .auditor:
            return [.viewCase, .exportPersonalData, .viewAudit].contains(operation)
        case .administrator:
            return [.manageUsers, .importData, .runClassify, .runAutomation, .viewAudit, .sendMessages, .pollMessages].contains(operation)
        }
    }

    static let accounts: [AccountType?] = [nil] + AccountType.allCases

    @Test(arguments: Role.allCases, AccessOperation.allCases)
    func theMatrix(role: Role, operation: AccessOperation) {
        let user = User(login: "someone", displayName: "Someone", role: role)
        for account in Self.accounts {
            let allowed = Access.allows(user: user, operation: operation, account: account)
            #expect(allowed == Self.expected(role, operation, account),
                    "\(role) \(operation) on \(account.map(\.rawValue) ?? "no account")")
            if !allowed {
                #expect(throws: AccessDenied.self) { try Access.check(user: user, operation: operation, account: account) }
            }
        }
    }

    @Test(arguments: Role.allCases, AccessOperation.allCases)
    func aDisabledUserIsRefusedEverything(role: Role, operation: AccessOperation) {
        let user = User(login: "gone", displayName: "Gone", role: role, disabled: true)
        for account in Self.accounts {
            #expect(throws: AccessDenied.self) { try Access.check(user: user, operation: operation, account: account) }
        }
    }

    @Test func refusalsNameTheRoleTheOperationAndWhy() {
        func message(_ role: Role, _ operation: AccessOperation, _ account: AccountType?) -> String {
            do {
                try Access.check(user: User(login: "pat", displayName: "Pat", role: role), operation: operation, account: account)
                return "allowed"
            } catch { return "\(error)" }
        }
        #expect(message(.agent, .pause, .leasehold)
                == "Refused: pat (Collection agent) may not pause a case: collection agents act on rent accounts only, and this is a leasehold account.")
        #expect(message(.leaseholdOfficer, .queueLetter, .garage)
                == "Refused: pat (Leasehold officer) may not queue a letter: leasehold officers act on leasehold, freehold and shared-ownership accounts only, and this is a garage account.")
        #expect(message(.auditor, .addDiaryEntry, .secure)
                == "Refused: pat (Auditor) may not add a diary entry: auditors read everything and change nothing.")
        #expect(message(.administrator, .viewCase, .secure)
                == "Refused: pat (Administrator) may not view a case: administrators manage users and data loads and do not open or work cases; casework needs a login with a caseworker role.")
        #expect(message(.agent, .reassignCases, nil) == "Refused: pat (Collection agent) may not reassign cases: only team leads may reassign cases.")
        #expect(message(.teamLead, .manageUsers, nil) == "Refused: pat (Team lead) may not manage users: only administrators may manage users.")
        #expect(message(.agent, .viewAudit, nil)
                == "Refused: pat (Collection agent) may not view the audit trail: only team leads, auditors and administrators may view the audit trail.")
        #expect(message(.teamLead, .importData, nil) == "Refused: pat (Team lead) may not import data: only administrators may import data.")
    }

    @Test func everyOperationHasAWayIn() {
        for operation in AccessOperation.allCases {
            #expect(Role.allCases.contains { PermissionMatrix.grant($0, operation) != .none }, "\(operation) is allowed to nobody")
        }
    }
}
