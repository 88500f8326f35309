import ArrearsCore

/// What the letter screens need beyond `WorkbenchData`. A second protocol, so that a data source
/// without letters still runs the rest of the workbench (the letter keys then say why they cannot
/// work). The executable backs it with the store; tests with fixtures.
///
/// Cases for bulk letters are found through the loaded summaries (tenancy or payment reference),
/// whose collectable arrears the letters print, and then read together with `loadCases`.
public protocol LetterData: WorkbenchData {
    /// The council and team details printed on every letter.
    var letterSender: LetterSender { get }
    /// Every letter on every case, in any order, without its rendered text (the Letters screen reads
    /// the text from the case when a letter is opened).
    func letterListings() throws -> [LetterListing]
    /// The policy's `letters.minimum_balance`: below it a letter that states the arrears cannot be sent.
    var letterMinimumBalance: Money { get }
    /// A case's letters and messages in the GOV.UK Notify outbox, with their status histories.
    func notifyMessages(ref: String) throws -> [OutboxMessage]
    /// The cases a bulk run names, read at once (the store reads a few hundred per query); in any
    /// order, leaving out references that name no case.
    func loadCases(refs: [String]) throws -> [CaseFile]
}

extension LetterData {
    public var letterMinimumBalance: Money { Policy.default.letters.minimumBalance }
    public func notifyMessages(ref: String) throws -> [OutboxMessage] { [] }
    public func loadCases(refs: [String]) throws -> [CaseFile] { try refs.compactMap(loadCase) }

    /// The figures a case's letters print: the collectable arrears its classification stored (the
    /// figure the case page shows as "due now"), and the policy's minimum.
    func letterFigures(collectableArrears: Money) -> LetterFigures {
        LetterFigures(collectableArrears: collectableArrears, minimumBalance: letterMinimumBalance)
    }
}

/// One letter as the Letters screen lists it: the stored letter and what it needs of its case.
public struct LetterListing: Hashable, Sendable {
    /// The stored letter; `renderedText` may be empty.
    public var letter: Letter
    public var patch: String?
    public var paymentRef: String
    /// The recipient's name (the letter's contact), or the case's main contact when unknown.
    public var tenantName: String
    /// GOV.UK Notify's latest status for the letter, when it was sent through Notify.
    public var notifyStatus: String?
    /// The letter's outbox row, with every status Notify gave and when, once it was handed to Notify.
    public var notify: OutboxMessage?

    public init(letter: Letter, patch: String?, paymentRef: String, tenantName: String, notifyStatus: String? = nil,
                notify: OutboxMessage? = nil) {
        self.letter = letter; self.patch = patch; self.paymentRef = paymentRef; self.tenantName = tenantName
        self.notifyStatus = notifyStatus; self.notify = notify
    }

    /// "Sent · received": our status, then Notify's when it says something more.
    public var statusText: String {
        guard let notifyStatus, notifyStatus != letter.status.rawValue else { return letter.status.label }
        return letter.status.label + " · " + notifyStatus
    }

    /// The listings with each letter's outbox row and Notify's latest status (`refused` when Notify
    /// refused it), for letters handed to Notify.
    public static func attachingNotify(_ listings: [LetterListing], outbox: [OutboxMessage]) -> [LetterListing] {
        let byId = Dictionary(outbox.filter { $0.channel == .letter }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return listings.map { listing in
            guard let message = byId[listing.letter.id] else { return listing }
            var out = listing
            out.notify = message
            out.notifyStatus = message.notifyStatus ?? (message.state == .failed ? "refused" : nil)
            return out
        }
    }

    /// The listings of one case's letters, the way a store that reads whole cases makes them.
    public static func listings(of file: CaseFile) -> [LetterListing] {
        file.letters.map { listing(of: $0, in: file) }
    }

    /// One letter's listing, without its text.
    public static func listing(of letter: Letter, in file: CaseFile) -> LetterListing {
        let account = file.account
        var bare = letter
        bare.renderedText = ""
        let contact = account.contacts.first { $0.id == letter.contactId } ?? account.primaryContact
        return LetterListing(letter: bare, patch: account.patch, paymentRef: account.paymentRef,
                             tenantName: contact?.displayName ?? "No contact")
    }
}
