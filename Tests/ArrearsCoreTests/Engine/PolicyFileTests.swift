import Foundation
import Testing
@testable import ArrearsCore

@Suite struct PolicyFileTests {
    @Test func builtInTextSetsEveryKeyExactlyOnce() throws {
        let names = PolicyFile.defaultText.split(separator: "\n").compactMap { line -> String? in
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            guard let eq = content.firstIndex(of: "=") else { return nil }
            return content[..<eq].trimmingCharacters(in: .whitespaces)
        }
        #expect(names.sorted() == PolicyKey.all.map(\.name).sorted())
        #expect(Set(names).count == names.count)
    }

    @Test func defaultIsHackneysScheme() {
        let p = Policy.default
        #expect(p.score.balance == 1200 && p.score.balanceOffset == 1000 && p.score.daysInArrears == 1500)
        #expect(p.score.paymentDateDelta == 5000 && p.score.brokenAgreement == 50_000 && p.score.divisor == 10)
        #expect(p.band.redBalanceAbove == gbp("1049.00") && p.band.amberBalanceAbove == gbp("350.00"))
        #expect(p.band.amberScoreAbove == 150 && p.band.redScoreAbove == 500)
        #expect(p.rules.smsMinimumArrears == gbp("5") && p.rules.letterMinimumArrears == gbp("10"))
        #expect(p.rules.letterTwoAfterDays == 14 && p.rules.possessionMinimumWeeks == 4 && p.rules.letterRepeatMonths == 3)
        #expect(p.notices.nospPeriodDays == 28 && p.notices.validityWeeks == 52 && p.agreements.toleranceDays == 5)
        #expect(p.holds.breathingSpaceDays == 60 && p.notices.garageNoticeDays == 7 && p.notices.letterOfClaimReplyDays == 30)
    }

    @Test func renderedPolicyParsesBackToItself() throws {
        var changed = Policy.default
        changed.score.balance = 1250
        changed.band.redBalanceAbove = gbp("999.99")
        changed.band.greenWhenLiveAgreement = false
        let text = PolicyFile.render(changed)
        #expect(try PolicyFile.parse(text, file: "round.policy", base: .unset) == changed)
    }

    @Test func teamFileChangesOnlyWhatItLists() throws {
        let text = """
        # Our team's thresholds
        rules.letter.minimum_arrears = £15   # letters from £15
          band.red.balance_above=2000

        score.weight.active_agreement = -100
        """
        let p = try PolicyFile.parse(text, file: "team.policy")
        #expect(p.rules.letterMinimumArrears == gbp("15"))
        #expect(p.band.redBalanceAbove == gbp("2000"))
        #expect(p.score.activeAgreement == -100_000)
        #expect(p.rules.smsMinimumArrears == Policy.default.rules.smsMinimumArrears)
    }

    @Test(arguments: [
        ("band.red.balance = 1049", 1, "unknown key 'band.red.balance' (did you mean 'band.red.balance_above'?)"),
        ("# fine\nrules.sms.repeat_days = seven", 2, "'rules.sms.repeat_days' needs a whole number of 0 or more, not 'seven'"),
        ("rules.sms.repeat_days = 7\n\nrules.sms.repeat_days = 8", 3, "duplicate key 'rules.sms.repeat_days' (first set on line 1)"),
        ("score.weight.balance = 1.2345", 1, "'score.weight.balance' needs a number with at most three decimal places, not '1.2345'"),
        ("band.red.balance_above = lots", 1, "'band.red.balance_above' needs an amount of money such as 10.00, not 'lots'"),
        ("band.red.balance_above = -5", 1, "'band.red.balance_above' needs an amount of money such as 10.00, not '-5'"),
        ("notice.validity_weeks = -1", 1, "'notice.validity_weeks' needs a whole number of 0 or more, not '-1'"),
        ("band.green_when_live_agreement = maybe", 1, "'band.green_when_live_agreement' needs yes or no, not 'maybe'"),
        ("\n\njust some words", 3, "expected 'key = value', found 'just some words'"),
        ("score.divisor = 0", 1, "'score.divisor' must be at least 1"),
        ("agreements.tolerance_days =", 1, "'agreements.tolerance_days' has no value"),
        ("= 5", 1, "a value without a key"),
        ("completely.different = 1", 1, "unknown key 'completely.different'"),
    ] as [(String, Int, String)])
    func refusesBadFilesNamingTheLine(text: String, line: Int, message: String) {
        #expect(throws: PolicyError(file: "team.policy", line: line, message: message)) {
            try PolicyFile.parse(text, file: "team.policy")
        }
        let error = PolicyError(file: "team.policy", line: line, message: message)
        #expect(error.description == "team.policy:\(line): \(message)")
    }

    @Test func loadsAFileAndNamesAnUnreadableOne() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("engine-policy-\(UUID().uuidString).policy").path
        try "rules.letter.minimum_arrears = 12.50\n".write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try PolicyFile.load(path: path).rules.letterMinimumArrears == gbp("12.50"))
        do {
            _ = try PolicyFile.load(path: path + ".missing")
            Issue.record("a missing file was accepted")
        } catch {
            #expect(error.line == 0 && error.description.hasPrefix(path + ".missing: cannot be read"))
        }
    }

    @Test func docsDescribeEveryKey() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/policy.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        for key in PolicyKey.all { #expect(text.contains("`\(key.name)`"), "docs/policy.md does not describe \(key.name)") }
        for action in RecommendedAction.allCases { #expect(text.contains("`\(action.rawValue)`"), "docs/policy.md lacks \(action.rawValue)") }
    }
}
