import Testing
import Foundation
@testable import ArrearsCore

/// One caseload shared by the tests that only read it.
enum DemoFixture {
    static let asOf = CivilDate(year: 2026, month: 3, day: 18)!
    static let generator = DemoGenerator(seed: 7, asOf: asOf, accounts: 3_000)
    static let cases = generator.cases(in: 0..<3_000)
}

@Suite struct DemoGeneratorTests {
    let cases = DemoFixture.cases
    let asOf = DemoFixture.asOf

    // MARK: Determinism

    @Test func sameSeedAndDateGiveIdenticalCases() {
        let again = DemoGenerator(seed: 7, asOf: asOf, accounts: 3_000)
        for index in stride(from: 0, to: 3_000, by: 29) {
            #expect(again.makeCase(index: index) == cases[index])
        }
        #expect(again.users() == DemoFixture.generator.users())
    }

    @Test func slicesMadeInParallelMatchCasesMadeOneByOne() {
        let slice = DemoFixture.generator.cases(in: 1_234..<1_290)
        #expect(slice == (1_234..<1_290).map { DemoFixture.generator.makeCase(index: $0) })
        #expect(slice == Array(cases[1_234..<1_290]))
    }

    @Test func aDifferentSeedGivesADifferentCaseload() {
        let other = DemoGenerator(seed: 8, asOf: asOf, accounts: 3_000)
        let differing = (0..<200).filter { other.makeCase(index: $0) != cases[$0] }.count
        #expect(differing == 200)
        #expect(other.makeCase(index: 0).ref != cases[0].ref)
    }

    @Test func aDifferentDateGivesADifferentHistory() {
        let later = DemoGenerator(seed: 7, asOf: asOf.adding(weeks: 5), accounts: 3_000)
        let differing = (0..<200).filter { later.makeCase(index: $0).transactions != cases[$0].transactions }.count
        #expect(differing > 190)
    }

    // MARK: The borough's mix

    @Test func holdsTheAccountMixExactlyInEveryHundred() {
        var counts: [AccountType: Int] = [:]
        for file in cases { counts[file.account.type, default: 0] += 1 }
        let expected: [AccountType: Int] = [.secure: 2_100, .introductory: 150, .nonSecure: 60, .temporaryAccommodation: 120,
                                            .temporaryLicence: 60, .garage: 150, .sundry: 60, .leasehold: 210, .freehold: 30,
                                            .sharedOwnership: 60]
        #expect(counts == expected)
        #expect(Set(counts.keys) == Set(AccountType.allCases))
    }

    @Test(arguments: [(AccountType.secure, 70.0), (.introductory, 5), (.garage, 5), (.sundry, 2)] as [(AccountType, Double)])
    func keepsProportionsWithinAPointAtAnySize(type: AccountType, percent: Double) {
        let generator = DemoGenerator(seed: 99, asOf: asOf, accounts: 2_345)
        let maker = DemoAccountMaker(seed: generator.seed, asOf: asOf)
        let share = Double((0..<2_345).filter { maker.accountType(index: $0) == type }.count) / 23.45
        #expect(abs(share - percent) < 1.0)
    }

    @Test func leaseholdSideAccountsAndOnlyThemOweAKindOfDebt() {
        for file in cases {
            #expect((file.account.debtKind != nil) == file.account.type.isLeaseholdSide)
        }
        let kinds = Set(cases.compactMap(\.account.debtKind))
        #expect(kinds == Set(DebtKind.allCases))
    }

    // MARK: Realism

    @Test func namesComeFromManyBackgroundsIncludingNonASCII() {
        let names = cases.flatMap(\.account.contacts).map(\.displayName)
        let nonASCII = names.filter { !$0.allSatisfy(\.isASCII) }
        #expect(Double(nonASCII.count) / Double(names.count) > 0.08)
        let joined = names.joined(separator: " ")
        for name in ["Zoë", "Łukasz", "Nguyễn", "Aoife", "Oluwaseun", "Siobhán", "Çelik", "Müller", "O'Brien"] {
            #expect(joined.contains(name), "no \(name) in the caseload")
        }
    }

    @Test func referencesLookLikeHackneysAndAreUnique() {
        let tenancy = try! NSRegularExpression(pattern: "^[0-9]{7}/0[12]$")
        for file in cases {
            let ref = file.account.ref
            #expect(tenancy.firstMatch(in: ref, range: NSRange(ref.startIndex..., in: ref)) != nil, "\(ref)")
            #expect(file.account.paymentRef.count == 10 && file.account.paymentRef.allSatisfy(\.isNumber))
            #expect(file.account.property.uprn.map { $0.count == 12 } ?? true)
        }
        #expect(Set(cases.map(\.ref)).count == cases.count)
        #expect(Set(cases.map(\.account.paymentRef)).count == cases.count)
    }

    @Test func postcodesAreValidInFormAndInHackneyDistricts() {
        let format = try! NSRegularExpression(pattern: "^(E5|E8|E9|N1|N4|N16) [0-9][ABD-HJLNP-UW-Z]{2}$")
        let planted = Set((0..<cases.count).filter { DemoFixture.generator.defects(index: $0).contains { $0 == .missingPostcode || $0 == .incompletePostcode } })
        for (index, file) in cases.enumerated() where !planted.contains(index) {
            let postcode = file.account.property.postcode ?? ""
            #expect(format.firstMatch(in: postcode, range: NSRange(postcode.startIndex..., in: postcode)) != nil, "\(postcode)")
        }
    }

    @Test func weeklyRentsAreBetweenNinetyAndTwoHundredAndTwentyPounds() {
        for file in cases where file.account.type == .secure || file.account.type == .introductory {
            let rent = file.transactions.last { $0.code == "DBR" }
            guard let rent else { continue }
            #expect(rent.amount >= Money(pounds: 80) && rent.amount <= Money(pounds: 220), "\(file.ref) \(rent.amount)")
            #expect(file.account.chargePeriod == .weekly)
        }
        let current = cases.filter { $0.account.type == .secure }.map(\.account.charge)
        #expect(current.min()! >= Money(pounds: 90))
        #expect(current.max()! <= Money(pounds: 240))
    }

    @Test func ledgersCover12To24MonthsInDateOrderWithKnownCodes() {
        for file in cases where !file.transactions.isEmpty {
            let first = file.transactions[0].date
            #expect(first >= asOf.adding(months: -24).adding(days: -7))
            if file.account.startDate < asOf.adding(months: -25), file.account.type != .sundry {
                #expect(first <= asOf.adding(months: -12), "\(file.ref) starts \(first)")
            }
            #expect(zip(file.transactions, file.transactions.dropFirst()).allSatisfy { $0.date <= $1.date })
            for t in file.transactions {
                #expect(TransactionCodes.isKnown(t.code), "\(t.code)")
                #expect(t.amount.isNegative == (t.isPayment || t.code == "CAJ"), "\(t.code) \(t.amount)")
            }
        }
    }

    @Test func everyPaymentBehaviourShowsInTheBalances() {
        let rent = cases.filter { [.secure, .introductory].contains($0.account.type) }
        let credit = rent.filter { $0.balance.isNegative }.count
        let deep = rent.filter { $0.balance > $0.account.weeklyCharge * 8 }.count
        let clear = rent.filter { $0.balance <= $0.account.weeklyCharge }.count
        #expect(credit > rent.count / 20)
        #expect(deep > rent.count / 50)
        #expect(clear > rent.count / 2)
        let codes = Set(rent.flatMap(\.transactions).map(\.code))
        #expect(codes.isSuperset(of: ["RUC", "RHB", "RDD", "RSO", "RCP", "RIT", "RPO", "RPY"]))
    }

    @Test func diaryEntriesAreInOrderAndRecordTheBalanceOfTheirMoment() {
        for file in cases {
            #expect(file.diary.map(\.id) == Array(1...max(1, file.diary.count)).prefix(file.diary.count).map { $0 })
            #expect(zip(file.diary, file.diary.dropFirst()).allSatisfy { $0.at < $1.at })
            for entry in file.diary {
                #expect(ActionCodes.byCode[entry.code] != nil, "\(entry.code)")
                #expect(entry.balance == file.transactions.balance(asOf: entry.date), "\(file.ref) \(entry.code)")
            }
        }
    }

    /// Issue 11 §9: a few promises to pay, some kept, some broken, some still open after the as-of
    /// date; each settled one has its verdict in the diary, and each open one holds the case paused.
    @Test func aFewPromisesAreKeptSomeBrokenAndSomeStillOpen() {
        let promised = cases.filter { !$0.promises.isEmpty }
        let promises = promised.flatMap(\.promises)
        #expect(promised.count > 30 && promised.count < cases.count / 10, "\(promised.count) cases with promises")
        let kept = promises.filter { $0.outcome == .kept }, broken = promises.filter { $0.outcome == .broken }
        let open = promises.filter(\.isOpen)
        #expect(kept.count >= 5 && broken.count >= 5 && open.count >= 1, "\(kept.count) kept, \(broken.count) broken, \(open.count) open")
        #expect(open.allSatisfy { $0.dueOn >= asOf }, "a promise whose date passed has its verdict")
        for file in promised {
            let verdicts = file.diary.filter { ["PPK", "PPB"].contains($0.code) }
            #expect(verdicts.count == file.promises.filter { !$0.isOpen }.count, "\(file.ref): one entry per verdict")
            #expect(file.diary.filter { $0.code == "POP" && $0.comment.hasPrefix("Promise to pay") }.count == file.promises.count)
            #expect(PromiseMonitor.verdicts(for: file, asOf: asOf).isEmpty, "\(file.ref): nothing left for the nightly run")
            if let last = file.promises.last, last.isOpen {
                #expect(file.pause?.reason == .promiseOfPayment && file.pause?.until == last.dueOn.adding(days: 1))
            }
        }
        for promise in kept + broken {
            let review = PromiseReview.review(promise, ledger: promised.first { $0.promises.contains(promise) }!.transactions, asOf: asOf)
            #expect(review.verdict == (promise.outcome == .kept ? .kept(on: promise.outcomeOn!) : .broken(on: promise.outcomeOn!)))
        }
    }

    @Test func theStoryMatchesTheStage() {
        for file in cases {
            for entry in file.diary where entry.code == "NTS" {
                #expect(file.notices.contains { $0.kind == .noticeOfSeekingPossession && $0.servedOn == entry.date })
            }
            for courtCase in file.courtCases where courtCase.outcome != nil {
                #expect(file.diary.contains { $0.code == "IC6" && $0.date >= courtCase.hearingDate! })
            }
            for agreement in file.agreements {
                #expect(zip(agreement.history, agreement.history.dropFirst()).allSatisfy { $0.date <= $1.date })
                if agreement.kind == .formal {
                    #expect(file.courtCases.contains { $0.id == agreement.courtCaseId })
                }
            }
            #expect(file.agreements.filter(\.isActive).count <= 1)
            if file.account.type == .secure {
                #expect(file.notices.allSatisfy { $0.kind == .noticeOfSeekingPossession })
            }
        }
    }

    @Test func everyStageAndHoldAppearsSomewhere() {
        let states = Set(cases.flatMap(\.agreements).map(\.state))
        #expect(states == Set(AgreementState.allCases))
        #expect(Set(cases.flatMap(\.agreements).map(\.kind)) == Set(AgreementKind.allCases))
        #expect(Set(cases.flatMap(\.notices).map(\.kind)) == Set(NoticeKind.allCases))
        #expect(Set(cases.flatMap(\.courtCases).compactMap(\.outcome)).count >= 9)
        #expect(cases.contains { $0.courtCases.contains { $0.outcome == nil && $0.hearingDate! < asOf } })
        #expect(cases.contains { $0.courtCases.contains { $0.hearingDate! > asOf } })
        #expect(cases.contains { !$0.evictions.isEmpty })
        #expect(Set(cases.compactMap(\.pause?.reason)) == Set(PauseReason.allCases))
        #expect(cases.contains { $0.pause?.isActive(asOf: asOf) == true })
        #expect(Set(cases.flatMap(\.holds).map(\.kind)) == Set(HoldKind.allCases))
        #expect(cases.contains { $0.holds.contains { $0.kind.isBreathingSpace && $0.isActive(asOf: asOf) } })
        let letters = Set(cases.flatMap(\.diary).map(\.code))
        #expect(letters.isSuperset(of: ["IC1", "IC2", "NTS", "IC4", "CDS", "IC6", "AGR", "BLI", "CBL", "WPA", "EDS", "EVI",
                                        "LL1", "LL2", "LF1", "LS1", "SLB", "MW1", "MW3", "DCL", "NOP", "NTQ", "UCC", "ASN"]))
    }

    @Test func leaseholdAccountsHaveHalfYearlyDemandsAndMajorWorksBills() {
        let leasehold = cases.filter(\.account.type.isLeaseholdSide)
        for file in leasehold {
            #expect(file.account.chargePeriod == .halfYearly)
            for demand in file.transactions where demand.code == "DLS" {
                #expect(demand.date.day == 1 && (demand.date.month == 4 || demand.date.month == 10))
            }
        }
        #expect(leasehold.filter { $0.transactions.contains { $0.code == "DLS" } }.count == leasehold.count)
        let majorWorks = leasehold.filter { $0.account.debtKind == .majorWorks }
        #expect(majorWorks.allSatisfy { $0.transactions.contains { $0.code == "DMW" } })
    }

    // MARK: Bad data

    @Test(arguments: DemoDefect.allCases)
    func plantsEachKindOfBadData(defect: DemoDefect) {
        let indices = (0..<cases.count).filter { DemoFixture.generator.defects(index: $0).contains(defect) }
        #expect(indices.count >= 5)
        #expect(indices.count < cases.count / 50)
        for index in indices {
            let account = cases[index].account
            switch defect {
            case .missingPostcode: #expect(account.property.postcode == nil)
            case .incompletePostcode: #expect(account.property.postcode.map { !$0.contains(" ") } ?? true)
            case .noResponsibleContact: #expect(account.responsibleContacts.isEmpty)
            case .eightLineAddress: #expect(account.property.addressLines.count == 8)
            case .contactWithoutPhone: #expect(account.contacts.allSatisfy { $0.phones.isEmpty })
            }
        }
    }

    // MARK: Users and patches

    @Test func theTeamHasAnAgentPerPatchAndEveryOtherRole() {
        let users = DemoFixture.generator.users()
        for patch in DemoUsers.rentPatches {
            #expect(users.contains { $0.role == .agent && $0.patches == [patch] && !$0.disabled })
        }
        let leasehold = Set(users.filter { $0.role == .leaseholdOfficer }.flatMap(\.patches))
        #expect(leasehold == Set(DemoUsers.leaseholdPatches))
        for role in [Role.teamLead, .auditor, .administrator] { #expect(users.contains { $0.role == role }) }
        #expect(users.allSatisfy { !$0.displayName.isEmpty && $0.displayName != $0.login && $0.displayName.contains(" ") })
        #expect(Set(users.map(\.login)).count == users.count)
        let patches = Set(DemoUsers.rentPatches + DemoUsers.leaseholdPatches)
        #expect(cases.allSatisfy { $0.account.patch.map(patches.contains) ?? true })
        #expect(cases.contains { $0.account.patch == nil })
        let logins = Set(users.map(\.login) + [DemoCaseBuilder.automation])
        #expect(cases.flatMap(\.diary).allSatisfy { logins.contains($0.user) })
    }

    // MARK: Storing

    @Test func savesInBatchesAndMarksTheDataAsDemoData() throws {
        let generator = DemoGenerator(seed: 7, asOf: asOf, accounts: 250)
        var savedUsers: [User] = []
        var batches: [[CaseFile]] = []
        var settings: [String: String] = [:]
        var progress: [Int] = []
        try generator.generate(batchSize: 100, progress: { progress.append($0) }, saveUsers: { savedUsers = $0 },
                               saveCases: { batches.append($0) }, setMeta: { settings[$0] = $1 })
        #expect(batches.map(\.count) == [100, 100, 50])
        #expect(progress == [100, 200, 250])
        #expect(savedUsers == generator.users())
        #expect(batches.flatMap { $0 } == Array(cases[0..<250]))
        #expect(settings == [DemoGenerator.MetaKey.seed: "7", DemoGenerator.MetaKey.asOf: "2026-03-18",
                             DemoGenerator.MetaKey.accounts: "250", Identity.demoMetaKey: Identity.demoMetaValue])
        #expect(demoDataBanner == "Demo data — synthetic, not real people")
    }
}
