/// One entry of the navigation stack.
enum ScreenState {
    case worklist(WorklistScreen)
    case caseDetails(CaseScreen)
    case teamLead(TeamLeadScreen)
    case caseload(CaseloadScreen)
    case letters(LetterScreen)

    var context: ActionContext {
        switch self {
        case .worklist: return .worklist
        case .caseDetails: return .caseDetails
        case .teamLead: return .teamLead
        case .caseload: return .caseload
        case .letters(let l): return l.context
        }
    }

    var crumb: String {
        switch self {
        case .worklist(let w): return w.crumb
        case .caseDetails(let c): return c.crumb
        case .teamLead(let t): return t.crumb
        case .caseload(let c): return c.crumb
        case .letters(let l): return l.crumb
        }
    }
}

/// What can sit over the top screen.
enum OverlayState {
    case pager(PagerOverlay)
    case palette(CommandPalette)
    case filter(FilterEditor)
    case confirm(ConfirmPrompt)
    case form(FormOverlay)
    case letters(LetterOverlay)

    var context: ActionContext {
        switch self {
        case .pager: return .overlay
        case .palette: return .palette
        case .filter: return .filter
        case .confirm: return .confirm
        // Asking before discarding or sending, the form answers to the confirmation's keys.
        case .form(let f): return f.form.phase == .editing ? .form : .confirm
        case .letters(let l): return l.context
        }
    }
}
