import Foundation
import Testing
@testable import ArrearsCore

/// Random cases from a seeded generator: every case gets exactly one action, any overlap is reported,
/// and the answer never changes.
@Suite struct PropertyTests {
    static let dates = [d("2024-06-03"), d("2024-02-29"), d("2023-12-31")]

    @Test(arguments: [UInt64(1), 2, 3])
    func exactlyOneActionOrAReportedConflict(seed: UInt64) {
        let asOf = Self.dates[Int(seed) % Self.dates.count]
        let cases = SyntheticCases.make(count: 1_500, seed: seed, asOf: asOf)
        let classifier = Classifier()
        for file in cases {
            let c = classifier.classify(file, asOf: asOf)
            let fired = c.outcomes.filter(\.fired)
            if fired.count > 1 {
                #expect(c.conflict?.fired == fired.map(\.action), "\(file.ref)")
                #expect(c.conflict?.chosen == c.action)
            } else {
                #expect(c.conflict == nil, "\(file.ref)")
            }
            switch c.source {
            case .rule(let winner):
                #expect(winner.fired && winner.action == c.action)
                let allowed = fired.filter { o in !c.held.contains { $0.action == o.action } }
                #expect(allowed.first?.ruleIndex == winner.ruleIndex, "the first unheld rule wins: \(file.ref)")
            case .hold(let step):
                #expect(c.held.first == step)
                #expect(fired.allSatisfy { o in c.held.contains { $0.action == o.action } })
            case .noRuleFired:
                #expect(fired.isEmpty && c.action == .noAction)
            }
            for step in c.trace {
                switch step.status {
                case .stopped: #expect(step.conditions.count == 1 && step.conditions[0].passed == false)
                default: #expect(!step.conditions.isEmpty && step.conditions.allSatisfy(\.passed))
                }
            }
            #expect(c.outcomes.count == c.rules.count)
        }
    }

    @Test func theSameAnswerEveryTime() throws {
        let asOf = d("2024-06-03")
        let cases = SyntheticCases.make(count: 800, seed: 42, asOf: asOf)
        let again = SyntheticCases.make(count: 800, seed: 42, asOf: asOf)
        #expect(cases == again)
        let parsed = Classifier(policy: try PolicyFile.parse(PolicyFile.defaultText, file: "copy", base: .unset))
        let sequential = cases.map { Classifier().classify($0, asOf: asOf) }
        let parallel = Classifier().classifyAll(cases, asOf: asOf)
        for i in cases.indices {
            let first = Explanation.storedJSON(sequential[i])
            #expect(Explanation.storedJSON(parallel[i]) == first)
            #expect(Explanation.storedJSON(parsed.classify(cases[i], asOf: asOf)) == first)
            #expect(ArrearsEngine.summary(of: cases[i], sequential[i], officer: "x")
                    == ArrearsEngine.summary(of: cases[i], parallel[i], officer: "x"))
        }
    }

    @Test func explanationsAreValidJSONWhoseContributionsAddUpToTheScore() throws {
        let asOf = d("2024-06-03")
        for file in SyntheticCases.make(count: 300, seed: 9, asOf: asOf) {
            let c = Classifier().classify(file, asOf: asOf)
            for text in [Explanation.storedJSON(c), Explanation.json(for: file, c)] {
                let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
                let contributions = try #require(object["contributions"] as? [[String: Any]])
                let total = contributions.compactMap { $0["milli_points"] as? Int }.reduce(0, +)
                #expect(Int((Double(total) / 1000).rounded(.toNearestOrAwayFromZero)) == c.score)
                #expect(object["band"] as? String == c.band.rawValue)
            }
        }
    }

    @Test func everyRouteIsReachedAndEveryActionExists() {
        let asOf = d("2024-06-03")
        var routes: Set<RouteKind> = []
        var actions: Set<RecommendedAction> = []
        for c in Classifier().classifyAll(SyntheticCases.make(count: 4_000, seed: 5, asOf: asOf), asOf: asOf) {
            routes.insert(c.routeKind)
            actions.insert(c.action)
        }
        #expect(routes == Set(RouteKind.allCases))
        #expect(actions.count >= 25)
        for kind in RouteKind.allCases {
            for action in Route.of(kind).actions { #expect(RecommendedAction.allCases.contains(action)) }
        }
    }
}
