import ArrearsCore

extension ActionID {
    public static let sendLetter: ActionID = "send-letter"
    public static let cancelLetter: ActionID = "cancel-letter"
    public static let reviewLetter: ActionID = "review-letter"
    public static let resendLetter: ActionID = "resend-letter"
    public static let openLetters: ActionID = "letters"
    public static let openBulkLetters: ActionID = "bulk-letters"

    public static let chooseTemplate: ActionID = "choose-template"
    public static let nextLetter: ActionID = "next-letter"
    public static let previousLetter: ActionID = "prev-letter"
    public static let queueLetters: ActionID = "queue-letters"

    public static let readLetter: ActionID = "read-letter"
    public static let lettersFilter: ActionID = "letters-filter"
    public static let lettersFilterClear: ActionID = "letters-filter-clear"
    public static let nextLetterStatus: ActionID = "next-letter-status"
    public static let previousLetterStatus: ActionID = "prev-letter-status"

    public static let bulkCheck: ActionID = "bulk-check"
    public static let bulkTemplate: ActionID = "bulk-template"
    public static let bulkPreview: ActionID = "bulk-preview"
    public static let bulkQueueAll: ActionID = "bulk-queue-all"

    public static let reviewPrintedLocally: ActionID = "review-printed"
    public static let reviewNotSent: ActionID = "review-not-sent"
}

extension String {
    /// `a secure account`, `an auditor`: for messages.
    var withIndefiniteArticle: String { ("aeiouAEIOU".contains(first ?? "x") ? "an " : "a ") + self }
}

extension Role {
    /// `a collection agent`, `an auditor`.
    var withArticle: String { label.lowercased().withIndefiniteArticle }
}

extension ActionContext {
    /// Letter contexts that show a list or a document and so take the movement keys.
    static let letterLists: [ActionContext] = [.letters, .letterTemplates, .letterPreview, .bulkLetters]

    var letterTitle: String {
        switch self {
        case .letters: return "Letters"
        case .letterTemplates: return "Letter templates"
        case .letterPreview: return "Letter preview"
        case .bulkLetterEntry: return "Bulk letters: references"
        case .bulkLetters: return "Bulk letters: results"
        case .letterReview: return "Reviewing a failed letter"
        default: return rawValue
        }
    }
}

extension ActionRegistry {
    /// Roles that may queue an operation's letters and are offered templates to do it with.
    static func letterSenders(for operation: AccessOperation) -> Set<Role> {
        WorkActions.roles(for: operation).filter { !LetterTemplateCatalogue.serviceAreas(for: $0).isEmpty }
    }

    /// The letter screens' actions (issue 5 §2), declared once like every other action.
    static var letterActions: [ActionSpec] {
        let senders = letterSenders(for: .queueLetter)
        let readers = WorkActions.roles(for: .viewCase)
        return [
            ActionSpec(.sendLetter, "Send a letter: choose a template and preview it", group: .letters, keys: ["l"],
                       contexts: [.caseDetails], roles: senders, hint: "letter"),
            ActionSpec(.cancelLetter, "Cancel the selected queued letter", group: .letters, keys: ["x"],
                       contexts: [.caseDetails, .letters], roles: WorkActions.roles(for: .cancelLetter), destructive: true),
            ActionSpec(.reviewLetter, "Mark the selected failed letter reviewed", group: .letters, keys: ["v"],
                       contexts: [.caseDetails, .letters], roles: WorkActions.roles(for: .markLetterReviewed), destructive: true),
            ActionSpec(.resendLetter, "Send the selected failed letter again, to the address now on file", group: .letters,
                       keys: ["V"], contexts: [.caseDetails], roles: senders),
            ActionSpec(.openLetters, "Letters screen: every letter and its status", group: .screens, keys: ["L"],
                       contexts: [.generic], roles: readers),
            ActionSpec(.openBulkLetters, "Bulk letters: paste references, check, queue", group: .screens, keys: ["B"],
                       contexts: [.generic], roles: letterSenders(for: .bulkQueueLetters)),

            ActionSpec(.chooseTemplate, "Preview the highlighted template", group: .letters, keys: ["<Enter>"],
                       contexts: [.letterTemplates], hint: "choose"),
            ActionSpec(.queueLetters, "Queue these letters", group: .letters, keys: ["s"],
                       contexts: [.letterPreview], roles: senders, destructive: true, hint: "queue"),
            ActionSpec(.nextLetter, "Next tenant's letter", group: .letters, keys: ["<Tab>"], contexts: [.letterPreview],
                       hint: "next tenant"),
            ActionSpec(.previousLetter, "Previous tenant's letter", group: .letters, keys: ["<S-Tab>"],
                       contexts: [.letterPreview]),

            ActionSpec(.readLetter, "Read the selected letter as printed", group: .letters, keys: ["<Enter>"],
                       contexts: [.letters], hint: "read"),
            ActionSpec(.nextLetterStatus, "Next status", group: .searchFilter, keys: ["<Tab>"], contexts: [.letters]),
            ActionSpec(.previousLetterStatus, "Previous status", group: .searchFilter, keys: ["<S-Tab>"], contexts: [.letters]),
            ActionSpec(.lettersFilter, "Filter letters by status, template and patch", group: .searchFilter, keys: ["f"],
                       contexts: [.letters], hint: "filter"),
            ActionSpec(.lettersFilterClear, "Clear the letter filters", group: .searchFilter, keys: ["F"], contexts: [.letters]),

            ActionSpec(.bulkCheck, "Check the references against the template", group: .letters, keys: ["<C-s>"],
                       contexts: [.bulkLetterEntry], hint: "check"),
            ActionSpec(.bulkTemplate, "Choose the template", group: .letters, keys: ["<C-t>"], contexts: [.bulkLetterEntry],
                       hint: "template"),
            ActionSpec(.bulkPreview, "Preview the selected ready letter", group: .letters, keys: ["<Enter>"],
                       contexts: [.bulkLetters], hint: "preview"),
            ActionSpec(.bulkQueueAll, "Queue all ready letters", group: .letters, keys: ["s"],
                       contexts: [.bulkLetters], roles: letterSenders(for: .bulkQueueLetters), destructive: true,
                       hint: "queue all"),

            ActionSpec(.reviewPrintedLocally, "Reviewed: printed and posted locally", group: .input, keys: ["p"],
                       contexts: [.letterReview], hint: "printed locally"),
            ActionSpec(.reviewNotSent, "Reviewed: not to be sent", group: .input, keys: ["n"], contexts: [.letterReview],
                       hint: "not to be sent"),
        ]
    }
}
