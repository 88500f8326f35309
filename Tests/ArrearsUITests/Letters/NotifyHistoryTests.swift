import Testing
import ArrearsCore
@testable import ArrearsUI

/// GOV.UK Notify's statuses on screen: each letter's and message's history, with times, on the case's
/// Letters pane and when a stored letter is opened from the Letters screen.
/// Re-record with `ARREARS_RECORD=notify-history swift test --filter NotifyHistoryTests`.
@Suite struct NotifyHistoryTests {
    static let ada = "0101001/01"
    static let letterId = "rent_letter_1-20260302-0101001-01-1"

    /// Ada's case with a letter Notify received, a text message delivered, one refused and one waiting.
    static func world(_ width: Int, _ height: Int, user: User = FixtureData.agent) throws -> LetterWorld {
        var world = try LetterWorld(user: user)
        var file = try world.load(ada)
        file.letters.append(Letter(id: letterId, accountRef: ada, templateId: "rent_letter_1", contactId: 1, status: .sent,
                                   author: "system", createdAt: Fixtures.at(2026, 3, 2, 2), updatedAt: Fixtures.at(2026, 3, 2, 9),
                                   renderedText: "Dear tenant\n\nA stored letter.\n"))
        try world.store.saveCases([file])
        func message(_ id: String, _ channel: OutboxMessage.Channel, _ state: OutboxMessage.State, day: Int, _ history: [(String, Int, Int)],
                     recipient: String? = "447700900123", error: String? = nil) -> OutboxMessage {
            OutboxMessage(id: id, channel: channel, accountRef: ada, reference: id, recipient: channel == .letter ? nil : recipient,
                          templateId: channel == .letter ? nil : "f33517ff-2a88-4f6e-b855-c550268ce08a", state: state,
                          notifyId: state == .accepted ? "9a1b2c3d-0000-4000-8000-00000000000\(day % 10)" : nil,
                          notifyStatus: history.last?.0,
                          statusHistory: history.map { .init(status: $0.0, at: Fixtures.at(2026, 3, $0.1, $0.2)) }, error: error,
                          attempts: state == .queued ? 0 : 1, createdAt: Fixtures.at(2026, 3, day, 2), updatedAt: Fixtures.at(2026, 3, day, 9),
                          sentAt: state == .accepted ? Fixtures.at(2026, 3, day, 9) : nil)
        }
        _ = try world.store.addToOutbox([
            message(letterId, .letter, .accepted, day: 2, [("accepted", 2, 9), ("received", 3, 15)]),
            message("first_sms-20260303-0101001-01-1", .sms, .accepted, day: 3, [("accepted", 3, 9), ("delivered", 3, 15)]),
            message("rent_march-20260309-0101001-01-1", .sms, .failed, day: 9, [],
                    error: "GOV.UK Notify refused it (400): ValidationError: phone_number Not a UK mobile number"),
            message("rent_april-20260311-0101001-01-1", .email, .queued, day: 11, [], recipient: "ada@example.com"),
        ])
        _ = world.screen(width, height)
        return world
    }

    @Test func theCaseLettersPaneShowsEachHistory() throws {
        for (w, h) in [(80, 24), (120, 40)] {
            var world = try Self.world(w, h)
            world.press("/")
            world.type("Ada")
            world.press("<Enter><Enter>4")
            let text = world.screen(w, h).text
            #expect(text.contains("Text messages and emails"))
            GoldenFile.check(world.screen(w, h), "notify-history-pane-\(w)x\(h)")
        }
    }

    @Test func aStoredLetterShowsItsHistoryWhenOpened() throws {
        var world = try Self.world(120, 40, user: FixtureData.teamLead)
        world.press("L")
        let letters = try #require(world.app.stack.last as? LettersScreen)
        let row = try #require(letters.rows.firstIndex { letters.listings[$0].letter.id == Self.letterId })
        #expect(letters.listings[letters.rows[row]].statusText == "Sent · received")
        world.press(String(repeating: "j", count: row) + "<Enter>")
        let text = world.screen(120, 40).text
        #expect(text.contains("GOV.UK Notify: accepted 2 Mar 2026 09:00 › received 3 Mar 2026 15:00"), "\(text)")
    }
}
