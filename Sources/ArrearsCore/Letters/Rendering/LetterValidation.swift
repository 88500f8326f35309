/// A reason a letter cannot be queued, naming the field in plain words.
public struct LetterProblem: Hashable, Sendable, Codable {
    /// The field as a caseworker knows it: "Correspondence postcode", "Court date", "Address".
    public var field: String
    /// The whole sentence: "Correspondence postcode is missing".
    public var message: String

    public init(field: String, message: String) { self.field = field; self.message = message }

    public static func missing(_ field: String) -> LetterProblem {
        LetterProblem(field: field, message: "\(field) is missing")
    }
}

/// What validation decided about one letter.
public struct LetterVerdict: Hashable, Sendable {
    /// Reasons the letter cannot be queued, each naming the field. Empty when it can.
    public var problems: [LetterProblem]
    /// Over GOV.UK Notify's page limit: the letter is printed and posted locally.
    public var localPrint: Bool
    /// Things the caseworker should know that do not stop the letter (local printing, postage abroad).
    public var notes: [String]

    public var canQueue: Bool { problems.isEmpty }
    public var canSendThroughNotify: Bool { canQueue && !localPrint }
    public var messages: [String] { problems.map(\.message) }
}

/// Checks a rendered letter before it is queued: the template's mandatory fields, the data the
/// template depends on, the address by GOV.UK Notify's rules, and the page limit.
public enum LetterValidation {
    /// GOV.UK Notify's `LETTER_MAX_PAGE_COUNT`.
    public static let notifyMaxPages = 10

    public static func validate(_ letter: RenderedLetter) -> LetterVerdict {
        let template = letter.template
        var problems: [LetterProblem] = []
        func add(_ p: LetterProblem) { if !problems.contains(p) { problems.append(p) } }

        if !template.isFor(letter.accountType, debtKind: letter.debtKind) {
            let kind = letter.debtKind.map { " (\($0.label.lowercased()))" } ?? ""
            add(LetterProblem(field: "Account type",
                              message: "Account type: \(template.title) is not for \(letter.accountType.label.lowercased())\(kind) accounts"))
        }
        for field in template.requiredFields where letter.fields[field] == nil {
            add(missingProblem(field, template: template, sources: letter.fields.availableSources))
        }
        if template.requiredFields.contains(.arrearsBalance), let problem = arrearsProblem(letter.figures) { add(problem) }
        if template.announcesHearing, let hearing = letter.hearingDate, hearing <= letter.letterDate {
            add(LetterProblem(field: LetterField.courtDate.label,
                              message: "Court date (\(hearing.longText)) is not after the letter date (\(letter.letterDate.longText)): "
                              + "the hearing has passed; record the new hearing date first"))
        }
        if let condition = template.condition, let outcome = letter.courtOutcome,
           !condition.accepts(outcome: outcome, terms: letter.courtTerms) {
            add(LetterProblem(field: "Court outcome", message: condition.mismatchMessage))
        }
        if let notice = letter.notice, notice.mayBeginOn <= letter.letterDate {
            let field: LetterField = template.requiredFields.contains(.proceedingsDate) ? .proceedingsDate : .noticeEndDate
            add(LetterProblem(field: field.label, message: "\(field.label) (\(notice.mayBeginOn.longText)) is not after the "
                              + "letter date (\(letter.letterDate.longText)): record the notice as served now"))
        }
        letter.address.problems.forEach(add)

        var notes: [String] = []
        let localPrint = letter.pageCount > notifyMaxPages
        if localPrint {
            notes.append("This letter is \(letter.pageCount) pages, over GOV.UK Notify's \(notifyMaxPages)-page limit: "
                         + "it will be printed and posted locally, not sent through Notify")
        }
        if letter.address.check.isInternational, letter.address.check.isValid {
            let zone = letter.address.check.postageZone == .europe ? "Europe" : "rest of the world"
            notes.append("The address is outside the UK: international postage (\(zone))")
        }
        return LetterVerdict(problems: problems, localPrint: localPrint, notes: notes)
    }

    /// No arrears, or arrears below the policy's minimum for letters (`letters.minimum_balance`).
    static func arrearsProblem(_ figures: LetterFigures) -> LetterProblem? {
        let arrears = figures.collectableArrears
        if !arrears.isPositive {
            return LetterProblem(field: "Arrears balance", message: "Arrears balance is \(arrears.letterText): there are no arrears to write about")
        }
        if arrears < figures.minimumBalance {
            return LetterProblem(field: "Arrears balance",
                                 message: "Arrears balance is \(arrears.letterText), below the \(figures.minimumBalance.letterText) "
                                 + "minimum for letters (policy letters.minimum_balance)")
        }
        return nil
    }

    /// "Court date is missing", or, when the whole record is absent, what to record first.
    static func missingProblem(_ field: LetterField, template: LetterTemplate,
                               sources: Set<LetterFieldSource>) -> LetterProblem {
        guard !sources.contains(field.source) else { return .missing(field.label) }
        switch field.source {
        case .agreement, .breach:
            if let source = template.agreementSource {
                if field.source == .breach && sources.contains(.agreement) { return .missing(field.label) }
                return LetterProblem(field: "Agreement", message: source.missingMessage)
            }
        case .courtCase: return LetterProblem(field: "Court case", message: "Court case is missing: record the court date first")
        case .notice:
            if let kind = template.noticeKind {
                return LetterProblem(field: kind.label, message: "\(kind.label) is missing: record the notice first")
            }
        case .previousLetter:
            let codes = template.follows.count > 1
                ? template.follows.dropLast().joined(separator: ", ") + " or " + template.follows[template.follows.count - 1]
                : template.follows.joined()
            return LetterProblem(field: field.label, message: "\(field.label) is missing: no \(codes) letter is on the diary")
        case .contact, .account, .figures, .letter, .eviction: break
        }
        return .missing(field.label)
    }
}
