/// One letter template, parsed from a text file in Resources/LetterTemplates.
public struct LetterTemplate: Hashable, Sendable, Identifiable {
    /// The file name without `.letter`, e.g. `rent_letter_1`.
    public let id: String
    public let title: String
    /// The action-diary code written when the letter is sent (IC1, LL2, SLB, …).
    public let diaryCode: String
    public let serviceArea: ServiceArea
    /// The account types the template is offered for, in the order the header lists them.
    public let accountTypes: [AccountType]
    /// Leasehold templates may be for service charges or major works only; nil means any.
    public let debtKind: DebtKind?
    /// Fields that must have a value before the letter can be queued.
    public let mandatoryFields: [LetterField]
    /// The page count the template is written to (the rendered count is what validation uses).
    public let estimatedPages: Int
    /// Position in the catalogue: templates are offered in this order.
    public let order: Int
    /// Which agreement the `agreement_*` and breach fields describe.
    public let agreementSource: LetterAgreementSource?
    /// Which recorded notice the `notice_*` fields describe.
    public let noticeKind: NoticeKind?
    /// Diary codes of the earlier letter whose date fills `previous_letter_date`.
    public let follows: [String]
    /// A court-outcome variant only makes sense for some outcomes.
    public let condition: LetterCondition?
    /// The letter tells the tenant about a hearing still to come (`hearing: upcoming`): it is refused
    /// when the recorded hearing is not after the letter date.
    public let announcesHearing: Bool
    let body: [TemplateNode]
    /// Every field the body uses anywhere.
    public let referencedFields: Set<LetterField>
    /// The declared mandatory fields, then every other field the body prints whatever the data:
    /// a letter is never queued with a blank where a value should be.
    public let requiredFields: [LetterField]

    init(id: String, title: String, diaryCode: String, serviceArea: ServiceArea, accountTypes: [AccountType],
         debtKind: DebtKind?, mandatoryFields: [LetterField], estimatedPages: Int, order: Int,
         agreementSource: LetterAgreementSource?, noticeKind: NoticeKind?, follows: [String],
         condition: LetterCondition?, announcesHearing: Bool = false, body: [TemplateNode]) {
        self.id = id; self.title = title; self.diaryCode = diaryCode; self.serviceArea = serviceArea
        self.accountTypes = accountTypes; self.debtKind = debtKind; self.mandatoryFields = mandatoryFields
        self.estimatedPages = estimatedPages; self.order = order; self.agreementSource = agreementSource
        self.noticeKind = noticeKind; self.follows = follows; self.condition = condition
        self.announcesHearing = announcesHearing; self.body = body
        referencedFields = TemplateNode.fields(in: body, unconditionalOnly: false).union(mandatoryFields)
        let unconditional = TemplateNode.fields(in: body, unconditionalOnly: true)
        requiredFields = mandatoryFields + LetterField.allCases.filter { unconditional.contains($0) && !mandatoryFields.contains($0) }
    }

    /// Fields the body prints whatever the data (outside every `{{#…}}` section).
    public var unconditionalFields: Set<LetterField> { TemplateNode.fields(in: body, unconditionalOnly: true) }

    /// Over GOV.UK Notify's page limit: printed and posted locally.
    public var isLocalPrint: Bool { estimatedPages > LetterValidation.notifyMaxPages }

    public func isFor(_ type: AccountType, debtKind kind: DebtKind?) -> Bool {
        guard accountTypes.contains(type) else { return false }
        guard let required = debtKind else { return true }
        return kind == required
    }
}

/// Which of the account's agreements a template's agreement fields describe.
public enum LetterAgreementSource: String, Hashable, Sendable, CaseIterable {
    case informalLive = "informal_live"
    case informalBreached = "informal_breached"
    case formalLive = "formal_live"
    case formalBreached = "formal_breached"

    var kind: AgreementKind { (self == .informalLive || self == .informalBreached) ? .informal : .formal }
    var state: AgreementState { (self == .informalLive || self == .formalLive) ? .live : .breached }

    /// What validation says when the account has no such agreement.
    public var missingMessage: String {
        switch self {
        case .informalLive: return "Live informal agreement is missing"
        case .informalBreached: return "Breached informal agreement is missing"
        case .formalLive: return "Court-ordered agreement is missing"
        case .formalBreached: return "Breached court-ordered agreement is missing"
        }
    }
}

/// Court-outcome letter variants and the outcomes each fits.
public enum LetterCondition: String, Hashable, Sendable, CaseIterable {
    case outrightOrder = "outright_order"
    case outcomeWithTerms = "outcome_with_terms"
    case outcomeWithoutTerms = "outcome_without_terms"

    public func accepts(outcome: CourtOutcome, terms: Bool?) -> Bool {
        switch self {
        case .outrightOrder: return outcome.isOutrightPossession
        case .outcomeWithTerms: return !outcome.isOutrightPossession && terms == true
        case .outcomeWithoutTerms: return !outcome.isOutrightPossession && terms != true
        }
    }

    /// Why the letter does not fit the recorded outcome.
    public var mismatchMessage: String {
        switch self {
        case .outrightOrder: return "Court outcome is not an outright possession order"
        case .outcomeWithTerms: return "Court outcome has no terms recorded"
        case .outcomeWithoutTerms: return "Court outcome has terms or is an outright order: use the matching court outcome letter"
        }
    }
}

/// A parsed template body: literal text, fields, and sections shown only when a field has a
/// value (`{{#field}}…{{/field}}`) or only when it has none (`{{^field}}…{{/field}}`).
indirect enum TemplateNode: Hashable, Sendable {
    case text(String)
    case field(LetterField)
    case section(LetterField, inverted: Bool, [TemplateNode])

    static func fields(in nodes: [TemplateNode], unconditionalOnly: Bool) -> Set<LetterField> {
        var out = Set<LetterField>()
        for node in nodes {
            switch node {
            case .text: break
            case .field(let f): out.insert(f)
            case .section(let f, _, let children):
                if !unconditionalOnly {
                    out.insert(f)
                    out.formUnion(fields(in: children, unconditionalOnly: false))
                }
            }
        }
        return out
    }

    /// Fills the nodes from a value lookup; a field without a value prints nothing (validation
    /// refuses such a letter when the field is mandatory).
    static func render(_ nodes: [TemplateNode], into out: inout String, value: (LetterField) -> String?) {
        for node in nodes {
            switch node {
            case .text(let s): out += s
            case .field(let f): if let v = value(f) { out += v }
            case .section(let f, let inverted, let children):
                if (value(f) != nil) != inverted { render(children, into: &out, value: value) }
            }
        }
    }
}
