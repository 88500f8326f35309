import ArrearsCore
import ArrearsUI

/// The letter screens' data from the store. Letters are read case by case, which is plain but slow
/// on a very large database; a query over the letters table alone would serve the Letters screen faster.
extension StoreWorkbenchData: LetterData {
    var letterSender: LetterSender { .example }

    func letterListings() throws -> [LetterListing] {
        var listings: [LetterListing] = []
        try store.forEachCase { listings += LetterListing.listings(of: $0) }
        return listings
    }
}
