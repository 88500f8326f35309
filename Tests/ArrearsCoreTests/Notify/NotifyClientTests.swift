import Foundation
import Testing
@testable import ArrearsCore

/// The client against the stand-in: tokens as Notify checks them, and every error shape.
@Suite(.serialized) struct NotifyClientTests {
    let pdf = Array("%PDF-1.7\n%%EOF\n".utf8)

    @Test func aGoodTokenIsAcceptedAndTheLetterEchoed() throws {
        let standIn = try NotifyStandIn()
        let n = try standIn.client().sendPrecompiledLetter(reference: "rent_letter_1-20261130-1-1", pdf: pdf, postage: "second")
        #expect(n.reference == "rent_letter_1-20261130-1-1")
        #expect(NotifyAPIKey.isUUID(n.id))
        #expect(try standIn.client().notification(id: n.id).status == "received")
        #expect(try standIn.client().notifications(reference: "rent_letter_1-20261130-1-1").map(\.id) == [n.id])
    }

    @Test(arguments: [
        (NotifyTestKeys.forged, Int64(0), "Invalid token: signature, api token not found"),
        (NotifyTestKeys.live, Int64(-31), "Error: Your system clock must be accurate to within 30 seconds"),
        (NotifyTestKeys.live, Int64(45), "Error: Your system clock must be accurate to within 30 seconds"),
        ("live-x-0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d-\(NotifyTestKeys.secret)", Int64(0), "Invalid token: service not found"),
    ])
    func forgedAndExpiredTokensAreRefused(key: String, offset: Int64, message: String) throws {
        let standIn = try NotifyStandIn()
        #expect(throws: NotifyClient.CallError.refused(status: 403, message: "AuthError: " + message)) {
            try standIn.client(key: key, clockOffset: offset).sendPrecompiledLetter(reference: "r", pdf: pdf, postage: "second")
        }
        #expect(try standIn.received().isEmpty)
    }

    @Test func aTokenAtTheEdgeOfThirtySecondsStillPasses() throws {
        let standIn = try NotifyStandIn()
        _ = try standIn.client(clockOffset: -25).sendPrecompiledLetter(reference: "edge", pdf: pdf, postage: "second")
        #expect(try standIn.received().count == 1)
    }

    @Test(arguments: [
        ("400", NotifyClient.CallError.refused(status: 400, message: "ValidationError: Letter content is not a valid PDF")),
        ("429", .rateLimited(retryAfter: 1, message: "RateLimitError: Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds")),
        ("500", .serverError(status: 500, message: "Exception: Internal server error")),
        ("503", .serverError(status: 503, message: "ServiceUnavailable: Internal server error")),
    ])
    func everyErrorShapeIsRead(status: String, expected: NotifyClient.CallError) throws {
        let standIn = try NotifyStandIn()
        try standIn.control(#"{"fail_next": 1, "fail_status": \#(status)}"#)
        #expect(throws: expected) { try standIn.client().sendPrecompiledLetter(reference: "r", pdf: pdf, postage: "second") }
    }

    @Test func bodiesAreValidatedAndTeamKeysCannotSendLetters() throws {
        let standIn = try NotifyStandIn()
        #expect(throws: NotifyClient.CallError.refused(status: 400, message: "ValidationError: postage invalid. It must be first, second or economy.")) {
            try standIn.client().sendPrecompiledLetter(reference: "r", pdf: pdf, postage: "third")
        }
        #expect(throws: NotifyClient.CallError.refused(status: 400, message: "ValidationError: Letter content is not a valid PDF")) {
            try standIn.client().sendPrecompiledLetter(reference: "r", pdf: Array("hello".utf8), postage: "second")
        }
        let team = try NotifyStandIn(key: NotifyTestKeys.team, keyType: "team")
        #expect(throws: NotifyClient.CallError.refused(status: 403, message: "BadRequestError: Cannot send letters with a team api key")) {
            try team.client(key: NotifyTestKeys.team).sendPrecompiledLetter(reference: "r", pdf: pdf, postage: "second")
        }
        #expect(throws: NotifyClient.CallError.refused(status: 404, message: "NoResultFound: No result found")) {
            try standIn.client().notification(id: "0b9a8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d")
        }
    }

    @Test func noAnswerIsReportedAsSuch() throws {
        let standIn = try NotifyStandIn()
        try standIn.control(#"{"fail_next": 1, "fail_status": "drop"}"#)
        let thrown = #expect(throws: NotifyClient.CallError.self) { try standIn.client().sendPrecompiledLetter(reference: "lost", pdf: pdf, postage: "second") }
        guard case .noResponse? = thrown else { Issue.record("expected no response, got \(String(describing: thrown))"); return }
        #expect(try standIn.received().map(\.reference) == ["lost"])       // Notify has it: only a look-up can tell
    }
}
