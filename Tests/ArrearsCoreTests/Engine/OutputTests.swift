import Foundation
import Testing
@testable import ArrearsCore

@Suite struct OutputTests {
    let asOf = d("2024-06-05")

    func nospCase() -> CaseBuilder {
        var b = CaseBuilder(ref: "100042")
        b.arrearsAfterGrace(gbp("1100"), asOf: asOf)
        b.diary("IC1", on: d("2024-05-01"))
        b.diary("IC2", on: d("2024-05-20"))
        return b
    }

    @Test func explainReadsAsACaseworkerWould() {
        let b = nospCase()
        let text = Explanation.text(for: b.file, b.classify(asOf))
        let expectedLines = [
            "Case 100042 · Secure · patch E01 · Ms Amara Okafor, Flat 1 Test House E8 1AA",
            "As of 5 June 2024. Route: Secure tenancy: Hackney's ladder to a NOSP and court.",
            "  Balance                         £1,200.00 in arrears",
            "  Arrears after one week's grace  £1,100.00 (11.00 weeks of charge)",
            "  Last communication              IC2 (Letter 2) on 20 May 2024",
            "Why red",
            "  Base band red, because:",
            "    - balance above £1,049.00 (saw £1,200.00)",
            "Next recommended action: Send NOSP",
            "  Every condition of this rule held:",
            "    ✓ arrears after one week's grace of at least 4 weeks' charge (£500.00 on an account with no regular charge) — saw £1,100.00",
            "    ✓ no NOSP still in force — saw none on file",
            "  ✗ Send letter one: needs the last communication is not a letter 1, letter 2, court warning or breach letter from the last 3 months; saw IC2 (Letter 2) on 20 May 2024",
        ]
        for line in expectedLines { #expect(text.contains(line + "\n"), "missing: \(line)") }
        #expect(text.contains("Priority score: "))
        #expect(!text.contains("Conflict:"))
    }

    @Test func explainSaysWhatAHoldHeldBack() {
        var b = nospCase()
        b.hold(.vulnerability, start: d("2024-02-01"))
        let text = Explanation.text(for: b.file, b.classify(asOf))
        #expect(text.contains("Next recommended action: Officer review: vulnerability\n"))
        #expect(text.contains("  The route's step \"Send NOSP\" is held by Vulnerability from 1 Feb 2024 (open-ended).\n"))
        #expect(text.contains("  ⏸ Send NOSP: every condition held, but held by vulnerability\n"))
    }

    @Test func explainShowsConflicts() {
        var b = nospCase()
        b.failedLetter(on: d("2024-06-01"))
        let text = Explanation.text(for: b.file, b.classify(asOf))
        #expect(text.contains("  Conflict: 2 rules fired (\"Review failed letter\", \"Send NOSP\"). The route's precedence puts \"Review failed letter\" first; the case shows \"Review failed letter\".\n"))
        #expect(text.contains("  ! Send NOSP: every condition held too (see the conflict above)\n"))
    }

    @Test func summaryFillsEveryField() {
        var b = CaseBuilder(.freehold, weekly: gbp("1300"), period: .halfYearly, debtKind: .serviceCharge, ref: "200007")
        b.line("DLS", gbp("1300"), on: d("2024-01-01"))
        b.diary("LF1", on: d("2024-05-01"))
        b.court(hearing: d("2024-07-01"))
        b.eviction(on: d("2024-09-01"))
        b.pause(until: d("2024-06-20"), reason: .delayedBenefit)
        b.hold(.dispute, start: d("2024-05-10"))
        b.agreement(instalment: gbp("50"), start: d("2024-06-03"), startingBalance: gbp("1300"))
        b.file.account.version = 7
        let c = b.classify(asOf)
        let s = ArrearsEngine.summary(of: b.file, c, officer: "jsmith")
        #expect(s.ref == "200007" && s.paymentRef == "P200007" && s.type == .freehold && s.debtKind == .serviceCharge)
        #expect(s.patch == "E01" && s.officer == "jsmith" && s.tenantName == "Amara Okafor")
        #expect(s.shortAddress == "Flat 1 Test House" && s.postcode == "E8 1AA")
        #expect(s.balance == gbp("1300") && s.collectableArrears == gbp("1300") && s.daysInArrears == 156)
        #expect(s.band == c.band && s.score == c.score && s.actionId == "no_action" && s.actionLabel == "No action")
        #expect(s.lastActionCode == "LF1" && s.lastActionDate == d("2024-05-01"))
        #expect(s.agreementState == .live && s.courtDate == d("2024-07-01") && s.evictionDate == d("2024-09-01"))
        #expect(s.pauseUntil == d("2024-06-20") && s.pauseReason == .delayedBenefit && s.pauseComment == "Will pay Friday")
        #expect(s.holds == [.dispute] && s.lastLetterCode == "LF1" && s.lastLetterDate == d("2024-05-01"))
        #expect(s.asOf == asOf && s.version == 7)
        #expect(s.explanationJSON.isEmpty, "explanations are recomputed on demand, not stored with every row")
        #expect(Explanation.storedJSON(c).hasPrefix("{\"ref\":\"200007\",\"as_of\":\"2024-06-05\",\"route\":\"service_charges\""))
    }

    @Test func theStoredExplanationLeavesOutTheWordingButExplainJSONHasIt() throws {
        let b = nospCase()
        let c = b.classify(asOf)
        let stored = Explanation.storedJSON(c)
        let full = Explanation.json(for: b.file, c)
        #expect(!stored.contains("requirement"))
        #expect(full.contains("\"requirement\": \"arrears after one week's grace of at least 4 weeks' charge (£500.00 on an account with no regular charge)\""))
        #expect(full.contains("\"arrears_after_grace_pence\": 110000"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(full.utf8)) as? [String: Any])
        let action = try #require(object["action"] as? [String: Any])
        #expect(action["id"] as? String == "send_nosp" && action["source"] as? String == "rule")
        let trace = try #require(object["trace"] as? [[String: Any]])
        #expect(trace.count == c.rules.count)
        #expect(trace.filter { $0["status"] as? String == "chosen" }.count == 1)
    }

    @Test func jsonEscapesWhatItMust() {
        var w = JSONWriter()
        w.beginObject()
        w.string("a\"b", "line\nnext\\ \u{01} £")
        w.null("n")
        w.beginArray("e")
        w.endArray()
        w.endObject()
        #expect(w.text == "{\"a\\\"b\":\"line\\nnext\\\\ \\u0001 £\",\"n\":null,\"e\":[]}")
        var pretty = JSONWriter(pretty: true)
        pretty.beginObject()
        pretty.int("x", 1)
        pretty.beginObject("y")
        pretty.endObject()
        pretty.endObject()
        #expect(pretty.text == "{\n  \"x\": 1,\n  \"y\": {}\n}")
    }

    func summaries() -> [CaseSummary] {
        var rows: [CaseSummary] = []
        for (i, (type, patch, amount)) in [(AccountType.secure, "E01", "1100"), (.secure, "E01", "50"), (.garage, "E02", "30"),
                                           (.secure, "E02", "-20")].enumerated() {
            var b = CaseBuilder(type, weekly: type == .garage ? gbp("40") : gbp("100"), period: type == .garage ? .monthly : .weekly,
                                ref: "R\(i)")
            b.file.account.patch = patch
            b.collectable(gbp(amount), asOf: asOf)
            rows.append(ArrearsEngine.summary(of: b.file, b.classify(asOf), officer: i == 3 ? nil : "agent\(i % 2)"))
        }
        return rows
    }

    @Test func snapshotCountsCasesAndArrearsByBandActionPatchTypeAndOfficer() {
        let rows = summaries()
        #expect(rows.map(\.band) == [.red, .green, .green, .clear])     // the account in credit has no band
        #expect(rows.map(\.actionId) == ["send_letter_one", "no_action", "send_garage_reminder", "no_action"])
        let snap = ClassifySnapshot.make(from: rows, asOf: asOf)
        #expect(snap.counts["band:red"] == 1 && snap.counts["band:green"] == 2 && snap.counts["band:amber"] == nil)
        #expect(snap.counts["band:clear"] == 1 && snap.arrears["band:clear"] == 0)
        #expect(snap.arrears["band:green"] == 8_000)   // £50 + £30
        #expect(snap.counts["action:no_action"] == 2 && snap.arrears["action:send_letter_one"] == 110_000)
        #expect(snap.counts["patch:E01:red"] == 1 && snap.counts["patch:E02:green"] == 1 && snap.counts["patch:E02:clear"] == 1)
        #expect(snap.counts["type:SEC:green"] == 1 && snap.counts["type:GAR:green"] == 1 && snap.counts["type:SEC:clear"] == 1)
        #expect(snap.counts["officer:agent0:red"] == 1 && snap.counts["officer:unassigned:clear"] == 1)
        #expect(snap.asOf == asOf)
    }

    @Test func classifyReportPrintsBandsAndActions() throws {
        let report = ClassifyReport(summaries: summaries(), conflicts: 0, asOf: asOf)
        #expect(report.total == 4)
        #expect(report.actionCounts.map(\.action) == ["no_action", "send_garage_reminder", "send_letter_one"])
        let text = report.text
        #expect(text.hasPrefix("Classified 4 cases as of 5 June 2024.\n"))
        #expect(text.contains("R Red              1         £1,100.00\n"))
        #expect(text.contains("G Green            2            £80.00\n"))
        #expect(text.contains("- Clear            1             £0.00\n"))
        #expect(text.contains("No action                                                2            £50.00\n"))
        #expect(text.hasSuffix("No rule conflicts.\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
        #expect(object["total"] as? Int == 4)
    }
}
