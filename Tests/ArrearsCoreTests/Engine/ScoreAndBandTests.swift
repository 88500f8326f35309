import Testing
@testable import ArrearsCore

@Suite struct ScoreAndBandTests {
    let asOf = d("2024-06-05")

    /// A worked example of Hackney's formula: raw = 500×1.2 + 100×1.5 + 28×4×1 + 10×1 + |−2|×5 + 1×50 + 20 = 952,
    /// score = round((952 − 500) / 10) = round(45.2) = 45.
    @Test func scoreFollowsHackneysWeights() {
        var b = CaseBuilder()
        b.line("DAJ", gbp("790"), on: d("2024-02-26"))
        b.line("RPY", gbp("-100"), on: d("2024-04-24"))
        b.line("RPY", gbp("-100"), on: d("2024-05-02"))
        b.line("RPY", gbp("-90"), on: d("2024-05-08"))
        b.agreement(instalment: gbp("10"), start: d("2023-01-02"), startingBalance: gbp("500"),
                    states: [(.breached, d("2023-03-01")), (.cancelled, d("2023-04-01"))])
        b.notice(.noticeOfSeekingPossession, servedOn: d("2024-04-01"))
        let c = b.classify(asOf, policy: .hackney2018)
        let m = c.measures
        #expect(m.balance == gbp("500") && m.daysInArrears == 100 && m.daysSinceLastPayment == 28)
        #expect(m.paymentAmountDelta == gbp("10") && m.paymentDateDelta == -2 && m.brokenAgreements == 1)
        let p = c.priority
        #expect(p[.balance] == 10_000)
        #expect(p[.daysInArrears] == 15_000)
        #expect(p[.daysSinceLastPayment] == 11_200)
        #expect(p[.paymentAmountDelta] == 1_000)
        #expect(p[.paymentDateDelta] == 1_000)
        #expect(p[.brokenAgreements] == 5_000)
        #expect(p[.noticeServedInYear] == 2_000 && p[.noticeServedInMonth] == 0 && p[.activeAgreement] == 0)
        #expect(c.score == 45)
        #expect(p.contributions.first?.factor == .daysInArrears)
    }

    @Test func manyBrokenAgreementsAddTheFlatExtra() {
        var m = baseMeasures()
        m.brokenAgreements = 3
        #expect(PriorityScore(m, policy: .default)[.brokenAgreements] == 15_000)
        m.brokenAgreements = 4
        #expect(PriorityScore(m, policy: .default)[.brokenAgreements] == 25_000)
    }

    @Test func scoreRoundsHalfAwayFromZero() {
        var m = baseMeasures()
        m.balance = .zero
        m.daysInArrears = 3            // 3 × 1.5 / 10 = 0.45
        #expect(PriorityScore(m, policy: .default).score == 0)
        m.daysInArrears = 7            // 1.05
        m.balance = gbp("-225")        // −225 × 0.2 / 10 = −4.5
        #expect(PriorityScore(m, policy: .default).score == -3)   // 1.05 − 4.5 = −3.45
        m.daysInArrears = 0
        #expect(PriorityScore(m, policy: .default).score == -5)   // −4.5 rounds away from zero
    }

    func baseMeasures() -> Measures {
        var b = CaseBuilder()
        b.line("DAJ", gbp("100"), on: d("2024-05-01"))
        var m = Classifier().measures(of: b.file, asOf: asOf)
        m.balance = gbp("100"); m.daysInArrears = 10; m.daysSinceLastPayment = nil
        m.paymentAmountDelta = nil; m.paymentDateDelta = nil; m.brokenAgreements = 0
        m.noticeServedInYear = false; m.noticeServedInMonth = false
        return m
    }

    enum Tweak: Sendable { case balance(String), days(Int), noticeAndQuiet(Int?), broken(Int), amountDelta(String), dateDelta(Int) }

    @Test(arguments: [
        (Tweak.balance("350.00"), Band.green, BandReason.Rule.greenOtherwise),
        (.balance("350.01"), .amber, .amberBalance),
        (.balance("1049.00"), .amber, .amberBalance),
        (.balance("1049.01"), .red, .redBalance),
        (.days(111), .green, .greenOtherwise),         // 15 whole weeks
        (.days(112), .amber, .amberWeeksInArrears),     // 16 whole weeks
        (.days(216), .amber, .amberWeeksInArrears),     // 30 whole weeks
        (.days(217), .red, .redWeeksInArrears),         // 31 whole weeks
        (.noticeAndQuiet(27), .amber, .amberNoticeServed),
        (.noticeAndQuiet(28), .red, .redNoticeNoPayment),
        (.noticeAndQuiet(nil), .red, .redNoticeNoPayment),
        (.broken(1), .amber, .amberBrokenAgreements),
        (.broken(2), .amber, .amberBrokenAgreements),
        (.broken(3), .red, .redBrokenAgreements),
        (.amountDelta("0.00"), .green, .greenOtherwise),
        (.amountDelta("0.01"), .red, .redPaymentAmountDelta),
        (.dateDelta(3), .green, .greenOtherwise),
        (.dateDelta(-3), .green, .greenOtherwise),
        (.dateDelta(4), .red, .redPaymentDateDelta),
        (.dateDelta(-4), .red, .redPaymentDateDelta),
    ] as [(Tweak, Band, BandReason.Rule)])
    func baseBandBoundaries(tweak: Tweak, band: Band, rule: BandReason.Rule) {
        var m = baseMeasures()
        switch tweak {
        case .balance(let text): m.balance = gbp(text)
        case .days(let n): m.daysInArrears = n
        case .noticeAndQuiet(let days): m.noticeServedInYear = true; m.daysSinceLastPayment = days
        case .broken(let n): m.brokenAgreements = n
        case .amountDelta(let text): m.paymentAmountDelta = gbp(text); m.paymentDateDelta = 0
        case .dateDelta(let n): m.paymentDateDelta = n; m.paymentAmountDelta = .zero
        }
        let decision = BandDecision(m, score: 0, policy: .default)
        #expect(decision.band == band)
        #expect(decision.reasons.map(\.rule) == [rule])
    }

    @Test func everyRedRuleThatHoldsIsKept() {
        var m = baseMeasures()
        m.balance = gbp("2000"); m.daysInArrears = 300; m.brokenAgreements = 5
        let decision = BandDecision(m, score: 0, policy: .default)
        #expect(decision.band == .red)
        #expect(decision.reasons.map(\.rule) == [.redWeeksInArrears, .redBalance, .redBrokenAgreements])
    }

    @Test(arguments: [
        (Band.green, 150, Band.green, [BandReason.Rule.greenOtherwise]),
        (.green, 151, .amber, [.greenOtherwise, .overrideScoreToAmber]),
        (.green, 900, .amber, [.greenOtherwise, .overrideScoreToAmber]),   // one band at most, as Hackney
        (.amber, 500, .amber, [.amberBalance]),
        (.amber, 501, .red, [.amberBalance, .overrideScoreToRed]),
        (.red, -40, .red, [.redBalance]),                                   // red is never lowered
    ] as [(Band, Int, Band, [BandReason.Rule])])
    func scoreOverrides(base: Band, score: Int, band: Band, rules: [BandReason.Rule]) {
        var m = baseMeasures()
        m.balance = base == .green ? gbp("100") : (base == .amber ? gbp("500") : gbp("5000"))
        let decision = BandDecision(m, score: score, policy: .default)
        #expect(decision.band == band)
        #expect(decision.reasons.map(\.rule) == rules)
    }

    @Test func aLiveAgreementKeepsTheCaseGreenWhateverTheScore() {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("3000"), asOf: asOf)
        b.agreement(instalment: gbp("10"), start: d("2024-06-03"), startingBalance: gbp("3100"))
        let m = Classifier().measures(of: b.file, asOf: asOf)
        #expect(m.agreement?.state == .live)
        let decision = BandDecision(m, score: 800, policy: .default)
        #expect(decision.band == .green)
        #expect(decision.reasons.map(\.rule) == [.greenLiveAgreement, .keptGreenForAgreement])
    }

    @Test func aBreachedAgreementDoesNotKeepTheCaseGreen() {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("3000"), asOf: asOf)
        b.agreement(instalment: gbp("100"), start: d("2024-03-04"), startingBalance: gbp("3000"))
        let c = b.classify(asOf)
        #expect(c.measures.agreement?.state == .breached)
        #expect(c.band == .red)
        #expect(c.bandDecision.reasons.contains { $0.rule == .redBalance })
    }

    @Test func policyThresholdsMoveTheBand() throws {
        var m = baseMeasures()
        m.balance = gbp("600")
        let strict = try PolicyFile.parse("band.amber.balance_above = 700", file: "t")
        #expect(BandDecision(m, score: 0, policy: .default).band == .amber)
        #expect(BandDecision(m, score: 0, policy: strict).band == .green)
    }
}
