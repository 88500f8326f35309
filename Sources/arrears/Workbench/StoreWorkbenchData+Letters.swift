import ArrearsCore
import ArrearsUI

/// The letter screens' data from the store: only the cases that have letters are loaded.
extension StoreWorkbenchData: LetterData {
    var letterSender: LetterSender { .example }
    var letterMinimumBalance: Money { policy.letters.minimumBalance }

    func letterListings() throws -> [LetterListing] {
        var listings: [LetterListing] = []
        for ref in try store.refsWithLetters() {
            if let file = try store.loadCase(ref: ref) { listings += LetterListing.listings(of: file) }
        }
        // Notify's statuses, from the outbox: one query for every letter sent through Notify.
        var notify: [String: String] = [:]
        for message in try store.outboxMessages(in: [.accepted, .failed], limit: nil) where message.channel == .letter {
            notify[message.id] = message.notifyStatus ?? (message.state == .failed ? "refused" : nil)
        }
        for i in listings.indices { listings[i].notifyStatus = notify[listings[i].letter.id] }
        return listings
    }
}
