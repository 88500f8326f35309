import Testing
@testable import ArrearsCore

@Suite struct BulkLetterPlanTests {
    @Test(arguments: [
        ("A1 A2,A3;A4\nA5\r\nA6\tA7", ["A1", "A2", "A3", "A4", "A5", "A6", "A7"], 0),
        ("  A1 ,, ;  A2  \n\n\n A1\nA3 A2 ", ["A1", "A2", "A3"], 2),
        ("A3\nA1\nA3\nA2\nA1", ["A3", "A1", "A2"], 2),
        (" ,;\n\t", [], 0),
    ])
    func splitsTrimsAndRemovesDuplicates(raw: String, references: [String], duplicates: Int) {
        let parsed = ReferenceList.parse(raw)
        #expect(parsed.references == references)
        #expect(parsed.duplicatesRemoved == duplicates)
    }

    /// Four leasehold accounts: a good one, one with two leaseholders, one with a bad
    /// correspondence postcode, one whose property has no postcode.
    private func cases() -> [CaseFile] {
        let t = LetterFixtures.template("leasehold_letter_1_leasehold")
        var good = LetterFixtures.caseFitting(t)
        good.account.ref = "LH-1"; good.account.paymentRef = "9000000001"
        var joint = good
        joint.account.ref = "LH-2"; joint.account.paymentRef = "9000000002"
        joint.account.contacts = [LetterFixtures.tenant, LetterFixtures.jointTenant]
        var badPostcode = good
        badPostcode.account.ref = "LH-3"; badPostcode.account.paymentRef = "9000000003"
        var contact = LetterFixtures.jointTenant
        contact.correspondenceAddress = ["Flat 3", "27 Dalston Lane", "London"]
        badPostcode.account.contacts = [contact]
        var noPostcode = good
        noPostcode.account.ref = "LH-4"; noPostcode.account.paymentRef = "9000000004"
        noPostcode.account.property.postcode = " "
        return [good, joint, badPostcode, noPostcode]
    }

    private func plan(_ raw: String, template: String = "leasehold_letter_1_leasehold", role: Role = .leaseholdOfficer,
                      remit: Remit? = nil, change: (inout [CaseFile]) -> Void = { _ in }) -> BulkLetterPlan {
        var all = cases()
        change(&all)
        return BulkLetterPlan.make(
            rawReferences: raw, template: LetterFixtures.template(template), asOf: LetterFixtures.asOf,
            sender: LetterFixtures.sender, role: role, remit: remit,
            lookup: { ref in all.first { $0.account.ref == ref || $0.account.paymentRef == ref } },
            figures: { _ in LetterFixtures.figures })
    }

    @Test func listsReadyAndCannotSendWithReasonsAndFields() {
        let p = plan("9000000001, LH-2; LH-3\nNOPE LH-4 9000000001")
        #expect(p.references == ["9000000001", "LH-2", "LH-3", "NOPE", "LH-4"])
        #expect(p.duplicatesRemoved == 1)
        #expect(p.readyCount == 3)
        #expect(p.ready.map(\.reference) == ["9000000001", "LH-2", "LH-2"])
        #expect(p.ready.map(\.letter.rendered.recipientName) == ["Ms Amara Okafor", "Ms Amara Okafor", "Mr Daniel Okafor"])
        #expect(p.cannotSendCount == 3)
        #expect(p.cannotSend.map(\.reference) == ["LH-3", "NOPE", "LH-4"])
        #expect(p.cannotSend.map(\.reason) == ["Correspondence postcode is missing", "Reference not found", "Property postcode is missing"])
        #expect(p.cannotSend.map(\.fields) == ["Correspondence postcode", "Reference", "Property postcode"])
        #expect(p.cannotSend[0].recipientName == "Mr Daniel Okafor")
        #expect(p.localPrintCount == 0)
    }

    @Test func oneAccountTypedTwiceGetsOneSetOfLetters() {
        let p = plan("LH-1 9000000001")
        #expect(p.readyCount == 1)
        #expect(p.cannotSend.map(\.reason) == ["Reference: account LH-1 is already in this list"])
    }

    @Test func marksLongLettersForLocalPrint() {
        let p = plan("LH-1", template: "leasehold_letter_before_action")
        #expect(p.readyCount == 1)
        #expect(p.localPrintCount == 1)
    }

    @Test func wrongAccountTypeAndWrongRoleCannotSend() {
        let wrongType = plan("LH-1", template: "leasehold_letter_1_freehold")
        #expect(wrongType.cannotSend.map(\.fields) == ["Account type"])
        let wrongRole = plan("LH-1 LH-2", role: .agent)
        #expect(wrongRole.readyCount == 0)
        #expect(wrongRole.cannotSend.map(\.reason) == ["Role: A collection agent cannot send leasehold letters",
                                                       "Role: A collection agent cannot send leasehold letters"])
    }

    /// Large runs are rendered on every core; the lists must still follow the typed order.
    @Test func largeRunsKeepTheTypedOrder() {
        let t = LetterFixtures.template("rent_letter_1")
        let base = LetterFixtures.caseFitting(t)
        let cases: [String: CaseFile] = Dictionary(uniqueKeysWithValues: (0..<300).map { i in
            var c = base
            c.account.ref = "R\(i)"
            if i % 10 == 3 { c.account.property.postcode = "QQ1 1AA" }
            return ("R\(i)", c)
        })
        let raw = (0..<300).reversed().map { "R\($0)" }.joined(separator: "\n")
        let p = BulkLetterPlan.make(rawReferences: raw, template: t, asOf: LetterFixtures.asOf, sender: LetterFixtures.sender,
                                    role: .agent, lookup: { cases[$0] }, figures: { _ in LetterFixtures.figures })
        let expectedFailed = (0..<300).reversed().filter { $0 % 10 == 3 }.map { "R\($0)" }
        #expect(p.cannotSend.map(\.reference) == expectedFailed)
        #expect(p.ready.map(\.reference) == (0..<300).reversed().filter { $0 % 10 != 3 }.map { "R\($0)" })
        #expect(p.ready.map(\.letter.rendered.accountRef) == p.ready.map(\.reference))
        #expect(p.readyCount == 270)
    }

    /// A leasehold officer's bulk run stays in their patches (docs/permissions.md): a reference in another
    /// patch is "cannot send", naming the patch; one assigned to them directly is theirs; a team lead has no limit.
    @Test func referencesOutsideTheUsersPatchesAreRefusedWithThePatch() {
        let officer = User(login: "lho.1", displayName: "Lee", role: .leaseholdOfficer, patches: ["SC1", "SC2"])
        let moved: (inout [CaseFile]) -> Void = { all in
            all[0].account.patch = "SC1"
            all[1].account.patch = "SC4"
            all[1].account.contacts = [LetterFixtures.tenant]
            all[2].account = all[0].account
            all[2].account.ref = "LH-3"; all[2].account.paymentRef = "9000000003"
            all[2].account.patch = "SC5"; all[2].account.assignedTo = "lho.1"
        }
        let p = plan("LH-1 LH-2 LH-3", remit: Remit.of(officer), change: moved)
        #expect(p.ready.map(\.reference) == ["LH-1", "LH-3"])
        #expect(p.cannotSend.map(\.reference) == ["LH-2"])
        #expect(p.cannotSend.map(\.fields) == ["Patch"])
        #expect(p.cannotSend.map(\.reason) == ["Patch: LH-2 is in patch SC4 and is not assigned to you (your patches are SC1, SC2); "
                                               + "its officer or a team lead can send it"])
        let lead = User(login: "tl", displayName: "Tara", role: .teamLead)
        #expect(Remit.of(lead) == nil)
        #expect(plan("LH-1 LH-2 LH-3", role: .teamLead, remit: Remit.of(lead), change: moved).readyCount == 3)
    }
}
