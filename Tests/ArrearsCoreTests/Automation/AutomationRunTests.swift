import Testing
@testable import ArrearsCore

/// The automation pass and the nightly job over a real (in-memory) store.
@Suite struct AutomationRunTests {
    static let night = d("2026-11-30")
    static let lead = User(login: "tara.lead", displayName: "Tara Lead", role: .teamLead)
    static let admin = User(login: "ada.admin", displayName: "Ada Admin", role: .administrator)
    static let agent = User(login: "amy.agent", displayName: "Amy Agent", role: .agent, patches: ["E01"])
    static let auditor = User(login: "otto.audit", displayName: "Otto Audit", role: .auditor)

    /// A secure case on patch E01 owing `owed` from an old debit, so it stays in arrears night after night.
    static func rentCase(_ ref: String, owed: String = "500.00", patch: String = "E01") -> CaseFile {
        var b = CaseBuilder(ref: ref)
        b.file.account.patch = patch
        b.line("DAJ", gbp(owed), on: night.adding(days: -60))
        return b.file
    }

    static func store(_ kind: StoreKind, _ cases: [CaseFile]) throws -> SQLCaseStore {
        let store = try kind.fresh()
        try store.saveUsers([lead, admin, agent, auditor])
        try store.saveCases(cases)
        return store
    }

    static func switchOn(_ store: CaseStore, steps: [AutomationStep] = [.letterOne, .letterTwo], cap: Int? = nil) throws {
        try AutomationControl.apply(.init(patches: ["E01"], accountTypes: [.secure], steps: steps, enabled: true, dailyCap: cap),
                                    store: store, user: lead, at: Timestamp(london: night.adding(days: -1), hour: 17))
    }

    static func options(_ asOf: CivilDate, dryRun: Bool = false, firstSMS: MessageTemplate? = nil) -> AutomationRun.Options {
        .init(asOf: asOf, policy: .default, dryRun: dryRun, firstSMS: firstSMS)
    }

    static let firstSMS = try! MessageTemplate(channel: .sms, id: "f33517ff-2a88-4f6e-b855-c550268ce08a",
                                               text: "((name)), your rent account ((payment_ref)) is ((arrears)) in arrears. Please pay or call us.")

    @discardableResult
    static func nightly(_ store: CaseStore, _ asOf: CivilDate, dryRun: Bool = false, rerun: Bool = false,
                        user: User = lead, firstSMS: MessageTemplate? = nil) throws -> NightlyJob.Result {
        try NightlyJob.run(store: store, user: user, today: asOf, options: options(asOf, dryRun: dryRun, firstSMS: firstSMS), rerun: rerun,
                           now: { Timestamp(london: asOf, hour: 2) })
    }

    @Test(arguments: StoreKind.tested) func aRunQueuesTheLetterAsSystemAndSaysWhy(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("A1")])
        try Self.switchOn(store)
        let result = try Self.nightly(store, Self.night)
        #expect(result.automation.letters == 1)
        let file = try #require(try store.loadCase(ref: "A1"))
        let letter = try #require(file.letters.first)
        #expect(letter.author == "system")
        #expect(letter.templateId == "rent_letter_1")
        #expect(letter.status == .queued)
        let entry = try #require(file.diary.last)
        #expect(entry.user == "system")
        #expect(entry.code == "IC1")
        #expect(entry.comment.contains("Sent by automation: rule send_letter_one ("))
        #expect(entry.comment.contains("allowed by the setting E01 · Secure · Letter 1: on, cap 100"))
        let audit = try store.audit(ref: nil, user: nil, since: nil, limit: nil)
        #expect(audit.contains { $0.user == "system" && $0.operation == .queueLetter && $0.accountRef == "A1" })
        #expect(audit.contains { $0.user == "tara.lead" && $0.operation == .runAutomation })
        let record = try #require(try RunRecord.latest(store))
        #expect(record.asOf == Self.night && record.by == "tara.lead" && record.letters == 1 && record.acted == 1)
        // The case's summary moved on at once: letter one is no longer its next step.
        #expect(try store.summary(ref: "A1")?.actionId != RecommendedAction.sendLetterOne.id)
    }

    @Test(arguments: StoreKind.tested) func runningTwiceOnTheSameDaySendsNothingNew(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("A1"), Self.rentCase("A2")])
        try Self.switchOn(store)
        #expect(try Self.nightly(store, Self.night).automation.letters == 2)
        let second = try Self.nightly(store, Self.night)
        #expect(second.automation.letters == 0)
        for ref in ["A1", "A2"] { #expect(try store.loadCase(ref: ref)?.letters.count == 1) }
    }

    @Test(arguments: StoreKind.tested) func theCapKeepsTheMostUrgentCasesAndHoldsAcrossRuns(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("C1", owed: "300.00"), Self.rentCase("C2", owed: "3000.00"),
                                    Self.rentCase("C3", owed: "900.00")])
        try Self.switchOn(store, cap: 2)
        let first = try Self.nightly(store, Self.night).automation
        #expect(Set(first.acted.map(\.ref)) == ["C2", "C3"])
        #expect(first.skipCounts["cap_reached"] == 1)
        // The same night again: the two already sent count against the cap, so nothing more goes.
        #expect(try Self.nightly(store, Self.night).automation.acted.isEmpty)
        // A team lead raises the cap: only the case left waiting goes, nothing twice.
        try Self.switchOn(store, cap: 5)
        let third = try Self.nightly(store, Self.night).automation
        #expect(third.acted.map(\.ref) == ["C1"])
        for ref in ["C1", "C2", "C3"] { #expect(try store.loadCase(ref: ref)?.letters.count == 1) }
    }

    @Test(arguments: StoreKind.tested) func aDryRunWritesNothingAndMatchesTheRealRun(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("A1"), Self.rentCase("A2", owed: "40.00"), Self.rentCase("Z9", patch: "E02")])
        try Self.switchOn(store)
        let auditBefore = try store.audit(ref: nil, user: nil, since: nil, limit: nil).count
        let preview = try Self.nightly(store, Self.night, dryRun: true)
        #expect(preview.classify == nil)
        #expect(try store.audit(ref: nil, user: nil, since: nil, limit: nil).count == auditBefore)
        #expect(try store.loadCase(ref: "A1")?.letters.isEmpty == true)
        #expect(try store.summaries().isEmpty, "a preview stores no summaries")
        let real = try Self.nightly(store, Self.night)
        #expect(preview.automation.results.map(\.ref) == real.automation.results.map(\.ref))
        #expect(preview.automation.results.map(\.kind) == real.automation.results.map(\.kind))
        #expect(preview.automation.skipCounts["setting_off"] == 1)
    }

    @Test(arguments: StoreKind.tested) func missingDataPausesTheCaseForAnOfficer(kind: StoreKind) throws {
        var noAddress = Self.rentCase("M1")
        noAddress.account.property = Property(addressLines: ["Flat 1"], postcode: nil)
        let store = try Self.store(kind, [noAddress])
        try Self.switchOn(store)
        let report = try Self.nightly(store, Self.night).automation
        #expect(report.pausedForMissingData.map(\.ref) == ["M1"])
        let file = try #require(try store.loadCase(ref: "M1"))
        #expect(file.pause?.reason == .missingData)
        #expect(file.pause?.setBy == "system")
        #expect(file.pause?.until == Self.night.adding(days: AutomationRun.missingDataPauseDays))
        #expect(file.pause?.comment.contains("Automation could not send letter 1") == true)
        #expect(file.letters.isEmpty)
        #expect(try store.summary(ref: "M1")?.pauseReason == .missingData, "it shows on the officer's Paused tab")
        // The next night it is paused, so left alone and not paused again.
        let next = try Self.nightly(store, Self.night.adding(days: 1)).automation
        #expect(next.pausedForMissingData.isEmpty)
    }

    @Test(arguments: StoreKind.tested) func onlyTeamLeadsAndAdministratorsRunIt(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("A1")])
        for user in [Self.agent, Self.auditor] {
            #expect(throws: AccessDenied.self) { try Self.nightly(store, Self.night, user: user) }
        }
        let stranger = User(login: "stranger", displayName: "Stranger", role: .teamLead)
        #expect(throws: AccessDenied.self) { try Self.nightly(store, Self.night, user: stranger) }
        #expect(try store.summaries().isEmpty, "a refused run classifies nothing")
        try Self.nightly(store, Self.night, user: Self.admin)
    }

    @Test(arguments: StoreKind.tested) func onlyTeamLeadsChangeTheSettings(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("A1")])
        let change = AutomationControl.Change(patches: ["E01"], accountTypes: [.secure], steps: [.letterOne], enabled: true)
        for user in [Self.agent, Self.auditor, Self.admin] {
            #expect(throws: AccessDenied.self) { try AutomationControl.apply(change, store: store, user: user, at: Timestamp(london: Self.night, hour: 9)) }
        }
        #expect(try AutomationControl.load(store) == .allOff)
        let changed = try AutomationControl.apply(change, store: store, user: Self.lead, at: Timestamp(london: Self.night, hour: 9))
        #expect(changed.count == 1)
        let audit = try store.audit(ref: nil, user: "tara.lead", since: nil, limit: nil)
        #expect(audit.first?.operation == .manageAutomation)
        #expect(audit.first?.summary == "Automation: E01 · Secure · Letter 1: on, cap 100")
        // The same change again changes nothing and writes no audit row.
        #expect(try AutomationControl.apply(change, store: store, user: Self.lead, at: Timestamp(london: Self.night, hour: 9)).isEmpty)
        #expect(try store.audit(ref: nil, user: "tara.lead", since: nil, limit: nil).count == 1)
    }

    @Test(arguments: StoreKind.tested) func settingsAreValidatedWithTheFieldNamed(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("A1")])
        let at = Timestamp(london: Self.night, hour: 9)
        func refusal(_ change: AutomationControl.Change) -> String {
            do { try AutomationControl.apply(change, store: store, user: Self.lead, at: at); return "" } catch { return "\(error)" }
        }
        #expect(refusal(.init(patches: ["Q99"], accountTypes: [.secure], steps: [.letterOne], enabled: true)).hasPrefix("Patch: there is no patch 'Q99'"))
        #expect(refusal(.init(patches: ["E01"], accountTypes: [.secure], steps: [.letterOne], enabled: true, dailyCap: 0)).hasPrefix("Daily cap: 0"))
        #expect(refusal(.init(patches: ["E01"], accountTypes: [.secure], steps: [.letterOne], enabled: true,
                              dailyCap: AutomationSettings.maximumDailyCap + 1)).hasPrefix("Daily cap:"))
        #expect(refusal(.init(patches: ["E01"], accountTypes: [.leasehold], steps: [.letterOne], enabled: true)).hasPrefix("Step: none of the steps"))
        #expect(try AutomationControl.load(store) == .allOff)
    }

    @Test func theStoredSettingsRoundTripAndDamageIsNamed() throws {
        let settings = AutomationSettings([
            AutomationSetting(patch: "E01", accountType: .secure, step: .letterOne, enabled: true, dailyCap: 7, startDate: d("2026-12-01")),
            AutomationSetting(patch: "SC1", accountType: .leasehold, step: .majorWorksLetterTwo, enabled: false, dailyCap: 3, startDate: nil),
        ])
        #expect(try AutomationSettings.parse(settings.json) == settings)
        #expect(throws: AutomationSettingsError.self) { try AutomationSettings.parse("{\"version\":1,\"settings\":[{\"patch\":\"E01\",\"accountType\":\"XXX\",\"step\":\"letter_1\",\"enabled\":true,\"dailyCap\":1}]}") }
        #expect(throws: AutomationSettingsError.self) { try AutomationSettings.parse("not json") }
    }

    @Test(arguments: StoreKind.tested) func datesARunMayNotWriteFor(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("A1")])
        let today = Self.night
        let tomorrow = today.adding(days: 1)
        #expect(throws: NightlyJob.Refused.self) {
            try NightlyJob.run(store: store, user: Self.lead, today: today, options: Self.options(tomorrow), rerun: false,
                               now: { Timestamp(london: today, hour: 2) })
        }
        // A preview of tomorrow is fine: it writes nothing.
        _ = try NightlyJob.run(store: store, user: Self.lead, today: today, options: Self.options(tomorrow, dryRun: true),
                               rerun: false, now: { Timestamp(london: today, hour: 2) })
        // Yesterday, not yet run: allowed once; a second time only with rerun.
        let yesterday = today.adding(days: -1)
        func runYesterday(rerun: Bool) throws {
            _ = try NightlyJob.run(store: store, user: Self.lead, today: today, options: Self.options(yesterday), rerun: rerun,
                                   now: { Timestamp(london: today, hour: 2) })
        }
        try runYesterday(rerun: false)
        #expect(throws: NightlyJob.Refused.self) { try runYesterday(rerun: false) }
        try runYesterday(rerun: true)
        // Today may be run again at any time: it is idempotent.
        try Self.nightly(store, today)
        try Self.nightly(store, today)
    }

    /// Several nights in a row: letter one, then letter two a fortnight on, then the case is handed to
    /// an officer for the NOSP — automation never serves a notice.
    @Test(arguments: StoreKind.tested) func severalNightsOnTheLadder(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.rentCase("L1")])
        try Self.switchOn(store)
        var sent: [(CivilDate, String)] = []
        for offset in 0...30 {
            let night = Self.night.adding(days: offset)
            let report = try Self.nightly(store, night).automation
            for r in report.acted { sent.append((night, r.step.rawValue)) }
        }
        #expect(sent.map(\.1) == ["letter_1", "letter_2"])
        #expect(sent[0].0 == Self.night)
        #expect(sent[1].0 == Self.night.adding(days: 14), "letter two as soon as the policy allows it")
        let summary = try #require(try store.summary(ref: "L1"))
        #expect(summary.actionId == RecommendedAction.sendNOSP.id, "handed to an officer for the notice")
        let file = try #require(try store.loadCase(ref: "L1"))
        #expect(file.letters.map(\.templateId) == ["rent_letter_1", "rent_letter_2"])
        #expect(file.letters.allSatisfy { $0.author == "system" })
    }
}

extension AutomationRunTests {
    /// A case owing £7.50 with a mobile: the first SMS.
    static func smsCase(_ ref: String, phones: [String] = ["07700 900123"]) -> CaseFile {
        var file = rentCase(ref, owed: "7.50")
        file.account.contacts[0].phones = phones
        return file
    }

    /// The whole ladder over many nights: arrears appear (the first SMS, as `system`, diary GAT),
    /// the debt grows (letter one), then letter two, then the case is handed to an officer for the
    /// NOSP. The SMS goes once, however many nights run.
    @Test(arguments: StoreKind.tested) func severalNightsFromTheFirstSMSToTheNotice(kind: StoreKind) throws {
        var file = Self.smsCase("S1")
        file.transactions.append(LedgerTransaction(date: Self.night.adding(days: 5), code: "DAJ", description: "Arrears", amount: gbp("600.00")))
        let store = try Self.store(kind, [file])
        try Self.switchOn(store, steps: [.firstSMS, .letterOne, .letterTwo])
        var sent: [(CivilDate, String)] = []
        for offset in 0...45 {
            let night = Self.night.adding(days: offset)
            for r in try Self.nightly(store, night, firstSMS: Self.firstSMS).automation.acted { sent.append((night, r.step.rawValue)) }
        }
        #expect(sent.map(\.1) == ["first_sms", "letter_1", "letter_2"], "\(sent)")
        #expect(sent.first?.0 == Self.night)
        let final = try #require(try store.summary(ref: "S1"))
        #expect(final.actionId == RecommendedAction.sendNOSP.id, "handed to an officer for the notice: \(final.actionId) \(sent)")
        let messages = try store.outboxMessages(accountRef: "S1")
        #expect(messages.map(\.id) == ["first_sms-20261130-S1-1"])
        #expect(messages.first?.recipient == "447700900123" && messages.first?.channel == .sms)
        let saved = try #require(try store.loadCase(ref: "S1"))
        let gat = try #require(saved.diary.first { $0.code == "GAT" })
        #expect(gat.user == "system")
        #expect(gat.comment.contains("to 447700900123 (1 fragment): Ms Amara Okafor, your rent account PS1 is £7.50 in arrears."))
        #expect(gat.comment.contains("Sent by automation: rule send_first_sms"))
    }

    @Test(arguments: StoreKind.tested) func theFirstSMSIsSkippedWithItsReason(kind: StoreKind) throws {
        let store = try Self.store(kind, [Self.smsCase("S1"), Self.smsCase("S2", phones: ["020 7946 0000"]), Self.smsCase("S3", phones: [])])
        try Self.switchOn(store, steps: [.firstSMS])
        let unset = try Self.nightly(store, Self.night, dryRun: true).automation
        #expect(unset.skipCounts["no_message_channel"] == 3, "no template: SMS not set up")
        let report = try Self.nightly(store, Self.night, firstSMS: Self.firstSMS).automation
        #expect(report.acted.map(\.ref) == ["S1"])
        #expect(report.skipCounts["no_mobile"] == 2)
        #expect(AutomationSkip.noMobile.text == "no valid UK mobile number")
        // The next night the SMS is inside its week: already sent.
        let next = try Self.nightly(store, Self.night.adding(days: 1), firstSMS: Self.firstSMS).automation
        #expect(next.acted.isEmpty)
        #expect(try store.outboxMessages(in: [.queued], limit: nil).count == 1)
    }
}

@Suite struct AutomationAuthorTests {
    @Test func nobodyCanBeTheSystemUser() {
        #expect(throws: ActionRefused.self) { try LoginName.check(AutomationRun.author) }
        #expect((try? LoginName.check("system.admin")) != nil)
    }
}
