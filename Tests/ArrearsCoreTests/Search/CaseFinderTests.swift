import Testing
@testable import ArrearsCore

/// Find-anywhere in the core: which cases a role may find, how the query matches, and the ranking.
@Suite struct CaseFinderTests {
    static let asOf = CivilDate(year: 2026, month: 3, day: 18)!

    static func summary(_ ref: String, pay: String, _ name: String, _ address: String, _ postcode: String,
                        type: AccountType = .secure, pence: Int64 = 10_000, band: Band = .amber) -> CaseSummary {
        CaseSummary(ref: ref, paymentRef: pay, type: type, debtKind: nil, patch: "E01", officer: nil, tenantName: name,
                    shortAddress: address, postcode: postcode, balance: Money(pence: pence), collectableArrears: Money(pence: max(0, pence)),
                    daysInArrears: 0, band: band, score: 0, actionId: "no_action", actionLabel: "No action",
                    lastActionCode: nil, lastActionDate: nil, agreementState: nil, courtDate: nil, evictionDate: nil,
                    pauseUntil: nil, pauseReason: nil, pauseComment: nil, holds: [], lastLetterCode: nil, lastLetterDate: nil,
                    asOf: asOf, explanationJSON: "{}", version: 1)
    }

    /// In reference order, as the store gives them.
    static let cases = [
        summary("0100001", pay: "228000001", "Ms Zoë Adébáyọ̀", "1 Clapton Square", "E5 8HP"),
        summary("0100002", pay: "228000002", "Mr Tom Clapton", "14 Amhurst Road", "E8 1JN", pence: -4_250, band: .clear),
        summary("0100003", pay: "228000003", "Ms Keisha Morgan", "133 Lynmouth House", "N16 6BB"),
        summary("0100004", pay: "228000004", "Mr Ade Okoro", "9 Clapton Common", "E5 9AA", pence: 0, band: .clear),
        summary("LH00005", pay: "300000005", "Mrs Ann Lee", "2 Mare Street", "E8 4RP", type: .leasehold),
        summary("0100006", pay: "0100003", "Mr Sam Ng", "5 Dalston Lane", "E8 3AH"),
    ]

    static func user(_ role: Role) -> User { User(login: "u", displayName: "U", role: role) }

    static func refs(_ query: String, as role: Role = .agent) throws -> [String] {
        let finder = try CaseFinder(user: user(role), summaries: cases)
        return finder.find(query).positions.map { cases[Int($0)].ref }
    }

    @Test(arguments: [
        // A name in any case, and with or without its accents.
        ("keisha", ["0100003"]), ("KEISHA MORGAN", ["0100003"]), ("zoe adebayo", ["0100001"]),
        // Accounts in credit and clear are found like any other.
        ("clapton", ["0100001", "0100002", "0100004"]), ("amhurst", ["0100002"]), ("okoro", ["0100004"]),
        // Postcodes with or without their space, and part of one.
        ("n16 6bb", ["0100003"]), ("N166BB", ["0100003"]), ("e8", ["0100002", "0100006"]),
        // Every word must appear, in any order.
        ("lane ng", ["0100006"]), ("clapton square zoe", ["0100001"]), ("clapton xyz", []),
        // Payment references; an exact reference comes first, then the rest in reference order.
        ("228000002", ["0100002"]), ("0100003", ["0100003", "0100006"]),
        ("", []), ("   ", []),
    ])
    func findsByEveryFieldAndRanksExactMatchesFirst(query: String, expected: [String]) throws {
        #expect(try Self.refs(query) == expected)
    }

    @Test func anExactPaymentReferenceOrPostcodeComesBeforeCasesThatOnlyContainIt() throws {
        let cases = [Self.summary("A1", pay: "P12", "Ann", "1 Road", "E1 1AA"), Self.summary("A2", pay: "P1", "Bob", "2 Road", "E1 1A")]
        let finder = try CaseFinder(user: Self.user(.teamLead), summaries: cases)
        #expect(finder.find("p1").positions == [1, 0])
        #expect(finder.find("p1").exactCount == 1)
        #expect(finder.find("e11a").positions == [1, 0], "E1 1AA holds E11A once its space is gone")
        #expect(finder.find("E1 1A").positions == [1, 0])
    }

    /// The core decides what each role may find: the view_case permission by account type.
    @Test(arguments: [
        (Role.agent, ["0100001", "0100002", "0100003", "0100004", "0100006"]),
        (Role.leaseholdOfficer, ["LH00005"]),
        (Role.teamLead, ["0100001", "0100002", "0100003", "0100004", "LH00005", "0100006"]),
        (Role.auditor, ["0100001", "0100002", "0100003", "0100004", "LH00005", "0100006"]),
    ])
    func eachRoleFindsOnlyTheCasesItMayView(role: Role, expected: [String]) throws {
        #expect(try Self.refs("0", as: role) == expected)
    }

    @Test func aRoleThatMayViewNoCaseIsRefused() {
        #expect(throws: AccessDenied.self) { try CaseFinder(user: Self.user(.administrator), summaries: Self.cases) }
        let disabled = User(login: "gone", displayName: "Gone", role: .teamLead, disabled: true)
        #expect(throws: AccessDenied.self) { try CaseFinder(user: disabled, summaries: Self.cases) }
    }

    /// Typing on narrows the last answer; deleting, or changing an earlier word, searches everything again.
    @Test func typingOnGivesTheSameAnswerAsSearchingAfresh() throws {
        let finder = try CaseFinder(user: Self.user(.teamLead), summaries: Self.cases)
        var previous: CaseFinder.Found?
        for query in ["c", "cl", "cla", "clap", "clapt", "clapto", "clapton", "clapton ", "clapton c", "clapton co", "clapton c",
                      "clapton", "e", "e8", "e", "m", "mo", "mor"] {
            let typed = finder.find(query, after: previous)
            #expect(typed.positions == finder.find(query).positions, "after typing \(query)")
            previous = typed
        }
    }

    @Test func hostileQueriesFindNothingAndBreakNothing() throws {
        let finder = try CaseFinder(user: Self.user(.teamLead), summaries: Self.cases)
        for query in ["\u{1B}[2J", "%", "'; DROP TABLE cases; --", "\u{0}", String(repeating: "a", count: 10_000), "🏠"] {
            #expect(finder.find(query).positions.isEmpty, "\(query.prefix(20))")
        }
    }
}
