/// The letters one template makes for one case: one per named responsible tenant, each
/// rendered and validated, plus anything that stops the case getting letters at all.
public struct CaseLetters: Hashable, Sendable {
    public var accountRef: String
    public var letters: [PreparedLetter]
    /// Problems with the case or the user rather than with one letter (no responsible tenant,
    /// a role that may not send this template).
    public var problems: [LetterProblem]

    /// Every letter can be queued and nothing stops the case.
    public var canQueueAll: Bool { problems.isEmpty && !letters.isEmpty && letters.allSatisfy(\.verdict.canQueue) }
}

public enum LetterPreparation {
    /// Renders and validates a template for a case. The user's role is checked here, in the
    /// core, not only hidden on screen.
    public static func prepare(_ template: LetterTemplate, caseFile: CaseFile, figures: LetterFigures,
                               asOf: CivilDate, sender: LetterSender, role: Role) -> CaseLetters {
        let ref = caseFile.account.ref
        guard LetterTemplateCatalogue.role(role, mayUse: template) else {
            return CaseLetters(accountRef: ref, letters: [], problems: [roleProblem(role, template)])
        }
        let letters = LetterRenderer.renderAll(template, caseFile: caseFile, figures: figures, asOf: asOf, sender: sender)
            .map(PreparedLetter.init)
        let problems = letters.isEmpty
            ? [LetterProblem(field: "Tenant", message: "Tenant is missing: no responsible tenant is named on the account")]
            : []
        return CaseLetters(accountRef: ref, letters: letters, problems: problems)
    }

    public static func roleProblem(_ role: Role, _ template: LetterTemplate) -> LetterProblem {
        let who = role.label.lowercased()
        let article = "aeiou".contains(who.first ?? "x") ? "An" : "A"
        let what = LetterTemplateCatalogue.serviceAreas(for: role).isEmpty ? "letters" : "\(template.serviceArea.rawValue) letters"
        return LetterProblem(field: "Role", message: "Role: \(article) \(who) cannot send \(what)")
    }
}
