/// Where a key binding applies (tig's keymaps). `generic` bindings apply everywhere a context does not
/// bind the key itself. The raw value is the name used in key-binding files.
public enum ActionContext: String, CaseIterable, Sendable, Comparable {
    case generic
    case worklist
    case caseDetails = "case"
    case teamLead = "teamlead"
    /// The team lead's caseload screen: who holds what, neglected cases, rebalancing.
    case caseload
    /// The team lead's automation settings and the preview of tonight's run.
    case automation, automationPreview = "tonight"
    /// The team lead's policy what-if: the comparison's tables and the cases behind a row.
    case policyWhatIf = "whatif"
    /// The team lead's rent campaign: its preview, and queueing it.
    case campaign
    case filter
    /// A form over a case or a list: its fields take typing.
    case form
    /// Read-only overlays: help and the "why" explanation.
    case overlay
    case palette
    case search
    /// The yes/no question before a destructive action.
    case confirm
    // The letter screens (Sources/ArrearsUI/Letters).
    case letters, letterTemplates = "templates", letterPreview = "preview", bulkLetterEntry = "bulk"
    case bulkLetters = "bulkresults", letterReview = "review"
    /// Find-anywhere: a query line over every case the user may open (Sources/ArrearsUI/Find).
    case find

    public var title: String {
        switch self {
        case .generic: return "Everywhere"
        case .worklist: return "Worklist"
        case .caseDetails: return "Case details"
        case .teamLead: return "Team lead view"
        case .caseload: return "Caseloads"
        case .automation: return "Automation settings"
        case .automationPreview: return "Tonight's run would send"
        case .policyWhatIf: return "Policy what-if"
        case .campaign: return "Rent campaign"
        case .filter: return "Filter editor"
        case .form: return "Forms"
        case .overlay: return "Help and explanations"
        case .palette: return "Command palette"
        case .search: return "Search line"
        case .confirm: return "Confirmation"
        case .letters, .letterTemplates, .letterPreview, .bulkLetterEntry, .bulkLetters, .letterReview: return letterTitle
        case .find: return "Find any case"
        }
    }

    /// In a text input, printable keys are typed unless the context itself binds them.
    public var isTextInput: Bool { self == .palette || self == .search || self == .form || self == .bulkLetterEntry || self == .find }

    public static func < (a: ActionContext, b: ActionContext) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Groups for the help overlay, the palette and docs/keys.md, in display order.
public enum ActionGroup: String, CaseIterable, Sendable {
    case navigation = "Moving around"
    case screens = "Screens, tabs and panes"
    case searchFilter = "Search, filter and sort"
    case caseDetails = "Case details"
    case caseWork = "Working the case"
    case letters = "Letters"
    case caseloads = "Caseloads and assignment"
    case automation = "Automation"
    case input = "Text input"
    case application = "Application"
}
