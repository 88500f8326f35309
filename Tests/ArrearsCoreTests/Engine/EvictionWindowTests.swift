import Testing
@testable import ArrearsCore

/// After an eviction date, `confirm_eviction_outcome` for 28 days; then the route resumes, and a case in
/// arrears gets its ladder step or a trace naming the rule that stopped it (issue 9 §2). As of 5 June 2024.
@Suite struct EvictionWindowTests {
    let asOf = d("2024-06-05")

    /// A tenant £450 behind after grace whose letter 2 went out a week ago: due a NOSP but for the eviction.
    func dueANosp(evicted: String) -> CaseBuilder {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("450.00"), asOf: asOf)
        b.diary("IC1", on: d("2024-05-01"))
        b.diary("IC2", on: d("2024-05-29"))
        b.eviction(on: d(evicted))
        return b
    }

    @Test(arguments: [
        ("2024-05-09", RecommendedAction.confirmEvictionOutcome),   // 27 days ago
        ("2024-05-08", .confirmEvictionOutcome),                    // 28 days: the last day of the window
        ("2024-05-07", .sendNOSP),                                  // 29 days: the route resumes
    ])
    func theRouteResumesAfterTheWindow(evicted: String, expected: RecommendedAction) {
        let c = dueANosp(evicted: evicted).classify(asOf)
        #expect(c.action == expected)
        let confirm = c.trace.first { $0.action == .confirmEvictionOutcome }
        #expect(confirm?.status == (expected == .confirmEvictionOutcome ? .chosen : .stopped))
    }

    @Test(arguments: [RouteKindCase(.introductory, .serveNoticeOfProceedings), RouteKindCase(.nonSecure, .serveNoticeToQuit),
                      RouteKindCase(.temporaryLicence, .serveLicenceNotice)])
    func everyTenancyRouteResumes(_ route: RouteKindCase) {
        var b = CaseBuilder(route.type)
        b.arrearsAfterGrace(gbp("450.00"), asOf: asOf)
        b.diary("IC2", on: d("2024-05-29"))
        b.eviction(on: d("2024-05-08"))
        #expect(b.action(asOf) == .confirmEvictionOutcome)
        b.file.evictions = []
        b.eviction(on: d("2024-05-07"))
        #expect(b.action(asOf) == route.expected)
    }

    /// The usual shape: an outright order, a warrant, an eviction nobody confirmed. After the window no rule
    /// fires; the explanation says the eviction no longer holds the case and names what stops each step.
    @Test func anOutrightOrderAlreadyEnforcedIsNamedAsTheStopper() {
        var b = CaseBuilder()
        b.arrearsAfterGrace(gbp("1500.00"), asOf: asOf)
        b.notice(.noticeOfSeekingPossession, servedOn: d("2023-06-01"))
        b.diary("IC4", on: d("2023-07-10"))
        b.court(hearing: d("2023-10-01"), outcome: .outrightPossessionWithDate)
        b.diary("WPA", on: d("2023-10-20"))
        b.eviction(on: d("2024-05-07"))
        let c = b.classify(asOf)
        #expect(c.action == .noAction)
        func stopper(_ a: RecommendedAction) -> String? { c.trace.first { $0.action == a }?.conditions.first?.id }
        #expect(stopper(.confirmEvictionOutcome) == "eviction_just_passed")
        #expect(stopper(.applyForOutrightPossessionWarrant) == "outright_order_recently")
        #expect(stopper(.sendLetterOne) == "no_open_court_case")
        #expect(stopper(.sendNOSP) == "no_valid_nosp")
        let text = Explanation.text(for: b.file, c)
        #expect(text.contains("The eviction date 7 May 2024 passed more than 28 days ago and nobody confirmed it, so it no longer holds the case: the route has resumed."))
        #expect(text.contains("✗ Send letter one: needs no open court case"))
        // Inside the window the note is not given: the case is waiting for the confirmation.
        var inside = b
        inside.file.evictions = []
        inside.eviction(on: d("2024-05-08"))
        #expect(!Explanation.text(for: inside.file, inside.classify(asOf)).contains("no longer holds the case"))
    }

    /// A stay recorded as a new hearing with terms and a court agreement now breached: the court breach steps.
    @Test func aStayedEvictionGoesBackToTheCourtBreachSteps() {
        var b = CaseBuilder()
        b.line("DAJ", gbp("1000"), on: d("2024-03-01"))
        b.line("RPY", gbp("-100"), on: d("2024-05-20"))
        b.court(hearing: d("2024-04-01"), outcome: .stayOfExecution, terms: true)
        b.agreement(.formal, instalment: gbp("50"), start: d("2024-04-02"), startingBalance: gbp("1000"))
        b.eviction(on: d("2024-04-10"))
        let c = b.classify(asOf)
        #expect(c.measures.agreement?.state == .breached)
        #expect(c.action == .addressCourtAgreementBreach)
    }
}

struct RouteKindCase: CustomTestStringConvertible, Sendable {
    let type: AccountType
    let expected: RecommendedAction
    init(_ type: AccountType, _ expected: RecommendedAction) { self.type = type; self.expected = expected }
    var testDescription: String { type.rawValue }
}
