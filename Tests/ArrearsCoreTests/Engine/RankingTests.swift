import Testing
@testable import ArrearsCore

/// The default ranking (docs/policy.md §3): Hackney's 2018–19 score with the days since the last payment
/// capped at 13 weeks and a weeks-of-charge factor; Hackney's scheme stays available as a named policy.
@Suite struct RankingTests {
    static let asOf = d("2024-06-05")

    /// A tenant owing `owed` after grace on a weekly charge of `weekly`, last paid `daysAgo` days ago.
    func tenant(_ type: AccountType = .secure, owed: String, weekly: String = "100.00", lastPaidDaysAgo daysAgo: Int) -> CaseBuilder {
        var b = CaseBuilder(type, weekly: gbp(weekly))
        let paid = Self.asOf.adding(days: -daysAgo)
        b.line("DAJ", gbp(owed) + gbp(weekly) + gbp("10"), on: paid.adding(days: -1))
        b.line("RPY", gbp("-10"), on: paid)
        return b
    }

    func points(_ b: CaseBuilder, _ factor: ScoreFactor, policy: Policy = .default) -> Int64 {
        b.classify(Self.asOf, policy: policy).priority[factor]
    }

    /// Days × whole weeks, counted up to 91 days: D−1, D and D+1 of the cap, and years on.
    static let capped: [(days: Int, milli: Int64)] = [(90, 108_000), (91, 118_300), (92, 118_300), (700, 118_300)]

    @Test(arguments: capped)
    func theRecencyFactorIsCapped(days: Int, milli: Int64) {
        let b = tenant(owed: "300.00", lastPaidDaysAgo: days)
        #expect(points(b, .daysSinceLastPayment) == milli)
        // Hackney's scheme has no cap: it keeps growing with the square of the days.
        #expect(points(b, .daysSinceLastPayment, policy: .hackney2018) == Int64(days * (days / 7) * 100))
    }

    @Test func recencyNeverRanksASmallOldDebtAboveALargeLiveOne() {
        let garage = tenant(.garage, owed: "131.00", weekly: "15.00", lastPaidDaysAgo: 700)
        let secure = tenant(owed: "7415.00", weekly: "150.00", lastPaidDaysAgo: 20)
        #expect(garage.classify(Self.asOf, policy: .hackney2018).score > secure.classify(Self.asOf, policy: .hackney2018).score,
                "Hackney's scheme puts the garage first")
        #expect(secure.classify(Self.asOf).score > garage.classify(Self.asOf).score)
    }

    /// Weeks of charge: the same debt weighs more on a smaller charge, and more owed never scores less.
    @Test func balanceCountsInWeeksOfTheAccountsOwnCharge() {
        let flat = tenant(owed: "500.00", weekly: "125.00", lastPaidDaysAgo: 10)
        let cheaper = tenant(owed: "500.00", weekly: "62.50", lastPaidDaysAgo: 10)
        #expect(points(flat, .weeksOfCharge) == 20_000)        // 4 weeks × 50 ÷ 10
        #expect(points(cheaper, .weeksOfCharge) == 40_000)     // 8 weeks
        #expect(points(flat, .weeksOfCharge, policy: .hackney2018) == 0)
        var previous = Int.min
        for owed in stride(from: 0, through: 5_000, by: 250) {
            let score = tenant(owed: "\(owed).00", lastPaidDaysAgo: 10).classify(Self.asOf).score
            #expect(score >= previous, "owing £\(owed) scored less than owing less")
            previous = score
        }
    }

    @Test func withinGraceOrWithoutAChargeThereAreNoWeeksOfCharge() {
        #expect(points(tenant(owed: "-50.00", lastPaidDaysAgo: 3), .weeksOfCharge) == 0)
        #expect(points(tenant(.sundry, owed: "900.00", weekly: "0.00", lastPaidDaysAgo: 3), .weeksOfCharge) == 0)
    }

    /// Every factor's contribution, as `w` shows it, adds up to the score under both schemes.
    @Test(arguments: [Policy.default, Policy.hackney2018])
    func theExplanationAddsUpUnderEitherScheme(policy: Policy) {
        for file in SyntheticCases.make(count: 400, seed: 21, asOf: Self.asOf) {
            let c = Classifier(policy: policy).classify(file, asOf: Self.asOf)
            let total = c.priority.contributions.reduce(Int64(0)) { $0 + $1.milliPoints }
            let rounded = Int(total >= 0 ? (total + 500) / 1000 : -((-total + 500) / 1000))
            #expect(rounded == c.score)
            #expect(c.priority.contributions.count == ScoreFactor.allCases.count)
        }
        let text = Explanation.text(for: tenant(owed: "500.00", lastPaidDaysAgo: 200).file,
                                    tenant(owed: "500.00", lastPaidDaysAgo: 200).classify(Self.asOf, policy: policy))
        #expect(text.contains("Weeks of charge owed") && text.contains("Days since last payment"))
        #expect(text.contains("Days since last payment (counted up to 91)") == (policy == .default))
    }

    @Test func hackneysSchemeIsANamedPolicy() throws {
        #expect(try PolicyFile.load(path: "hackney-2018-19") == .hackney2018)
        #expect(try PolicyFile.load(path: "default") == .default)
        #expect(Policy.hackney2018.score.daysSinceLastPaymentCap == 0 && Policy.hackney2018.score.weeksOfCharge == 0)
        #expect(Policy.default.score.daysSinceLastPaymentCap == 91 && Policy.default.score.weeksOfCharge == 50_000)
        var changed = Policy.hackney2018
        changed.score = Policy.default.score
        #expect(changed == .default, "the named policy differs only in the score")
        #expect(PolicyFile.render(.hackney2018).contains("score.days_since_last_payment_cap = 0"))
    }
}
