/// A letter rendered and validated by the letters module, ready to queue, with the diary code its
/// template writes (IC1, LL2, SLB, …).
public struct LetterToQueue: Equatable, Sendable {
    public var letter: Letter
    public var diaryCode: String

    public init(letter: Letter, diaryCode: String) {
        self.letter = letter; self.diaryCode = diaryCode
    }

    /// Refuses a letter that failed validation, belongs to another case, has nothing to print or
    /// names a diary code the catalogue does not know. The message names the letter and the case.
    func checkQueueable(for ref: String) throws {
        let name = "Letter \(letter.id) (\(LetterTemplateCatalogue.title(ofTemplate: letter.templateId)))"
        guard letter.validationErrors.isEmpty else {
            throw ActionRefused(field: "Letter", "\(name) for \(ref) cannot be queued: \(letter.validationErrors.joined(separator: "; ")).")
        }
        guard letter.accountRef == ref else {
            throw ActionRefused(field: "Letter", "\(name) is addressed for case \(letter.accountRef), not \(ref).")
        }
        guard !letter.renderedText.isEmpty else {
            throw ActionRefused(field: "Letter", "\(name) for \(ref) has no rendered text to print.")
        }
        guard ActionCodes.byCode[diaryCode] != nil else {
            throw ActionRefused(field: "Letter", "\(name) names diary code \(diaryCode), which is not in the action code catalogue.")
        }
    }
}

/// One case's letters in a bulk step.
public struct BulkLetterItem: Equatable, Sendable {
    public var ref: String
    /// The version the preview was made from, or nil to queue on whatever is stored.
    public var expectedVersion: Int?
    public var letters: [LetterToQueue]
    /// The case as the preview read it, when the caller kept it: the queue then writes from this copy
    /// if the stored version has not moved, rather than loading the case again.
    public var preview: CaseFile?

    public init(ref: String, expectedVersion: Int? = nil, letters: [LetterToQueue], preview: CaseFile? = nil) {
        self.ref = ref; self.expectedVersion = expectedVersion; self.letters = letters; self.preview = preview
    }
}

public struct BulkQueueOutcome: Sendable {
    public var cases: Int
    public var letters: Int
    public var message: String
    /// Cases that changed after the preview and were prepared again from what is stored now.
    public var rechecked: [String] = []
    /// Cases not queued, each with why, in the order given.
    public var notQueued: [(ref: String, reason: String)] = []
}

/// Prepares a case's letters again from the case as stored now (after someone else changed it, for
/// example the nightly run moving an agreement on). Throws why the case can no longer be queued.
public typealias BulkLetterRecheck = (CaseFile) throws -> BulkLetterItem

/// A bulk step refused whole (the user may not queue for one of the cases): this names the case.
public struct BulkQueueRefused: Error, CustomStringConvertible {
    public var ref: String
    public var reason: any Error

    public var description: String { "Nothing was queued, because of case \(ref): \(reason)" }
}
