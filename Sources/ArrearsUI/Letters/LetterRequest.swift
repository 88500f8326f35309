import ArrearsCore

/// What the letter screens ask the host to do once the user has confirmed. The host hands each to
/// `LetterActionExecutor.perform`, then gives the outcome back with `App.finish(_:_:)`.
public enum LetterRequest: Hashable, Sendable {
    /// One template's letters for one case: one per named responsible tenant.
    case queue(LettersForCase)
    /// Every ready letter of a bulk run, in one transaction.
    case bulkQueue(BulkLetterRun)
    case cancel(LetterOnCase)
    case markReviewed(LetterOnCase, printedLocally: Bool)
}

/// Letters for one case, as previewed, with the case version they were made from: queueing is
/// refused if the case has changed since.
public struct LettersForCase: Hashable, Sendable {
    public var ref: String
    public var expectedVersion: Int
    public var letters: [LetterDraft]

    public init(ref: String, expectedVersion: Int, letters: [LetterDraft]) {
        self.ref = ref; self.expectedVersion = expectedVersion; self.letters = letters
    }

    public var templateTitles: String {
        var titles: [String] = []
        for draft in letters where !titles.contains(draft.prepared.rendered.template.title) {
            titles.append(draft.prepared.rendered.template.title)
        }
        return titles.joined(separator: ", ")
    }
}

/// A bulk run's letters as `arrears letters queue` queues them: one item per case with the copy of the
/// case the check read, and what a case changed since needs to be prepared again.
public struct BulkLetterRun: Hashable, Sendable {
    public var items: [BulkLetterItem]
    public var template: LetterTemplate
    public var sender: LetterSender
    public var minimumBalance: Money

    public init(items: [BulkLetterItem], template: LetterTemplate, sender: LetterSender, minimumBalance: Money) {
        self.items = items; self.template = template; self.sender = sender; self.minimumBalance = minimumBalance
    }

    /// The ids of every letter the run queues.
    public var letterIds: Set<String> { Set(items.flatMap { $0.letters.map(\.letter.id) }) }

    /// By the cases and letters only: the copies of the cases are large, and equal runs name equal letters.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(template.id)
        for item in items { hasher.combine(item.ref); hasher.combine(item.letters.count) }
    }
}

/// A rendered, validated letter with the id it will be stored under.
public struct LetterDraft: Hashable, Sendable {
    public var id: String
    public var prepared: PreparedLetter

    public init(id: String, prepared: PreparedLetter) { self.id = id; self.prepared = prepared }
}

/// A stored letter to act on.
public struct LetterOnCase: Hashable, Sendable {
    public var ref: String
    /// The case version the screen showed, or nil where the screen does not know it (the Letters
    /// screen); the core then checks only the letter's status.
    public var expectedVersion: Int?
    public var letterId: String

    public init(ref: String, expectedVersion: Int?, letterId: String) {
        self.ref = ref; self.expectedVersion = expectedVersion; self.letterId = letterId
    }
}

/// What came of a request: the status-bar line, whether anything changed, and what `u` would now undo.
public struct LetterOutcome: Hashable, Sendable {
    public var message: String
    public var succeeded: Bool
    public var undoable: String?

    public init(message: String, succeeded: Bool, undoable: String? = nil) {
        self.message = message; self.succeeded = succeeded; self.undoable = undoable
    }

    var statusMessage: StatusMessage { StatusMessage(message, kind: succeeded ? .success : .error) }
}
