import Testing
@testable import ArrearsCore

/// RAG only for cases in arrears (issue 9 §4): a case with nothing overdue (collectable arrears of £0 or
/// less) is "clear", never red, amber or green, whatever its payment rhythm, notices or score.
@Suite struct NotInArrearsTests {
    static let asOf = d("2024-06-03")

    /// A policy that would make almost anything red: a case not in arrears must still be clear under it.
    static let harsh: Policy = {
        try! PolicyFile.parse("""
            band.red.balance_above = 0.00
            band.red.payment_date_delta_above = 0
            band.amber_when_score_above = 0
            band.red_when_score_above = 0
            band.green_when_live_agreement = no
            """, file: "harsh")
    }()

    @Test(arguments: [UInt64(11), 12, 13])
    func noCaseNotInArrearsIsEverRedOrAmber(seed: UInt64) {
        var generator = SeededGenerator(seed: seed)
        for policy in [Policy.default, Self.harsh] {
            let classifier = Classifier(policy: policy)
            for var file in SyntheticCases.make(count: 1_200, seed: seed, asOf: Self.asOf) {
                // Half the cases are paid up to, or beyond, their whole balance on the as-of date.
                if generator.next() % 2 == 0 {
                    let over = Int64(generator.next() % 20_000)
                    file.transactions.append(LedgerTransaction(date: Self.asOf, code: "RPY", description: "Payment",
                                                               amount: Money(pence: -(file.balance.pence + over))))
                }
                let c = classifier.classify(file, asOf: Self.asOf)
                if !c.measures.isInArrears {
                    #expect(c.band == .clear, "\(file.ref): \(c.measures.collectableArrears.tableText) overdue is \(c.band)")
                    #expect(c.bandDecision.reasons.map(\.rule) == [.clearNotInArrears])
                } else {
                    #expect(c.band.isRAG, "\(file.ref) is in arrears")
                }
                if !file.transactions.balance(asOf: Self.asOf).isPositive { #expect(c.band == .clear) }
            }
        }
    }

    /// £0.01 overdue is in arrears; £0.00 and credit are not. Payment dates drifting by more than 3 days made such
    /// cases red before.
    @Test(arguments: [("-25.00", Band.clear), ("0.00", .clear), ("0.01", .red)])
    func theBoundaryIsAPennyOverdue(collectable: String, expected: Band) {
        var b = CaseBuilder()
        b.collectable(gbp(collectable), asOf: Self.asOf)
        b.line("RPY", gbp("-10"), on: d("2024-03-01"))
        b.line("RPY", gbp("-10"), on: d("2024-03-08"))
        b.line("RPY", gbp("-10"), on: d("2024-03-25"))
        b.line("DAJ", gbp("30"), on: d("2024-03-26"))
        let c = b.classify(Self.asOf)
        #expect(abs(c.measures.paymentDateDelta ?? 0) > 3, "payment dates drifting: the rule that made credit cases red")
        #expect(c.band == expected)
    }

    /// Owing only this week's rent, not yet overdue: clear. The same as a week behind: banded.
    @Test func chargesNotYetDueAreNotArrears() {
        var b = CaseBuilder()
        b.line("DBR", gbp("100"), on: d("2024-06-03"))
        let c = b.classify(Self.asOf)
        #expect(c.measures.balance == gbp("100") && c.measures.collectableArrears == .zero)
        #expect(c.band == .clear)
        #expect(b.classify(d("2024-06-10")).band.isRAG)
    }

    @Test func classifyTotalsLeaveClearCasesOutOfTheBands() {
        let files = SyntheticCases.make(count: 600, seed: 3, asOf: Self.asOf)
        let (rows, conflicts) = Classifier().summaries(files, asOf: Self.asOf) { _ in nil }
        let report = ClassifyReport(summaries: rows, conflicts: conflicts, asOf: Self.asOf)
        let counts = Dictionary(uniqueKeysWithValues: report.bandCounts.map { ($0.band, $0.count) })
        #expect(counts[.clear] == rows.filter { $0.band == .clear }.count)
        #expect(Band.rag.reduce(0) { $0 + (counts[$1] ?? 0) } == rows.filter { $0.collectableArrears.isPositive }.count)
        #expect(report.text.contains("- Clear"))
        #expect(rows.filter { $0.band == .red }.allSatisfy { $0.collectableArrears.isPositive })
    }
}

