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
                            sender: LetterSender, role: Role, remit: Remit? = nil,
                            lookup: (String) -> CaseFile?, figures: (CaseFile) -> LetterFigures) -> BulkLetterPlan {
        let (references, duplicates) = ReferenceList.parse(rawReferences)
        // Look-ups run in order on the caller's thread (a store need not be thread-safe);
        // rendering is pure, so it is spread over the cores.
        enum Resolved { case failed(CannotSend), found(reference: String, caseFile: CaseFile, figures: LetterFigures) }
        var resolved: [Resolved] = []
        var seenAccounts = Set<String>()
        for reference in references {
            guard let caseFile = lookup(reference) else {
                resolved.append(.failed(CannotSend(reference: reference, accountRef: nil, recipientName: nil,
                                                   problems: [LetterProblem(field: "Reference", message: "Reference not found")])))
                continue
            }
            // A tenancy reference and its payment reference are the same account: one set of letters.
            guard seenAccounts.insert(caseFile.ref).inserted else {
                resolved.append(.failed(CannotSend(reference: reference, accountRef: caseFile.ref, recipientName: nil,
                                                   problems: [LetterProblem(field: "Reference",
                                                                            message: "Reference: account \(caseFile.ref) is already in this list")])))
                continue
            }
            if let why = remit?.refusal(for: caseFile.account) {
                resolved.append(.failed(CannotSend(reference: reference, accountRef: caseFile.ref, recipientName: nil,
                                                   problems: [LetterProblem(field: "Patch", message: why)])))
                continue
            }
            resolved.append(.found(reference: reference, caseFile: caseFile, figures: figures(caseFile)))
        }
        let work = resolved.compactMap { r -> (CaseFile, LetterFigures)? in
            if case .found(_, let c, let f) = r { return (c, f) } else { return nil }
        }
        let prepared = ParallelMap.map(work) { caseFile, figures in
            LetterPreparation.prepare(template, caseFile: caseFile, figures: figures, asOf: asOf, sender: sender, role: role)
        }

        var ready: [Ready] = []
        var cannotSend: [CannotSend] = []
        var next = 0
        for r in resolved {
            switch r {
            case .failed(let failure): cannotSend.append(failure)
            case .found(let reference, let caseFile, _):
                let result = prepared[next]
                next += 1
                if !result.problems.isEmpty {
                    cannotSend.append(CannotSend(reference: reference, accountRef: caseFile.ref, recipientName: nil,
                                                 problems: result.problems))
                    continue
                }
                for letter in result.letters {
                    if letter.verdict.canQueue {
                        ready.append(Ready(reference: reference, letter: letter))
                    } else {
                        cannotSend.append(CannotSend(reference: reference, accountRef: caseFile.ref,
                                                     recipientName: letter.rendered.recipientName,
                                                     problems: letter.verdict.problems))
                    }
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
