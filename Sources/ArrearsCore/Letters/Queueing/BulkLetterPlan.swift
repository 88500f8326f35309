/// A bulk letter run before anything is queued: the pasted references cleaned up, and for one
/// template the letters that are ready and those that cannot be sent, with reasons and fields.
public struct BulkLetterPlan: Sendable {
    public struct Ready: Hashable, Sendable {
        /// The reference as typed (a tenancy or payment reference).
        public var reference: String
        public var letter: PreparedLetter
    }

    public struct CannotSend: Hashable, Sendable {
        public var reference: String
        /// Nil when the reference matched no account.
        public var accountRef: String?
        /// Nil when the problem concerns the whole case (not found, no responsible tenant).
        public var recipientName: String?
        public var problems: [LetterProblem]

        /// For the "reason" column: every problem, in plain words.
        public var reason: String { problems.map(\.message).joined(separator: "; ") }
        /// For the "field" column.
        public var fields: String {
            var seen: [String] = []
            for p in problems where !seen.contains(p.field) { seen.append(p.field) }
            return seen.joined(separator: ", ")
        }
    }

    public var template: LetterTemplate
    /// The references in the order typed, without duplicates.
    public var references: [String]
    public var duplicatesRemoved: Int
    public var ready: [Ready]
    public var cannotSend: [CannotSend]

    public var readyCount: Int { ready.count }
    public var cannotSendCount: Int { cannotSend.count }
    /// Ready letters over Notify's page limit, to be printed and posted locally.
    public var localPrintCount: Int { ready.filter(\.letter.verdict.localPrint).count }

    /// Splits the pasted text, resolves each reference with `lookup` (tenancy or payment
    /// reference to case), and prepares one letter per named responsible tenant. `figures`
    /// supplies each case's collectable arrears, so the plan does not depend on the engine.
    public static func make(rawReferences: String, template: LetterTemplate, asOf: CivilDate,
                            sender: LetterSender, role: Role,
                            lookup: (String) -> CaseFile?, figures: (CaseFile) -> LetterFigures) -> BulkLetterPlan {
        let (references, duplicates) = ReferenceList.parse(rawReferences)
        var ready: [Ready] = []
        var cannotSend: [CannotSend] = []
        var seenAccounts = Set<String>()
        for reference in references {
            guard let caseFile = lookup(reference) else {
                cannotSend.append(CannotSend(reference: reference, accountRef: nil, recipientName: nil,
                                             problems: [LetterProblem(field: "Reference", message: "Reference not found")]))
                continue
            }
            // A tenancy reference and its payment reference are the same account: one set of letters.
            guard seenAccounts.insert(caseFile.ref).inserted else {
                cannotSend.append(CannotSend(reference: reference, accountRef: caseFile.ref, recipientName: nil,
                                             problems: [LetterProblem(field: "Reference",
                                                                      message: "Reference: account \(caseFile.ref) is already in this list")]))
                continue
            }
            let prepared = LetterPreparation.prepare(template, caseFile: caseFile, figures: figures(caseFile),
                                                     asOf: asOf, sender: sender, role: role)
            if !prepared.problems.isEmpty {
                cannotSend.append(CannotSend(reference: reference, accountRef: caseFile.ref, recipientName: nil,
                                             problems: prepared.problems))
                continue
            }
            for letter in prepared.letters {
                if letter.verdict.canQueue {
                    ready.append(Ready(reference: reference, letter: letter))
                } else {
                    cannotSend.append(CannotSend(reference: reference, accountRef: caseFile.ref,
                                                 recipientName: letter.rendered.recipientName,
                                                 problems: letter.verdict.problems))
                }
            }
        }
        return BulkLetterPlan(template: template, references: references, duplicatesRemoved: duplicates,
                              ready: ready, cannotSend: cannotSend)
    }
}

/// Pasted or typed references: split on spaces, commas, semicolons and line breaks, trimmed,
/// blanks dropped, duplicates removed (keeping the first), order kept.
public enum ReferenceList {
    public static func parse(_ raw: String) -> (references: [String], duplicatesRemoved: Int) {
        var seen = Set<String>()
        var out: [String] = []
        var duplicates = 0
        for piece in raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace || $0.isNewline }) {
            let reference = String(piece)
            if seen.insert(reference).inserted { out.append(reference) } else { duplicates += 1 }
        }
        return (out, duplicates)
    }
}
