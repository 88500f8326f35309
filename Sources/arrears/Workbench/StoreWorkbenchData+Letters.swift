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
        return LetterListing.attachingNotify(listings, outbox: try store.outboxMessages(in: [.accepted, .failed], limit: nil))
    }

    func notifyMessages(ref: String) throws -> [OutboxMessage] { try store.outboxMessages(accountRef: ref) }
    func loadCases(refs: [String]) throws -> [CaseFile] { try store.loadCases(refs: refs) }
}
