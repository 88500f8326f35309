import Foundation
import Testing
@testable import ArrearsCore

@Suite struct LetterTemplateCatalogueTests {
    let catalogue = LetterFixtures.catalogue

    @Test func shipsEveryLetterWithItsDiaryCode() {
        let codes = Dictionary(grouping: catalogue.templates, by: \.diaryCode).mapValues { $0.map(\.id).sorted() }
        #expect(codes["IC1"] == ["rent_letter_1"])
        #expect(codes["IC2"] == ["rent_letter_2"])
        #expect(codes["IC4"] == ["court_warning"])
        #expect(codes["CDL"] == ["court_date"])
        #expect(codes["IC5"] == ["court_outcome", "court_outcome_outright", "court_outcome_terms"])
        #expect(codes["IAC"] == ["informal_agreement_confirmation"])
        #expect(codes["BLI"] == ["informal_agreement_breach"])
        #expect(codes["CBL"] == ["formal_agreement_breach"])
        for (code, variant) in [("LF", "freehold"), ("LL", "leasehold"), ("LS", "shared_ownership")] {
            #expect(codes["\(code)1"] == ["leasehold_letter_1_\(variant)"])
            #expect(codes["\(code)2"] == ["leasehold_letter_2_\(variant)"])
        }
        #expect(codes["SLB"] == ["leasehold_letter_before_action"])
        #expect(codes["MW1"] == ["major_works_letter_1"])
        #expect(codes["MW2"] == ["major_works_letter_2"])
        #expect(codes["MW3"] == ["major_works_letter_before_action"])
        #expect(codes["NOP"] == ["notice_of_proceedings"])
        #expect(codes["NTQ"] == ["garage_notice_to_quit", "notice_to_quit"])
        #expect(codes["DCL"] == ["sundry_letter_of_claim"])
        #expect(catalogue.templates.count == 24)
    }

    @Test(arguments: [
        (AccountType.secure, DebtKind?.none, Role.agent,
         ["rent_letter_1", "rent_letter_2", "court_warning", "court_date", "court_outcome", "court_outcome_terms",
          "court_outcome_outright", "informal_agreement_confirmation", "informal_agreement_breach", "formal_agreement_breach"]),
        (.introductory, nil, .agent,
         ["rent_letter_1", "rent_letter_2", "court_warning", "court_date", "court_outcome", "court_outcome_terms",
          "court_outcome_outright", "informal_agreement_confirmation", "informal_agreement_breach", "formal_agreement_breach",
          "notice_of_proceedings"]),
        (.garage, nil, .agent, ["informal_agreement_confirmation", "informal_agreement_breach", "garage_notice_to_quit"]),
        (.sundry, nil, .teamLead, ["informal_agreement_confirmation", "informal_agreement_breach", "sundry_letter_of_claim"]),
        (.temporaryLicence, nil, .agent, ["rent_letter_1", "rent_letter_2", "informal_agreement_confirmation", "informal_agreement_breach"]),
        (.leasehold, .serviceCharge, .leaseholdOfficer,
         ["leasehold_letter_1_leasehold", "leasehold_letter_2_leasehold", "leasehold_letter_before_action"]),
        (.freehold, .serviceCharge, .teamLead,
         ["leasehold_letter_1_freehold", "leasehold_letter_2_freehold", "leasehold_letter_before_action"]),
        (.sharedOwnership, .majorWorks, .leaseholdOfficer,
         ["major_works_letter_1", "major_works_letter_2", "major_works_letter_before_action"]),
        // The wrong team, or a role that sends nothing, is offered nothing.
        (.leasehold, .serviceCharge, .agent, []),
        (.secure, nil, .leaseholdOfficer, []),
        (.secure, nil, .auditor, []),
        (.leasehold, .majorWorks, .administrator, []),
    ] as [(AccountType, DebtKind?, Role, [String])])
    func offersTemplatesByAccountAndRole(type: AccountType, kind: DebtKind?, role: Role, expected: [String]) {
        #expect(catalogue.offered(for: type, debtKind: kind, role: role).map(\.id) == expected)
    }

    @Test func teamLeadsSeeBothSetsAndAuditorsNone() {
        #expect(catalogue.offered(to: .teamLead).count == catalogue.templates.count)
        #expect(catalogue.offered(to: .agent).allSatisfy { $0.serviceArea == .rent })
        #expect(catalogue.offered(to: .leaseholdOfficer).allSatisfy { $0.serviceArea == .leasehold })
        #expect(catalogue.offered(to: .auditor).isEmpty)
    }

    /// Headers stay honest: whatever a template prints whatever the data is declared mandatory
    /// (the sender's details are always there, so they need not be).
    @Test(arguments: LetterTemplateCatalogue.standard.templates.map(\.id))
    func headerDeclaresWhatTheBodyNeeds(id: String) {
        let t = LetterFixtures.template(id)
        let undeclared = t.unconditionalFields.filter { $0.source != .letter && !t.mandatoryFields.contains($0) }
        #expect(undeclared.isEmpty, "\(id) prints \(undeclared.map(\.rawValue)) without declaring them")
        #expect(t.mandatoryFields.contains(.tenantName))
    }

    /// Rendered for a case with every field filled, each template comes to the page count its
    /// header declares, fits the page width, and has whole pages.
    @Test(arguments: LetterTemplateCatalogue.standard.templates.map(\.id))
    func rendersToItsDeclaredPages(id: String) {
        let t = LetterFixtures.template(id)
        let letter = LetterFixtures.render(t, caseFile: LetterFixtures.caseFitting(t))
        let verdict = LetterValidation.validate(letter)
        #expect(verdict.problems.isEmpty, "\(verdict.messages)")
        #expect(letter.pageCount == t.estimatedPages)
        #expect(verdict.localPrint == t.isLocalPrint)
        for page in letter.pages {
            #expect(page.count == LetterPageGeometry.linesPerPage)
            #expect(page.allSatisfy { $0.count <= LetterPageGeometry.width }, "\(page.filter { $0.count > LetterPageGeometry.width })")
        }
        #expect(!letter.text.contains("{{"))
    }

    @Test func letterBeforeActionIsLongEnoughToNeedLocalPrint() {
        for id in ["leasehold_letter_before_action", "major_works_letter_before_action", "sundry_letter_of_claim"] {
            #expect(LetterFixtures.template(id).isLocalPrint)
        }
        #expect(catalogue.templates.filter(\.isLocalPrint).count == 3)
    }

    @Test func courtOutcomeVariantFollowsTheOutcome() {
        let variant = { (outcome: CourtOutcome, terms: Bool?) in
            catalogue.courtOutcomeTemplate(for: LetterFixtures.fullCase(outcome: outcome, terms: terms))?.id
        }
        #expect(variant(.outrightPossessionForthwith, nil) == "court_outcome_outright")
        #expect(variant(.suspensionOnTerms, true) == "court_outcome_terms")
        #expect(variant(.adjournedGenerally, false) == "court_outcome")
        #expect(variant(.withdrawn, nil) == "court_outcome")
    }

    @Test(arguments: [
        ("title: T\n---\nbody", "x.letter:1: header needs `code:`"),
        ("id: x\ntitle: T\ncode: ZZZ\n---\n", "x.letter:3: `ZZZ` is not an action-diary code"),
        ("id: x\ntitle: T\ncode: IC1\narea: rent\naccounts: LEA\n---\n", "x.letter:5: `LEA` accounts are not rent accounts"),
        ("id: x\ntitle: T\ncode: IC1\narea: rent\naccounts: SEC\npages: 1\norder: 1\ncolour: red\n---\n",
         "x.letter:8: unknown header key `colour`"),
        ("id: x\ntitle: T\ncode: IC1\narea: rent\naccounts: SEC\npages: 1\norder: 1\n---\nDear {{tenant}}",
         "x.letter:9: `tenant` is not a letter field"),
        ("id: x\ntitle: T\ncode: IC1\narea: rent\naccounts: SEC\npages: 1\norder: 1\n---\n{{#rent}}\nA",
         "x.letter:9: section `rent` is never closed"),
        ("id: x\ntitle: T\ncode: IC1\narea: rent\naccounts: SEC\npages: 1\norder: 1\n---\n{{> nothing}}",
         "x.letter:9: no partial `nothing`"),
        ("id: y\ntitle: T\ncode: IC1\narea: rent\naccounts: SEC\npages: 1\norder: 1\n---\n",
         "x.letter:1: id `y` does not match the file name"),
        ("id: x\ntitle: T\n", "x.letter:1: no `---` line ends the header"),
    ])
    func explainsBrokenTemplates(text: String, message: String) {
        #expect(throws: LetterTemplateError.self) {
            _ = try LetterTemplateParser.parseTemplate(file: "x.letter", text: text, partials: { _ in nil })
        }
        do {
            _ = try LetterTemplateParser.parseTemplate(file: "x.letter", text: text, partials: { _ in nil })
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test func loadsAFolderAndRefusesPartialCycles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letters-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let header = "id: a\ntitle: A\ncode: IC1\narea: rent\naccounts: SEC\nmandatory: tenant_name\npages: 1\norder: 1\n---\n"
        try (header + "{{> one}}\n").write(to: dir.appendingPathComponent("a.letter"), atomically: true, encoding: .utf8)
        try "Hello {{tenant_name}}\n{{> two}}\n".write(to: dir.appendingPathComponent("one.part"), atomically: true, encoding: .utf8)
        try "Bye\n".write(to: dir.appendingPathComponent("two.part"), atomically: true, encoding: .utf8)
        let loaded = try LetterTemplateCatalogue.load(from: dir)
        #expect(loaded.templates.map(\.id) == ["a"])
        #expect(loaded.templates[0].referencedFields == [.tenantName])

        try "{{> one}}\n".write(to: dir.appendingPathComponent("two.part"), atomically: true, encoding: .utf8)
        #expect(throws: LetterTemplateError.self) { try LetterTemplateCatalogue.load(from: dir) }
    }
}

/// The letter the engine's next action calls for, and the template a diary code was written by.
@Suite struct RecommendedLetterTests {
    @Test(arguments: [
        ("send_letter_one", "rent_letter_1"), ("send_letter_two", "rent_letter_2"),
        ("send_court_warning_letter", "court_warning"), ("address_court_agreement_breach", "formal_agreement_breach"),
        ("send_informal_agreement_breach_letter", "informal_agreement_breach"), ("apply_for_court_date", nil),
        ("no_action", nil), ("not_an_action", nil),
    ] as [(String, String?)])
    func rentActions(action: String, template: String?) {
        let file = LetterFixtures.fullCase(.secure)
        let offered = LetterTemplateCatalogue.standard.offered(for: .secure, debtKind: nil, role: .agent)
        #expect(LetterTemplateCatalogue.recommended(among: offered, actionId: action, caseFile: file)?.id == template)
    }

    @Test func leaseholdLettersFollowTheTenure() {
        let file = LetterFixtures.fullCase(.freehold, debtKind: .serviceCharge)
        let offered = LetterTemplateCatalogue.standard.offered(for: .freehold, debtKind: .serviceCharge, role: .leaseholdOfficer)
        #expect(LetterTemplateCatalogue.recommended(among: offered, actionId: "send_service_charge_letter_two", caseFile: file)?.id
                == "leasehold_letter_2_freehold")
    }

    @Test func theCourtOutcomeCodePicksTheVariantThatFits() {
        let all = LetterTemplateCatalogue.standard.templates
        let outright = LetterFixtures.fullCase(.secure, outcome: .outrightPossessionWithDate, terms: false)
        #expect(LetterTemplateCatalogue.writing("IC5", among: all, for: outright)?.id == "court_outcome_outright")
        let terms = LetterFixtures.fullCase(.secure, outcome: .suspensionOnTerms, terms: true)
        #expect(LetterTemplateCatalogue.writing("IC5", among: all, for: terms)?.id == "court_outcome_terms")
    }

    @Test func messagesNameTemplatesByTitle() {
        #expect(LetterTemplateCatalogue.title(ofTemplate: "rent_letter_2") == "Letter 2: rent arrears")
        #expect(LetterTemplateCatalogue.title(ofTemplate: "retired_template") == "retired_template")
    }
}
